package org.puente.database;

import java.sql.SQLException;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns "the database cannot be reached" into a sentence an operator can act on instead of a stack trace. */
class DatabaseFailureAnalyzer extends AbstractFailureAnalyzer<SQLException> {

	@Override
	protected @Nullable FailureAnalysis analyze(Throwable rootFailure, SQLException cause) {
		// SQLState class 08 is "connection exception"; 28 is "invalid authorization" (wrong user or password)
		String state = cause.getSQLState();
		if (state == null || !(state.startsWith("08") || state.startsWith("28"))) {
			return null;
		}
		return new FailureAnalysis("Puente could not connect to PostgreSQL: " + cause.getMessage(),
				"Check PUENTE_DB_URL, PUENTE_DB_USER and PUENTE_DB_PASSWORD, that the server runs and accepts "
						+ "connections from this host, or unset PUENTE_DB_URL to use the embedded database.",
				cause);
	}
}
