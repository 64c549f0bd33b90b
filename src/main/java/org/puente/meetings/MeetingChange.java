package org.puente.meetings;

/** What a change touched; dates, place and status changes are the ones people must be told about. */
public enum MeetingChange {
	DATES, PLACE, STATUS, DETAILS;

	boolean isNotified() {
		return this != DETAILS;
	}
}
