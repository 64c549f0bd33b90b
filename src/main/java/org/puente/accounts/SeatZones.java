package org.puente.accounts;

import java.time.ZoneId;

import org.jspecify.annotations.Nullable;

/**
 * Where each conference's technical secretariat sits: the zone a secretariat account reads times in until it chooses
 * one. The directory, which holds the conferences, answers (its {@code secretariat-seats.csv}); accounts asks through
 * this type because it cannot use the directory, which depends on it. So a new conference is added in one place.
 */
public interface SeatZones {

	/** The zone of the seat of the conference with this code (as an account keeps it); null for none or unknown. */
	@Nullable ZoneId seatOf(String conferenceCode);
}
