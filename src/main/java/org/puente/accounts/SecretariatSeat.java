package org.puente.accounts;

import java.time.ZoneId;
import java.util.Arrays;

import org.jspecify.annotations.Nullable;

/**
 * Where each conference's technical secretariat sits: the zone a secretariat account reads times in until it
 * chooses one. By the conference's code, as accounts keep it (directory.Conference cannot be used here: the
 * directory depends on this module).
 */
enum SecretariatSeat {

	CRM("America/Costa_Rica"), CSM("America/Argentina/Buenos_Aires");

	private final String zone;

	SecretariatSeat(String zone) {
		this.zone = zone;
	}

	static @Nullable ZoneId zoneOf(String processCode) {
		return Arrays.stream(values()).filter(s -> s.name().equals(processCode)).findFirst()
			.map(s -> ZoneId.of(s.zone)).orElse(null);
	}
}
