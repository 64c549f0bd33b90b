package org.puente.meetings;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.puente.accounts.Accounts;
import org.puente.directory.Countries;
import org.puente.i18n.DateFormats;
import org.puente.i18n.TextFolding;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds the meeting a person means from a few words of its title (in any of the four languages), its city, its
 * country or its year, for every form that refers to a meeting (templates: {@code @meetingPicker}). Closest to
 * today first: one usually files the minutes of last week's meeting or adopts a text at next month's plenary.
 */
@Component("meetingPicker")
public class MeetingPicker {

	/** How many meetings a list shows; the search finds the others. */
	static final int SHOWN = 40;

	private final MeetingRepository meetings;

	private final Accounts accounts;

	private final Clock clock;

	MeetingPicker(MeetingRepository meetings, Accounts accounts, Clock clock) {
		this.meetings = meetings;
		this.accounts = accounts;
		this.clock = clock;
	}

	/** One meeting as a picker lists it; {@code titleLanguage} when the title is not in the reader's language. */
	public record Choice(UUID id, String title, String when, @Nullable String place, boolean past,
			@Nullable String titleLanguage) {
	}

	/** The meetings matching the words typed (all of them, in any order), with the selected one always first. */
	@Transactional(readOnly = true)
	public List<Choice> choices(@Nullable String query, @Nullable Object selected, Locale locale) {
		UUID chosen = asId(selected);
		LocalDate today = LocalDate.now(clock);
		List<String> words = query == null ? List.of()
				: Arrays.stream(TextFolding.fold(query.strip()).split("\\s+")).filter(w -> !w.isEmpty()).toList();
		List<Meeting> found = meetings.visibleTo(MeetingPolicy.visibleTo(accounts.current()))
			.stream()
			.filter(m -> m.getId().equals(chosen) || words.stream().allMatch(haystack(m, locale)::contains))
			.sorted(Comparator.comparing((Meeting m) -> !m.getId().equals(chosen))
				.thenComparingLong(m -> Math.abs(ChronoUnit.DAYS.between(today, m.getStartDate())))
				.thenComparing(Meeting::getStartDate))
			.limit(SHOWN)
			.toList();
		List<Choice> choices = new ArrayList<>();
		for (Meeting m : found) {
			choices.add(new Choice(m.getId(), m.title(locale), m.summary().when(locale), place(m, locale),
					m.getEndDate().isBefore(today), m.summary().titleLanguage(locale)));
		}
		return choices;
	}

	/** The meeting's title in the reader's language, if the reader may see it (for pages that show a choice made). */
	@Transactional(readOnly = true)
	public @Nullable String title(@Nullable Object id, Locale locale) {
		UUID meetingId = asId(id);
		return meetingId == null ? null
				: meetings.findVisible(meetingId, MeetingPolicy.visibleTo(accounts.current()))
					.map(m -> m.title(locale))
					.orElse(null);
	}

	private static String haystack(Meeting m, Locale locale) {
		StringBuilder text = new StringBuilder();
		for (String part : new String[] { m.getTitleEs(), m.getTitleEn(), m.getTitlePt(), m.getTitleFr(), m.getCity(),
				m.getVenue(), m.summary().when(locale), m.getStartDate().toString(),
				DateFormats.day(m.getStartDate(), locale) }) {
			if (part != null) {
				text.append(part).append(' ');
			}
		}
		if (m.getCountryIso2() != null) {
			text.append(Countries.nameOf(m.getCountryIso2(), locale)).append(' ')
				.append(Countries.nameOf(m.getCountryIso2(), Locale.forLanguageTag("es")));
		}
		return TextFolding.fold(text.toString());
	}

	static @Nullable String place(Meeting m, Locale locale) {
		String country = m.getCountryIso2() == null ? null : Countries.nameOf(m.getCountryIso2(), locale);
		if (m.getCity() == null) {
			return country; // null for a meeting held online
		}
		return country == null || m.getCity().equals(country) ? m.getCity() : m.getCity() + " (" + country + ")";
	}

	private static @Nullable UUID asId(@Nullable Object value) {
		if (value instanceof UUID id) {
			return id;
		}
		if (value instanceof String s && !s.isBlank()) {
			try {
				return UUID.fromString(s.strip());
			}
			catch (IllegalArgumentException ex) {
				return null;
			}
		}
		return null;
	}
}
