package org.puente.experts;

/** Where a nomination stands: proposed by a member state, agreed or declined by its conference, or withdrawn. */
public enum NominationStatus {
	PROPOSED, AGREED, DECLINED, WITHDRAWN;

	/** Counts against the quota of its session and conference. */
	boolean active() {
		return this == PROPOSED || this == AGREED;
	}
}
