package org.puente.consultations;

/** A country's answer to a consultation: not started, being written, or submitted to the secretariat. */
enum ResponseStatus {
	PENDING, DRAFT, SUBMITTED
}
