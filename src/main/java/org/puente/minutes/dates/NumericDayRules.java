package org.puente.minutes.dates;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.puente.i18n.DatePrecision;

/**
 * Resolvers of the rules that name days in figures: "12/04/2025", "2025-04-12", "Sexta 14/06", "the week of 2/19"; the
 * words and signs around them that make "14/06" a date rather than a fraction or a number ("Prazo: 14/06", "12/4 :
 * Chris rédigera"); the order of day and month. Split from {@link DayRules} (dates19), which reads the days written
 * with their month's name.
 */
final class NumericDayRules {

	/** Column or field names after which "14/06" is a date: "Fecha: 14/06", "Entrega: 30/06". */
	private static final java.util.Set<String> DATE_LABELS = java.util.Set.of("fecha", "data", "date", "entrega",
			"limite", "when", "quando", "cuando", "quand");

	private NumericDayRules() {
	}

	/** "the week of 2/19", "la semana del 19/02", "semaine du 19/02/2024", "w/c 19/2": seven days from that day. */
	static List<Resolved> weekFromNumeric(Match m) {
		List<Token> numbers = m.all("nY", 1);
		Token y = numbers.size() == 3 ? numbers.get(2) : null;
		if (!m.tight(m.reading.tokens.indexOf(numbers.get(0))) || y != null && y.cls() == 'n' && y.digits() != 2) {
			return List.of();
		}
		Integer year = y == null ? null : y.cls() == 'Y' ? y.value() : 2000 + y.value();
		Resolved day = pick(m.reading, numbers.get(0).value(), numbers.get(1).value(), year, m.first(".", 1) != null);
		return day == null ? List.of()
				: new Resolved(day.first(), day.first().plusDays(6), DatePrecision.WEEK, day.warning(), -1, -1).list();
	}

	/** "2025-04-12". */
	static List<Resolved> iso(Match m) {
		List<Token> numbers = m.all("n", 0);
		if (!m.tight(m.from())) {
			return List.of();
		}
		return Resolved.day(LocalDate.of(m.first("Y").value(), numbers.get(0).value(), numbers.get(1).value()));
	}

	/** "12/04/2025", "12.04.25", "Sexta 14/06", "(27/02)": day and month in the text's order. */
	static List<Resolved> numeric(Match m) {
		List<Token> numbers = m.all("nY", 0);
		Token first = numbers.get(0);
		if (!m.tight(m.reading.tokens.indexOf(first))) {
			return List.of();
		}
		Integer year = null;
		if (numbers.size() == 3) {
			Token y = numbers.get(2);
			if (y.cls() == 'n' && y.digits() != 2) {
				return List.of();
			}
			year = y.cls() == 'Y' ? y.value() : 2000 + y.value();
		}
		else if (!m.reading.cell && (!introducesDayMonth(m) || m.first(".") != null && !labelled(m))) {
			return List.of(); // "3/4" alone is as often a fraction or a number as a date, "12.04" a number more often
		}
		boolean dotted = m.first(".") != null; // "04.04.2024": the European way, day first
		Resolved date = pick(m.reading, first.value(), numbers.get(1).value(), year, dotted);
		return date == null ? List.of() : date.warn(DayRules.weekdayWarning(m, date.first())).list();
	}

	// Helpers.

	/** Words that introduce a day/month without a year: a weekday, a bracket, a preposition, "prazo:". */
	private static boolean introducesDayMonth(Match m) {
		if (m.first("WA") != null || datesTheLine(m)) {
			return true;
		}
		Token before = m.before();
		if (before == null) {
			return false;
		}
		int label = labelAt(m);
		if (label != m.from()) {
			return label >= 0 && (dateLabel(m.token(label)) // "Prazo: 12/04"; "Date limite de dépôt : 30/06"
					|| label >= 2 && "dJ".indexOf(m.token(label - 1).cls()) >= 0 && dateLabel(m.token(label - 2))
					|| label >= 1 && m.token(label - 1).cls() == 'P'); // what comes next: "Próximo conteúdo: 05/07"
		}
		return "(KtDdjSGCJ".indexOf(before.cls()) >= 0 || before.cls() == '.' && m.from() > 1
				&& Lexicon.WEEKDAY_ABBREVIATIONS.contains(m.token(m.from() - 2).word());
	}

	private static boolean dateLabel(Token token) {
		return "CG".indexOf(token.cls()) >= 0 || DATE_LABELS.contains(token.word());
	}

	/**
	 * The token before a colon or an arrow right before the match ("Prazo: 12/04", "Deadline -> 25/04", "Entrega →
	 * 30/06"): its index, -1 when there is none before the sign, the match's start when no such sign stands there.
	 */
	private static int labelAt(Match m) {
		int k = m.from() - 1;
		String sign = m.token(k).word();
		if (sign.equals(">") || sign.equals("→")) {
			k -= k > 0 && (m.token(k - 1).word().equals("-") || m.token(k - 1).word().equals("=")) ? 1 : 0;
		}
		else if (!sign.equals(":")) {
			return m.from();
		}
		return k - 1;
	}

	/** After a date label and a colon, in two figures each, before no word: "Data de entrega: 12.04", not "2.3 milhões". */
	private static boolean labelled(Match m) {
		Token before = m.before();
		List<Token> numbers = m.all("n", 0);
		boolean word = m.to() < m.reading.tokens.size() && m.token(m.to()).cls() == 'x';
		return before != null && labelAt(m) != m.from() && introducesDayMonth(m) && !word
				&& numbers.stream().allMatch(n -> n.digits() == 2);
	}

	/** "12/4 : Chris rédigera", "15/07- Visita ao …": a day and month that open a line and end at a colon or a dash date it. */
	private static boolean datesTheLine(Match m) {
		String text = m.reading.text;
		int start = m.token(m.from()).start();
		int end = m.token(m.to() - 1).end();
		int lineStart = text.lastIndexOf('\n', start - 1) + 1;
		return text.substring(lineStart, start).isBlank()
				&& text.substring(end, Math.min(text.length(), end + 12)).matches("(?s)\\s*(?:&nbsp;)?\\s*(?::|[-–—]\\s*\\p{L}).*");
	}

	/** The day of a numeric date: the order the text uses, or, when it leaves both open, the order it seems to use. */
	private static @Nullable Resolved pick(Reading reading, int a, int b, @Nullable Integer year, boolean dayFirstSure) {
		Resolved dayFirst = valid(a, b) ? reading.day(a, b, year) : null;
		Resolved monthFirst = valid(b, a) ? reading.day(b, a, year) : null;
		if (dayFirst == null || monthFirst == null) {
			return dayFirst != null ? dayFirst : monthFirst;
		}
		if (a == b || dayFirstSure) {
			return dayFirst;
		}
		NumericOrder order = reading.order();
		Resolved chosen = switch (order.order()) {
			case DAY_FIRST -> dayFirst;
			case MONTH_FIRST -> monthFirst;
			case NEAREST -> Math.abs(reading.meeting.toEpochDay() - monthFirst.first().toEpochDay()) < Math
				.abs(reading.meeting.toEpochDay() - dayFirst.first().toEpochDay()) ? monthFirst : dayFirst;
		};
		return order.sure() ? chosen : chosen.warn("date.day-month-order");
	}

	private static boolean valid(int day, int month) {
		return day >= 1 && day <= 31 && month >= 1 && month <= 12;
	}
}
