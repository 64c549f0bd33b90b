package org.puente.meetings;

import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.puente.directory.Conference;
import org.puente.refusal.RefusalKind;
import org.puente.refusal.RefusedException;

/** The calendar's filters, shared by the pages, the feeds and the API; blank means "any". */
record MeetingFilter(@Nullable String process, @Nullable MeetingKind kind, @Nullable String country,
		@Nullable MeetingStatus status) {

	static final MeetingFilter NONE = new MeetingFilter(null, null, null, null);

	/**
	 * The filters as the address spells them; a value that names no conference, kind or status is refused (400, naming
	 * the parameter): a mistyped filter read as "any" would answer with the whole calendar, and an unknown conference
	 * failed with a 500 (walk of the API, 5 December).
	 */
	static MeetingFilter of(@Nullable String process, @Nullable String kind, @Nullable String country,
			@Nullable String status) {
		String conference = upper(process);
		if (conference != null && Conference.of(conference).isEmpty()) {
			throw unreadable("process");
		}
		return new MeetingFilter(conference, value(MeetingKind.class, kind, "kind"), upper(country),
				value(MeetingStatus.class, status, "status"));
	}

	private static <E extends Enum<E>> @Nullable E value(Class<E> type, @Nullable String text, String parameter) {
		String name = upper(text);
		if (name == null) {
			return null;
		}
		try {
			return Enum.valueOf(type, name);
		}
		catch (IllegalArgumentException ex) {
			throw unreadable(parameter);
		}
	}

	private static RefusedException unreadable(String parameter) {
		return new RefusedException(RefusalKind.MALFORMED, "error.400.unreadable", parameter);
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
