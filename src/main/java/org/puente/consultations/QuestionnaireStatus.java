package org.puente.consultations;

/** A questionnaire is built as a draft, then sent; it can no longer change once countries are answering it. */
enum QuestionnaireStatus {
	DRAFT, SENT
}
