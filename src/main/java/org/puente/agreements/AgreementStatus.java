package org.puente.agreements;

/** Where an agreement stands. Overdue is not a status: it is computed from the due date. */
public enum AgreementStatus {
	PENDING, IN_PROGRESS, DONE, CANCELLED;

	public boolean isOpen() {
		return this == PENDING || this == IN_PROGRESS;
	}
}
