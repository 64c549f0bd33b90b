package org.puente.minutes.dates;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.puente.i18n.DatePrecision;
import org.puente.i18n.TextFolding;
import org.puente.minutes.dates.TemporalMention.Kind;

/**
 * Finds the date expressions of minutes in Spanish, English, Portuguese or French and resolves them to days against
 * the meeting date, under the conventions the real-minutes corpus is labelled with (CORPUS-SPEC "Dates"). Stateless
 * and thread-safe; needs no Spring context: {@code new TemporalTagger()}.
 *
 * <p>How: the text is folded and cut into tokens once, each word classed by a map look-up in the language's lexicon;
 * the {@link Grammar}'s rules then run over one character per token, and only those whose anchor classes occur.
 */
public final class TemporalTagger {

	private static final Pattern DEADLINE_LABEL = Pattern.compile("(?:deadline|due|prazo|plazo|fecha limite|data limite|"
			+ "date limite|echeance|vencimiento|vencimento)\\W{0,6}$");

	/** A limit this many days before the meeting or less is still the item's ("à remettre pour le 17 août", late). */
	private static final int RECENT_LIMIT_DAYS = 30;

	/**
	 * A limit this many days before the meeting or less is still the item's when the item sets someone a task: an open
	 * action carried over from earlier meetings ("Action Item A2014-05: Validate … [All WDCs, by 31 March 2014]" in
	 * June), not a past deed ("Ann sent the report by 4 January").
	 */
	private static final int CARRIED_LIMIT_DAYS = 183;

	/** Words that say from when a decision applies, right before its day. */
	private static final Pattern TAKES_EFFECT = Pattern.compile("(?:a partir d(?:el|e|o|a|u)|a compter d[ue]|a contar d[eoa]|"
			+ "con efecto desde|with effect from|effective(?: from)?|as of)"
			+ "\\W{0,3}(?:el|le|la|o|a|the)?\\W{0,2}$");

	/**
	 * Every date expression of the text, in order.
	 *
	 * @param lang es, en, pt or fr
	 * @throws IllegalArgumentException for another language
	 */
	public List<TemporalMention> tag(String text, LocalDate meetingDate, String lang) {
		return read(text, meetingDate, lang, false);
	}

	/**
	 * The date of a cell of a table's deadline or date column, the whole cell read as a date ("12/04/2025", "Sexta
	 * 14/06", "fin de mes", "Q3", "2026"). Its kind is what the cell's own words say, else VAGUE: the column's header
	 * says the rest. A cell with several dates gives one mention from the first to the last, flagged.
	 */
	public Optional<TemporalMention> tagCell(String cell, LocalDate meetingDate, String lang) {
		List<TemporalMention> found = read(cell, meetingDate, lang, true);
		if (found.size() <= 1) {
			return found.stream().findFirst();
		}
		TemporalMention first = found.get(0);
		TemporalMention last = found.get(found.size() - 1);
		LocalDate from = found.stream().map(TemporalMention::first).min(Comparator.naturalOrder()).orElseThrow();
		LocalDate to = found.stream().map(TemporalMention::last).max(Comparator.naturalOrder()).orElseThrow();
		Kind kind = found.stream().map(TemporalMention::kind).filter(k -> k != Kind.VAGUE).findFirst().orElse(Kind.VAGUE);
		return Optional.of(new TemporalMention(first.start(), last.end(), cell.substring(first.start(), last.end()), from,
				to, first.precision(), kind, true, "date.several-in-cell"));
	}

	/**
	 * The dates of one item of minutes: its deadline-column cells first (deadlines unless their own words say
	 * otherwise), then the dates of its words that no cell gave. Dates of its words wholly before the meeting are left
	 * out: they tell what happened ("approved on 3 March"), not what is due, unless a deadline label stands right before
	 * them ("Deadline -> 25/04", "Prazo: 02/03": a limit, if a passed one). A date its words leave VAGUE is the
	 * task's limit when the item sets someone a task ("Mozinet rédigera…", "Enviar…", "will send"), else the day of
	 * what it plans. So an item's deadline is its earliest DEADLINE ("approved on X, report by Y": Y).
	 *
	 * @param dueCells the cells of the item's row in a deadline or date column, none outside tables
	 */
	public List<TemporalMention> tagItem(String text, List<String> dueCells, LocalDate meetingDate, String lang) {
		List<TemporalMention> dates = new ArrayList<>();
		for (String cell : dueCells) {
			tagCell(cell, meetingDate, lang).map(m -> m.kind() == Kind.VAGUE ? m.withKind(Kind.DEADLINE) : m)
				.ifPresent(dates::add);
		}
		Kind open = TaskWords.setTask(text, lang) ? Kind.DEADLINE : Kind.EVENT;
		for (TemporalMention m : tag(text, meetingDate, lang)) {
			boolean known = dates.stream().anyMatch(d -> d.first().equals(m.first()) && d.last().equals(m.last()));
			if (!known && (!m.last().isBefore(meetingDate) || labelledDeadline(text, m) || takesEffect(text, m)
					|| m.kind() == Kind.DEADLINE && !m.last().isBefore(meetingDate.minusDays(open == Kind.DEADLINE
							? CARRIED_LIMIT_DAYS : RECENT_LIMIT_DAYS)))) {
				dates.add(m.kind() == Kind.VAGUE ? m.withKind(open) : m);
			}
		}
		return dates;
	}

