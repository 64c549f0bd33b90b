package org.puente.documents;

import java.util.Optional;

/** Where a bi-regional input stands, in the order the Acta describes: drafted, agreed, approved, sent to the PMM. */
public enum InputState {

	DRAFT, AGREED_IN_CONFERENCE, APPROVED_IN_PLENARY, SUBMITTED;

	/** The one state an input may move to next, if any; the workflow only moves forward. */
	Optional<InputState> next() {
		return ordinal() + 1 < values().length ? Optional.of(values()[ordinal() + 1]) : Optional.empty();
	}

	/** Sending an approved input back to draft is the one way back (a plenary may reopen it). */
	boolean mayMoveTo(InputState target) {
		return next().filter(target::equals).isPresent() || (target == DRAFT && this == APPROVED_IN_PLENARY)
				|| (target == DRAFT && this == AGREED_IN_CONFERENCE);
	}
}
