package org.puente.experts;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.IntPredicate;

import org.jspecify.annotations.Nullable;
import org.puente.directory.Countries;
import org.puente.i18n.Collation;
import org.puente.i18n.TextFolding;
import org.puente.refusal.RefusalKind;
import org.puente.refusal.RefusedException;
import org.puente.web.CountryCode;

/**
 * The roster's search (walk 10 #17: an observer looking for an expert read 19 rows one by one): words in the name,
 * affiliation or biography, accents and case aside; a thematic session (the field of expertise), a language, a
 * country, a nomination round. Sent as an ordinary GET, so the address keeps the filter and a page without script
 * works the same. No state of its own: {@link Roster#search} gives it the listed experts and the rounds, so that the
 * controller keeps its one service.
 */
final class RosterFilter {

	static final int WORDS_MAX = 200;

	/**
	 * What the reader asked for, as sent; blank or null: any. Kept as text so that a value of the wrong form reaches
	 * {@link #search} and is refused there in the reader's language, not by the binder with a bare 400.
	 */
	record Query(@Nullable String q, @Nullable String session, @Nullable String language, @Nullable String country,
			@Nullable String round) {

		/** Public, as the accessors are: the roster template asks it, and SpEL calls only public methods. */
		public boolean isEmpty() {
			return blank(q) && blank(session) && blank(language) && blank(country) && blank(round);
		}
	}

	/**
	 * One choice of a filter's list: the value sent and its name, in the reader's language, or in {@code language}
	 * when it is a stored text of its own (a round's title), which the option then marks with {@code lang}.
	 */
	record Choice(String value, String label, @Nullable String language) {

		Choice(String value, String label) {
			this(value, label, null);
		}
	}

	/** The experts found and what the form's lists offer. */
	record Result(List<ExpertSummary> experts, List<Choice> languages, List<Choice> countries, List<Choice> rounds) {
	}

	private RosterFilter() {
	}

	/**
	 * The listed experts the query keeps. A value the form never offers (session 99, language "xx", a round that
	 * does not exist, a session "abc") is refused with 400 and a sentence naming the value, rather than ignored: a
	 * shared link that silently showed the whole roster would look like an answer to the question asked.
	 */
	static Result search(List<ExpertSummary> listed, Query query, IntPredicate isSession, List<Choice> rounds,
			Function<UUID, Set<UUID>> nominatedIn, Locale locale) {
		// by the name the reader reads, as the countries: in code order "inglés" came before "español" (api12)
		List<Choice> languages = Collation.sort(listed.stream().flatMap(e -> e.data().languages().stream()).distinct()
			.map(code -> new Choice(code, ExpertReference.languageName(code, locale))).toList(), Choice::label, locale);
		List<Choice> countries = new Countries().sortedByName(listed.stream().map(e -> e.data().country())
			.filter(c -> !blank(c)).distinct().toList(), locale).stream()
			.map(code -> new Choice(code, Countries.nameOf(code, locale))).toList();
		if (query.isEmpty()) {
			return new Result(listed, languages, countries, rounds);
		}
		String q = blank(query.q()) ? "" : query.q().strip();
		if (q.length() > WORDS_MAX) {
			throw unknown(q);
		}
		Integer session = blank(query.session()) ? null : session(query.session().strip(), isSession);
		String language = blank(query.language()) ? null : query.language().strip().toLowerCase(Locale.ROOT);
		if (language != null && !ExpertRules.isLanguage(language)) {
			throw unknown(language);
		}
		String country = blank(query.country()) ? null : query.country().strip().toUpperCase(Locale.ROOT);
		if (country != null && !CountryCode.Check.isCountryCode(country)) {
			throw unknown(country);
		}
		Set<UUID> inRound = blank(query.round()) ? null : nominatedIn.apply(round(query.round().strip(), rounds));
		String[] words = q.isEmpty() ? new String[0] : TextFolding.fold(q).split("\\s+");
		List<ExpertSummary> found = listed.stream().filter(e -> {
			ExpertData d = e.data();
			String text = TextFolding.fold(d.fullName() + " " + d.affiliation() + " " + d.bio());
			for (String word : words) {
				if (!text.contains(word)) {
					return false;
				}
			}
			return (session == null || d.sessions().contains(session))
					&& (language == null || d.languages().contains(language))
					&& (country == null || country.equals(d.country())) && (inRound == null || inRound.contains(e.id()));
		}).toList();
		return new Result(found, languages, countries, rounds);
	}

	private static int session(String value, IntPredicate isSession) {
		try {
			int number = Integer.parseInt(value);
			if (isSession.test(number)) {
				return number;
			}
		}
		catch (NumberFormatException notANumber) {
			// refused below, like a number that is no session
		}
		throw unknown(value);
	}

	private static UUID round(String value, List<Choice> rounds) {
		return rounds.stream().map(Choice::value).filter(id -> id.equalsIgnoreCase(value)).findFirst()
			.map(UUID::fromString).orElseThrow(() -> unknown(value));
	}

	private static RefusedException unknown(String value) {
		// a value as long as the address allows would fill the page
		String shown = value.length() > 40 ? value.substring(0, 40) + "…" : value;
		return new RefusedException(RefusalKind.MALFORMED, "experts.filter.unknown", shown);
	}

	private static boolean blank(@Nullable String value) {
		return value == null || value.isBlank();
	}
}
