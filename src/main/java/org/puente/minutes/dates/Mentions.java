package org.puente.minutes.dates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import org.puente.i18n.DatePrecision;
import org.puente.minutes.dates.TemporalMention.Kind;

/**
 * Turns what the rules read into mentions: joins a relative date with the explicit date in brackets after it ("la
 * próxima semana (27/02)": the explicit date wins) and two days joined by "al"/"to" into a range, takes in the deadline
 * words just before ("a más tardar el", "by"), and decides the kind from the words around.
 */
final class Mentions {

	/** How far before a date a deadline word still governs it ("a más tardar, y sin prórroga, el 20 de junio"). */
	private static final int DEADLINE_REACH = 40;

	/** How far before a date an event word still governs it ("la reunión se celebrará en Lima el 5 de octubre"). */
	private static final int EVENT_REACH = 90;

	private Mentions() {
	}

	static List<TemporalMention> of(List<Found> found, Reading reading, String folded, Lexicon lexicon) {
		List<Found> merged = merge(found, reading.tokens);
		List<TemporalMention> mentions = new ArrayList<>(merged.size());
		int previousEnd = 0;
		for (Found f : merged) {
			int leadFrom = leadIn(f.from(), reading.tokens);
			int start = reading.tokens.get(leadFrom).start();
			int end = reading.tokens.get(f.to() - 1).end();
			boolean cued = leadFrom < f.from() || reading.tokens.get(f.from()).cls() == 'K' || within(f, reading.tokens);
			Resolved r = beforeMonth(endOfMonthLimit(f.resolved(), folded, end, lexicon), reading.tokens, leadFrom, f.from());
			// "para el día 26", "pour le 26", "for the 26th": "for" opening a day's own words is a limit; "pour 2023" is not
			boolean forDay = r.precision() == DatePrecision.DAY && FOR.matcher(folded).region(start, end).lookingAt();
			Kind kind = cued ? Kind.DEADLINE : kind(folded, ownWordsStart(f, reading.tokens), end, previousEnd, lexicon, forDay);
			mentions.add(new TemporalMention(start, end, reading.text.substring(start, end), r.first(), r.last(),
					r.precision(), kind, r.warning() != null, r.warning()));
			previousEnd = end;
		}
		return mentions;
	}

	/**
	 * "fin octobre au plus tard", "a fines de octubre a más tardar", "end of October at the latest": a limit on a
	 * month's end is its last day, as "before the end of October" is (the words after it, as those before it).
	 */
	private static Resolved endOfMonthLimit(Resolved r, String folded, int end, Lexicon lexicon) {
		boolean endThird = r.precision() == DatePrecision.MONTH && r.first().getDayOfMonth() == 21
				&& r.last().equals(r.last().with(java.time.temporal.TemporalAdjusters.lastDayOfMonth()))
				&& r.first().getMonth() == r.last().getMonth();
		if (!endThird || !lexicon.deadlineAfter().matcher(folded.substring(end, Math.min(folded.length(), end + 30)))
			.find()) {
			return r;
		}
		return new Resolved(r.last(), r.last(), DatePrecision.DAY, r.warning(), r.fromToken(), r.toToken());
	}

	/** A limit word that leaves out the day or month it names: "before November", "antes de noviembre", "avant mars". */
	private static final Set<String> EXCLUSIVE = Set.of("before", "prior to", "prior_to", "antes", "avant");

	/**
	 * "before November" (am/en-grindon: "need to get website up and running before November", labelled 31 October):
	 * a whole month after a limit word that leaves it out ends the day before it; "by November", "até novembro", "hasta
	 * noviembre" keep the month. Days are not moved: "before 22 Aug", "antes del 31 de mayo" are labelled that day.
	 */
	private static Resolved beforeMonth(Resolved r, List<Token> tokens, int leadFrom, int from) {
		boolean wholeMonth = r.precision() == DatePrecision.MONTH && r.first().getDayOfMonth() == 1
				&& r.last().equals(r.first().plusMonths(1).minusDays(1));
		if (!wholeMonth || leadFrom >= from || !EXCLUSIVE.contains(tokens.get(leadFrom).word())) {
			return r;
		}
		for (int i = leadFrom + 1; i < from; i++) {
			if (tokens.get(i).cls() != 'd') {
				return r; // "before the September meeting": a day in September, not the month
			}
		}
		LocalDate day = r.first().minusDays(1);
		return new Resolved(day, day, DatePrecision.DAY, r.warning(), r.fromToken(), r.toToken());
	}