	/**
	 * The limit a heading sets the items under it: "Tareas para el 14/03", "Actions due Friday", "À faire avant le 14
	 * mars", "Próximos passos (até 20/03)": the heading's first date after the meeting that its words make a deadline;
	 * in a heading of tasks or decisions ({@code tasksHeading}), also one its words leave open ("Tareas 14/03") when
	 * the item sets someone a task. A period that runs past the meeting counts ("Tareas para esta semana"), so does a
	 * limit on the meeting's own day ("Pour ce soir", "Para hoy"); a date of the meeting in the heading does not. Flagged {@code date.from-heading}: the item's own words do not say it.
	 */
	public Optional<TemporalMention> headingDeadline(String heading, boolean tasksHeading, String itemText,
			LocalDate meetingDate, String lang) {
		return tag(heading, meetingDate, lang).stream()
			.filter(m -> m.last().isAfter(meetingDate) || m.kind() == Kind.DEADLINE && m.first().equals(meetingDate))
			.filter(m -> m.kind() == Kind.DEADLINE
					|| m.kind() == Kind.VAGUE && tasksHeading && TaskWords.setTask(itemText, lang))
			.findFirst().map(m -> m.withKind(Kind.DEADLINE).warn("date.from-heading"));
	}

	/** "Deadline -> 25/04", "Prazo: 02/03": a date the item labels as its limit is kept even when already past. */
	private static boolean labelledDeadline(String text, TemporalMention m) {
		String before = TextFolding.fold(text.substring(Math.max(0, m.start() - 24), m.start()));
		return m.kind() == Kind.DEADLINE && DEADLINE_LABEL.matcher(before).find();
	}

	/** "à partir du 1er janvier 2020", "with effect from 1 January": when a decision takes effect, even a day past. */
	private static boolean takesEffect(String text, TemporalMention m) {
		String before = TextFolding.fold(text.substring(Math.max(0, m.start() - 24), m.start()));
		return m.precision() == DatePrecision.DAY && TAKES_EFFECT.matcher(before).find();
	}

	private List<TemporalMention> read(String text, LocalDate meeting, String lang, boolean cell) {
		Lexicon lexicon = Lexicon.of(lang);
		// the typographic apostrophe as the plain one, so "à partir d’avril" and "l’AG" meet the cues (same offsets)
		String folded = TextFolding.fold(text).replace('’', '\'');
		List<Token> tokens = Tokenizer.tokens(text, folded, lexicon);
		char[] classes = new char[tokens.size()];
		boolean[] present = new boolean[128];
		for (int i = 0; i < classes.length; i++) {
			classes[i] = tokens.get(i).cls();
			present[classes[i] & 127] = true;
		}
		String tags = new String(classes);
		Reading reading = new Reading(text, tokens, meeting, lang, cell);
		boolean[] taken = new boolean[tokens.size()];
		List<Found> found = new ArrayList<>();
		for (Grammar.Rule rule : Grammar.RULES) {
			if (rule.mayMatch(present)) {
				apply(rule, tags, reading, taken, found);
			}
		}
		found.sort(Comparator.comparingInt(Found::from));
		return Mentions.of(found, reading, folded, lexicon);
	}

	private static void apply(Grammar.Rule rule, String tags, Reading reading, boolean[] taken, List<Found> found) {
		Matcher matcher = rule.pattern().matcher(tags);
		Match match = new Match(matcher, reading);
		int from = 0;
		while (from < tags.length() && matcher.find(from)) {
			int start = matcher.start();
			int end = matcher.end();
			List<Resolved> resolved = end > start && free(taken, start, end) ? resolve(rule, match) : List.of();
			if (resolved.isEmpty()) {
				from = start + 1;
				continue;
			}
			for (int i = start; i < end; i++) {
				taken[i] = true;
			}
			for (Resolved r : resolved) {
				found.add(new Found(r.fromToken() < 0 ? start : r.fromToken(), r.toToken() < 0 ? end : r.toToken(), r));
			}
			from = end;
		}
	}

	private static List<Resolved> resolve(Grammar.Rule rule, Match match) {
		try {
			return rule.resolver().apply(match);
		}
		catch (DateTimeException ex) {
			return List.of(); // "31 de febrero" and the like: not a date
		}
	}

	private static boolean free(boolean[] taken, int start, int end) {
		for (int i = start; i < end; i++) {
			if (taken[i]) {
				return false;
			}
		}
		return true;
	}
}
