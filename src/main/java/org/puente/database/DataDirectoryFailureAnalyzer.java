package org.puente.database;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Explains an unusable data folder (not writable, or locked by another Puente on the same folder). */
class DataDirectoryFailureAnalyzer extends AbstractFailureAnalyzer<DataDirectoryUnusableException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, DataDirectoryUnusableException cause) {
		String why = cause.getCause() == null ? "it is not writable" : cause.getCause().getMessage();
		return new FailureAnalysis("Puente cannot keep its database in " + cause.folder() + ": " + why,
				"Make the folder writable by this user, stop the other Puente that uses it, or choose another "
						+ "folder with PUENTE_DATA_DIR.",
				cause);
	}
}
