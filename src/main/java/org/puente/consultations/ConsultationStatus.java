package org.puente.consultations;

/**
 * A consultation is built as a draft, then sent; it can no longer change once countries are answering it. Its
 * secretariat closes it when the answers are in: no country answers it any more (it may be reopened, as a poll is).
 */
enum ConsultationStatus {
	DRAFT, SENT, CLOSED
}
