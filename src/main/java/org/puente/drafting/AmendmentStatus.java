package org.puente.drafting;

/** An amendment is proposed, then accepted, rejected, merged into another, or withdrawn by its proponent. */
public enum AmendmentStatus {

	PROPOSED, ACCEPTED, REJECTED, MERGED, WITHDRAWN;

	public boolean isOpen() {
		return this == PROPOSED;
	}
}
