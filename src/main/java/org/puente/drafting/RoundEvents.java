package org.puente.drafting;

import java.time.LocalDate;
import java.util.UUID;

import org.puente.audit.AuditableEvent;
import org.puente.audit.AuditedChange;

/** The life of an amendment round, told to the members after each change has committed. */
final class RoundEvents {

	private RoundEvents() {
	}

	record RoundOpened(UUID textId, LocalDate lastDay, AuditedChange audited) implements AuditableEvent {
	}

	record RoundClosingSoon(UUID textId, LocalDate lastDay) {
	}

	record RoundClosed(UUID textId, AuditedChange audited) implements AuditableEvent {
	}
}
