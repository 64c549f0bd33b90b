package org.puente.meetings;

/** What sort of meeting it is; the calendar filters and the iCalendar CATEGORIES use it. */
public enum MeetingKind {
	PLENARY, WORKING_MEETING, VIRTUAL_MEETING, TROIKA_MEETING, AD_HOC_GROUP_MEETING, SIDE_EVENT, THEMATIC_SESSION,
	CONSULTATION, EXTERNAL_EVENT
}
