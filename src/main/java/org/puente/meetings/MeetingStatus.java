package org.puente.meetings;

/** Where a meeting stands. The seeds' "idealmente" is {@link #TENTATIVE}. */
public enum MeetingStatus {
	TENTATIVE, CONFIRMED, POSTPONED, CANCELLED, HELD
}
