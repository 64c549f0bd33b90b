package org.puente.consultations;

import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** What a focal point sees: the consultation, their country's response so far, and whether the deadline passed. */
record AnswerSheet(ConsultationView view, ConsultationResponse response, Map<UUID, ConsultationAnswer> answers,
		boolean late, String language) {

	public @Nullable ConsultationAnswer answer(UUID questionId) {
		return answers.get(questionId);
	}

	/** Whether typing is still taken: not submitted, and not past a deadline that refuses late answers. */
	public boolean open() {
		return !response.isSubmitted() && !(late && view.consultation().getLatePolicy() == LatePolicy.REFUSE_LATE);
	}
}
