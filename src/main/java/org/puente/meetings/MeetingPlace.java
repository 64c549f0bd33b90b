package org.puente.meetings;

import jakarta.persistence.Embeddable;
import org.jspecify.annotations.Nullable;

/** Where a meeting happens: a venue in a city, an online link, or both (kept in the meeting's own columns). */
@Embeddable
record MeetingPlace(@Nullable String city, @Nullable String countryIso2, @Nullable String venue,
		@Nullable String onlineUrl) {

	static final MeetingPlace UNKNOWN = new MeetingPlace(null, null, null, null);

	/** The same place with blanks as nothing and no spaces around the words. */
	MeetingPlace stripped() {
		return new MeetingPlace(blankToNull(city), blankToNull(countryIso2), blankToNull(venue), blankToNull(onlineUrl));
	}

	private static @Nullable String blankToNull(@Nullable String v) {
		return v == null || v.isBlank() ? null : v.strip();
	}
}
