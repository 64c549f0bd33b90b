package org.puente.consultations;

import java.util.List;
import java.util.UUID;

/** A submit refused because required answers are empty or too long; lists the questions to fix. */
class IncompleteAnswers extends RuntimeException {

	/** A question to fix and the message key saying why. */
	record Problem(UUID questionId, String messageKey) {
	}

	private final transient List<Problem> problems;

	IncompleteAnswers(List<Problem> problems) {
		super(problems.size() + " answers to fix");
		this.problems = List.copyOf(problems);
	}

	List<Problem> problems() {
		return problems;
	}
}
