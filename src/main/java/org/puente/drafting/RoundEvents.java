package org.puente.drafting;

import java.time.LocalDate;
import java.util.UUID;

/** The life of an amendment round, told to the members after each change has committed. */
final class RoundEvents {

	private RoundEvents() {
	}

	record RoundOpened(UUID textId, LocalDate lastDay) {
	}

	record RoundClosingSoon(UUID textId, LocalDate lastDay) {
	}

	record RoundClosed(UUID textId) {
	}
}
