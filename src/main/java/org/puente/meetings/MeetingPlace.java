package org.puente.meetings;

import org.jspecify.annotations.Nullable;

/** Where a meeting happens: a venue in a city, an online link, or both. */
record MeetingPlace(@Nullable String city, @Nullable String countryIso2, @Nullable String venue,
		@Nullable String onlineUrl) {

	static final MeetingPlace UNKNOWN = new MeetingPlace(null, null, null, null);
}
