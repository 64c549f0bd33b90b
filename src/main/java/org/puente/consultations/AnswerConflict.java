package org.puente.consultations;

/**
 * Another focal point of the same country saved this answer after the form was opened. Their version is kept; the
 * person who typed last sees both and decides.
 */
class AnswerConflict extends RuntimeException {

	private final transient ConsultationAnswer current;

	AnswerConflict(ConsultationAnswer current) {
		super("answer changed by " + current.getUpdatedBy());
		this.current = current;
	}

	ConsultationAnswer current() {
		return current;
	}
}
