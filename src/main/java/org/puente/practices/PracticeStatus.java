package org.puente.practices;

/** Where a practice stands: written by a country, sent for review, returned for changes, or accepted and public. */
public enum PracticeStatus {
	DRAFT, SUBMITTED, CHANGES_REQUESTED, ACCEPTED;

	/** Its country may still change it. */
	boolean editable() {
		return this == DRAFT || this == CHANGES_REQUESTED;
	}
}
