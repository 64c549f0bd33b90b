package org.puente.meetings;

/** Who may see a meeting: everyone, or only the conferences' members (secretariats and focal points). */
public enum MeetingVisibility {
	PUBLIC, RESERVED
}
