package org.puente.drafting;

import org.puente.refusal.RefusalKind;
import org.puente.refusal.RefusedException;

/**
 * The paragraph was reworded after the proponent opened it: nothing is stored, and the form shows the wording they
 * read, the wording now, and what they typed, so they can rebase their amendment on the new wording.
 */
class ParagraphChanged extends RefusedException {

	private static final long serialVersionUID = 1L;

	private final String current;

	private final int revision;

	ParagraphChanged(String current, int revision) {
		super(RefusalKind.CONFLICT, "drafting.amendment.paragraphChanged");
		this.current = current;
		this.revision = revision;
	}

	String current() {
		return current;
	}

	int revision() {
		return revision;
	}
}