	/** "within 15 days", "en un plazo de 30 días", "em até 30 dias": a limit by its own words. */
	private static boolean within(Found f, List<Token> tokens) {
		for (int i = f.from(); i < f.to(); i++) {
			if (tokens.get(i).cls() == 'G' || tokens.get(i).cls() == 'K' && i + 2 < f.to()
					&& "nw".indexOf(tokens.get(i + 1).cls()) >= 0 && "DUVZO".indexOf(tokens.get(i + 2).cls()) >= 0) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Brackets, ranges and lists: "Até sexta-feira (14/06)", "del 14/06 al 18/06", "28 de julho de 2019, até 31 de
	 * dezembro", "lunes 7, martes 8 y miércoles 9 de marzo".
	 */
	private static List<Found> merge(List<Found> found, List<Token> tokens) {
		List<Found> out = new ArrayList<>(found.size());
		for (int i = 0; i < found.size(); i++) {
			Found a = found.get(i);
			Found b = i + 1 < found.size() ? found.get(i + 1) : null;
			Found joined = b == null ? null : bracketed(a, b, tokens);
			if (joined == null && b != null) {
				joined = range(a, b, tokens);
			}
			if (joined == null && b != null && b.from() == a.to() + 1 && tokens.get(a.to()).cls() == ','
					&& "date.weekday-only".equals(b.resolved().warning()) && a.singleDay()
					&& a.resolved().first().getDayOfWeek() == b.resolved().first().getDayOfWeek()) {
				joined = new Found(a.from(), b.to(), a.resolved()); // "le 13 juin, vendredi": its weekday said again
			}
			if (joined != null) {
				out.add(joined);
				i++;
			}
			else {
				out.add(a);
			}
		}
		return Enumerations.join(out, tokens);
	}

	private static @Nullable Found bracketed(Found a, Found b, List<Token> tokens) {
		int gap = b.from() - a.to(); // "(27/02)"; "(dia 21/05)", "(le 21/05)": a day word or an article inside
		if (gap != 1 && (gap != 2 || "Dt".indexOf(tokens.get(a.to() + 1).cls()) < 0) || tokens.get(a.to()).cls() != '('
				|| !b.singleDay() || b.to() >= tokens.size()
				|| tokens.get(b.to()).cls() != ')') {
			return null;
		}
		Resolved explicit = b.resolved();
		Resolved relative = a.resolved();
		if ("date.weekday-only".equals(explicit.warning())) { // "13 juin (vendredi)": the day, its weekday said again
			boolean same = relative.first().equals(relative.last())
					&& relative.first().getDayOfWeek() == explicit.first().getDayOfWeek();
			return new Found(a.from(), b.to() + 1, same ? relative : relative.warn("date.weekday-mismatch"));
		}
		String warning = explicit.warning();
		if ("date.weekday-only".equals(relative.warning())) {
			warning = relative.first().getDayOfWeek() == explicit.first().getDayOfWeek() ? warning : "date.weekday-mismatch";
		}
		else if (explicit.first().isBefore(relative.first()) || explicit.first().isAfter(relative.last())) {
			warning = "date.relative-mismatch";
		}
		Resolved r = new Resolved(explicit.first(), explicit.last(), DatePrecision.DAY, warning, -1, -1);
		return new Found(a.from(), b.to() + 1, r);
	}

	private static @Nullable Found range(Found a, Found b, List<Token> tokens) {
		if (!a.singleDay() || !b.singleDay() || !b.resolved().first().isAfter(a.resolved().first())) {
			return null;
		}
		boolean joiner = false;
		for (int i = a.to(); i < b.from(); i++) {
			char c = tokens.get(i).cls();
			if (c == 'j' || c == '-' || c == 'K') {
				joiner = true;
			}
			else if (c != 't' && c != 'd' && c != 'D' && c != ',') {
				return null;
			}
		}
		if (!joiner || b.from() - a.to() > 3) {
			return null;
		}
		Resolved r = new Resolved(a.resolved().first(), b.resolved().last(), DatePrecision.DAY, a.resolved().warning(), -1,
				-1);
		return new Found(a.from(), b.to(), r);
	}

	/**
	 * Where the date's own words begin after the "from" and articles its rule took ("Desde el lunes 26…"): the words
	 * before it, "desde" among them, tell its kind as they do when the rule leaves them out.
	 */
	private static int ownWordsStart(Found f, List<Token> tokens) {
		int i = f.from();
		while (i < f.to() - 1 && "Sdt".indexOf(tokens.get(i).cls()) >= 0) {
			i++;
		}
		return tokens.get(i).start();
	}

	/** The first token of the deadline words right before a date, else the date's own first token. */
	private static int leadIn(int from, List<Token> tokens) {
		int lead = from;
		for (int i = from - 1; i >= 0 && i >= from - 5; i--) {
			char c = tokens.get(i).cls();
			if (c == 'K') {
				lead = i;
			}
			else if ("tdDjC".indexOf(c) < 0) {
				break;
			}
		}
		return lead;
	}

	/** Markdown emphasis around the date's words ("pour **le 17 août**"): no word, read through. */
	private static final Pattern EMPHASIS = Pattern.compile("[*_`]+");

	/** "for" opening a day's own words: a limit, as before it. */
	private static final Pattern FOR = Pattern.compile("(?:para|pour|for)\\s");

	/** The nearest deadline or event words before the date, or a deadline word right after it. */
	private static Kind kind(String folded, int start, int end, int previousEnd, Lexicon lexicon, boolean forDay) {
		if (lexicon.deadlineAfter().matcher(folded.substring(end, Math.min(folded.length(), end + 30))).find()) {
			return Kind.DEADLINE;
		}
		int from = Math.max(previousEnd, start - EVENT_REACH);
		for (int i = start - 1; i >= from; i--) {
			char c = folded.charAt(i);
			if (c == '\n' || c == ';' || c == '!' || c == '?' || c == '.' && i > 0 && !Character.isDigit(folded.charAt(i - 1))) {
				from = i + 1;
				break;
			}
		}
		String window = EMPHASIS.matcher(folded.substring(from, start)).replaceAll("");
		int[] deadline = last(lexicon.deadlineCues().matcher(window));
		int[] event = last(lexicon.eventCues().matcher(window));
		boolean deadlineNear = deadline[1] >= 0 && window.length() - deadline[1] <= DEADLINE_REACH;
		// "by next meeting (Thursday)", "antes de la próxima reunión": a limit word governing the event word
		boolean governs = deadline[1] >= 0 && event[0] >= deadline[1] && event[0] - deadline[1] <= 15;
		if (deadlineNear && (deadline[1] >= event[1] || governs)) {
			return Kind.DEADLINE;
		}
		if (event[1] >= 0) {
			return Kind.EVENT;
		}
		String near = EMPHASIS.matcher(folded.substring(Math.max(0, start - 20), start)).replaceAll("");
		return forDay || lexicon.deadlineBefore().matcher(near).find()
				? Kind.DEADLINE : Kind.VAGUE;
	}

	/** Start and end of the last match, or -1s. */
	private static int[] last(Matcher matcher) {
		int[] found = { -1, -1 };
		while (matcher.find()) {
			found[0] = matcher.start();
			found[1] = matcher.end();
		}
		return found;
	}
}
