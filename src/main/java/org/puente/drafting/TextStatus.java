package org.puente.drafting;

/**
 * Where a text stands: open to changes while drafting, frozen when an amendment round closes (decisions still
 * apply amendments, nobody edits or proposes), approved by a plenary, and submitted (to the UN).
 */
public enum TextStatus {

	DRAFTING, FROZEN, APPROVED, SUBMITTED;

	public boolean isFinal() {
		return this == APPROVED || this == SUBMITTED;
	}
}
