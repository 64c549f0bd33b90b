package org.puente.database;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Says which password the embedded server refused and where the right one is kept, instead of a stack trace. */
class EmbeddedPasswordFailureAnalyzer extends AbstractFailureAnalyzer<EmbeddedPasswordException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, EmbeddedPasswordException cause) {
		return new FailureAnalysis(cause.getMessage(), cause.action(), cause);
	}
}
