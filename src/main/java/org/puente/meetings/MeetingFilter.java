package org.puente.meetings;

import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.puente.directory.Conference;

/** The calendar's filters, shared by the pages, the feeds and the API; blank means "any". */
record MeetingFilter(@Nullable String process, @Nullable MeetingKind kind, @Nullable String country,
		@Nullable MeetingStatus status) {

	static final MeetingFilter NONE = new MeetingFilter(null, null, null, null);

	static MeetingFilter of(@Nullable String process, @Nullable String kind, @Nullable String country,
			@Nullable String status) {
		return new MeetingFilter(upper(process), kind == null || kind.isBlank() ? null : MeetingKind.valueOf(
				kind.strip().toUpperCase(Locale.ROOT)), upper(country), status == null || status.isBlank() ? null
						: MeetingStatus.valueOf(status.strip().toUpperCase(Locale.ROOT)));
	}

	boolean matches(Meeting m) {
		return (process == null || m.getProcesses().contains(Conference.of(process).orElse(null))) && (kind == null || m.getKind() == kind)
				&& (country == null || country.equals(m.getCountryIso2())
						|| m.getParticipantCountries().contains(country))
				&& (status == null || m.getStatus() == status);
	}

	boolean isEmpty() {
		return process == null && kind == null && country == null && status == null;
	}

	private static @Nullable String upper(@Nullable String v) {
		return v == null || v.isBlank() ? null : v.strip().toUpperCase(Locale.ROOT);
	}
}
