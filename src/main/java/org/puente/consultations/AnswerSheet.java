package org.puente.consultations;

import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** What a focal point sees: the consultation, their country's response so far, and whether the deadline passed. */
record AnswerSheet(ConsultationView view, ConsultationResponse response, Map<UUID, ConsultationAnswer> answers,
		boolean late, String language, Map<String, String> savers) {

	/** Who saved the answer last, as people read it (not the account's name: see {@link Answering#savedBy}). */
	public String savedBy(ConsultationAnswer answer) {
		String username = answer.getUpdatedBy();
		return username == null ? "" : savers.getOrDefault(username, username);
	}

	/** Who closed the consultation, as people read it; empty while it is open. */
	public String closedBy() {
		String username = view.consultation().getClosedBy();
		return username == null ? "" : savers.getOrDefault(username, username);
	}

	public @Nullable ConsultationAnswer answer(UUID questionId) {
		return answers.get(questionId);
	}

	/** Whether typing is still taken: not closed, not submitted, and not past a deadline that refuses late answers. */
	public boolean open() {
		return !view.consultation().isClosed() && !response.isSubmitted() && !(late && view.consultation().getLatePolicy() == LatePolicy.REFUSE_LATE);
	}
}
