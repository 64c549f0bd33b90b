package org.puente.consultations;

/** A consultation is built as a draft, then sent; it can no longer change once countries are answering it. */
enum ConsultationStatus {
	DRAFT, SENT
}
