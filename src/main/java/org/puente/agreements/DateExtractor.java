package org.puente.agreements;

import org.puente.directory.TextFolding;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Finds the date expressions of a text in Spanish, English, Portuguese or French and resolves them against the
 * meeting date. Patterns run on the folded text (lower case, no accents) and from the most to the least specific;
 * a span taken by one pattern is not read again by the next.
 */
final class DateExtractor {

	private static final String MONTH = "(?:septiembre|setiembre|noviembre|diciembre|febrero|octubre|january|february"
			+ "|september|november|december|fevereiro|septembre|novembre|decembre|setembro|dezembro|novembro|outubro"
			+ "|janvier|fevrier|juillet|octobre|janeiro|agosto|august|october|enero|marzo|abril|junio|julio|april|march"
			+ "|junho|julho|marco|avril|mayo|june|july|maio|mars|juin|aout|may|mai|jan|feb|mar|apr|jun|jul|aug|sept|sep"
			+ "|oct|nov|dec)\\.?";

	private static final String WEEKDAY = "(?:lunes|martes|miercoles|jueves|viernes|sabado|domingo|monday|tuesday"
			+ "|wednesday|thursday|friday|saturday|sunday|segunda-feira|terca-feira|quarta-feira|quinta-feira"
			+ "|sexta-feira|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)";

	private static final String DAY = "(?:[0-3]?\\d)(?:st|nd|rd|th|º|°|o|er|ro)?(?!\\d)";

	private static final String YEAR = "(?:19|20)\\d{2}(?!\\d)";

	private static final String YEAR_TAIL = "(?:,?\\s+(?:de\\s+|del\\s+|of\\s+)?(" + YEAR + "))?";

	private static final String RANGE_JOIN = "\\s*(?:al|a|-|–|—|to|until|till|through|thru|hasta\\s+el|ate\\s+o?\\s*dia"
			+ "|ate\\s+o|ate|au|y|e|et|and)\\s*(?:el\\s+|o\\s+|le\\s+|the\\s+|dia\\s+)?";

	private static final String CUE = "(?:a\\s+mas\\s+tardar|no\\s+mas\\s+tarde\\s+del?|antes\\s+del?|hasta|not?\\s+later"
			+ "\\s+than|by|before|until|no\\s+maximo\\s+ate|ate|au\\s+plus\\s+tard|avant|d'ici|plazo|prazo|deadline"
			+ "|fecha\\s+limite|data\\s+limite|due(?:\\s+by|\\s+date)?|within|dentro\\s+de|en\\s+un\\s+plazo\\s+de"
			+ "|plazo\\s+no\\s+mayor|(?:by\\s+)?(?:cob|eod|close\\s+of\\s+business(?:\\s+on)?|end\\s+of\\s+(?:the\\s+)?day(?:\\s+on)?))";

	private static final Pattern DEADLINE_CUE = Pattern.compile(CUE);

	/** Words that may stand before a date and belong to its expression. */
	private static final Pattern LEAD_IN = Pattern.compile("(?:(?:" + CUE + "|desde|a\\s+partir\\s+del?|en|in|on|em|no|na"
			+ "|nos|a|al|el|los|las|la|the|o|os|le|les|dias|dia|days|del|de|from|entre|between|do|da|du|durante|during"
			+ "|para|for|idealmente|ideally|apenas|" + WEEKDAY + ")[\\s:,(]+)+$");

	private static final Map<String, Integer> MONTHS = months();

	private static final Map<String, Integer> ORDINALS = Map.ofEntries(Map.entry("primera", 1), Map.entry("primer", 1),
			Map.entry("primero", 1), Map.entry("primeira", 1), Map.entry("primeiro", 1), Map.entry("first", 1),
			Map.entry("premiere", 1), Map.entry("premier", 1), Map.entry("1er", 1), Map.entry("segunda", 2),
			Map.entry("segundo", 2), Map.entry("second", 2), Map.entry("deuxieme", 2), Map.entry("2do", 2),
			Map.entry("tercera", 3), Map.entry("tercer", 3), Map.entry("tercero", 3), Map.entry("terceira", 3),
			Map.entry("terceiro", 3), Map.entry("third", 3), Map.entry("troisieme", 3), Map.entry("cuarta", 4),
			Map.entry("cuarto", 4), Map.entry("quarta", 4), Map.entry("quarto", 4), Map.entry("fourth", 4),
			Map.entry("quatrieme", 4), Map.entry("ultima", 5), Map.entry("last", 5), Map.entry("derniere", 5));

	private static final String ORDINAL = "(primera|primer|primero|primeira|primeiro|first|premiere|premier|1er|segunda"
			+ "|segundo|second|deuxieme|2do|tercera|tercer|tercero|terceira|terceiro|third|troisieme|cuarta|cuarto|quarta"
			+ "|quarto|fourth|quatrieme|ultima|last|derniere)";

	private static final Map<String, Integer> NUMBER_WORDS = Map.ofEntries(Map.entry("un", 1), Map.entry("una", 1),
			Map.entry("uno", 1), Map.entry("um", 1), Map.entry("uma", 1), Map.entry("one", 1), Map.entry("a", 1),
			Map.entry("dos", 2), Map.entry("dois", 2), Map.entry("duas", 2), Map.entry("two", 2), Map.entry("tres", 3),
			Map.entry("three", 3), Map.entry("cuatro", 4), Map.entry("quatro", 4), Map.entry("four", 4),
			Map.entry("cinco", 5), Map.entry("five", 5), Map.entry("seis", 6), Map.entry("six", 6), Map.entry("siete", 7),
			Map.entry("sete", 7), Map.entry("seven", 7), Map.entry("ocho", 8), Map.entry("oito", 8), Map.entry("eight", 8),
			Map.entry("diez", 10), Map.entry("dez", 10), Map.entry("ten", 10), Map.entry("quince", 15),
			Map.entry("quinze", 15), Map.entry("fifteen", 15), Map.entry("treinta", 30), Map.entry("trinta", 30),
			Map.entry("thirty", 30));

	private static final String NUMBER = "(\\d{1,3}|un|una|uno|um|uma|one|a|dos|dois|duas|two|tres|three|cuatro|quatro"
			+ "|four|cinco|five|seis|six|siete|sete|seven|ocho|oito|eight|diez|dez|ten|quince|quinze|fifteen|treinta"
			+ "|trinta|thirty)";

	private static final String PART = "(principios|inicios|comienzos|comienzo|inicio|early|the\\s+beginning|beginning"
			+ "|debut|mediados|mid|the\\s+middle|middle|meados|finales|fines|fin|final|finais|late|the\\s+end|end|fim|fins)";

	private static final String YEAR_REFERENCE = "(?:(?:este|ese|the|this|next|o|presente|proximo|el|neste|deste|do"
			+ "|l'|cette|l)\\s*)*(?:ano|year|annee|(" + YEAR + "))";

	private static final List<Rule> RULES = List.of(
			// del 30 de agosto al 1 de septiembre; 30 August to 1 September 2018
			new Rule("(" + DAY + ")(?:\\s+de|\\s+of)?\\s+(" + MONTH + ")" + YEAR_TAIL + RANGE_JOIN + "(" + DAY
					+ ")(?:\\s+de|\\s+of)?\\s+(" + MONTH + ")" + YEAR_TAIL, DateExtractor::crossMonthRange),
			// los días 4 al 6 de diciembre; 7, 8 y 9 de septiembre; 3-5 May 2018; de 3 a 5 de maio
			new Rule("(" + DAY + ")((?:\\s*,\\s*" + DAY + ")*)" + RANGE_JOIN + "(" + DAY + ")(?:\\s+de|\\s+of)?\\s+("
					+ MONTH + ")" + YEAR_TAIL, DateExtractor::dayRange),
			// May 3–5, 2018
			new Rule("(" + MONTH + ")\\s+(" + DAY + ")\\s*(?:-|–|—|to|through|and)\\s*(" + DAY + ")" + YEAR_TAIL,
					DateExtractor::monthFirstRange),
			// la semana del 4 de diciembre; the week of 4 December; w/c 27 November: seven days from that day
			new Rule("(?:(?:(?:la|the|a)\\s+)?(?:semana|week|semaine)\\s+(?:del?|of|do|du|commencing|beginning|starting)"
					+ "|w/c|w\\.c\\.|semana\\s+que\\s+(?:comienza|inicia)\\s+el)\\s+(?:(?:dia|the)\\s+)?(" + DAY
					+ ")(?:\\s+de|\\s+of)?\\s+(" + MONTH + ")" + YEAR_TAIL, DateExtractor::weekFrom).when("semana", "week", "semaine", "w/c", "w.c."),
			new Rule("(?:(?:la|the|a)\\s+)?(?:semana|week)\\s+(?:of|del?|do)\\s+(" + MONTH + ")\\s+(" + DAY + ")" + YEAR_TAIL,
					DateExtractor::weekFromMonthFirst).when("semana", "week"),
			// el 28 del presente mes; dia 30 do corrente mês; the 15th of this month
			new Rule("(" + DAY + ")\\s+(?:del?|do|of)\\s+(?:(?:presente|corrente|este|this|current|the\\s+current)\\s+mes(?:\\s+en\\s+curso)?"
					+ "|mes\\s+(?:en\\s+curso|corrente)|this\\s+month|the\\s+current\\s+month|(?:este|deste|neste)\\s+mes)",
					DateExtractor::dayOfThisMonth).when("mes", "month"),
			// a fin de mes; end of the month; no final do mês: the last third of the meeting's month
			new Rule(PART + "\\s+(?:de|del|of|do)\\s+(?:(?:este|the|this|el|o|current)\\s+)?(?:mes|month)\\b(?!\\s+(?:de|of)\\s)",
					DateExtractor::partOfThisMonth).when("mes", "month"),
			// el lunes 12 de junio de 2017; 12 June; 1º de maio
			new Rule("(?:(" + WEEKDAY + "),?\\s+(?:el\\s+|o\\s+|dia\\s+|the\\s+|le\\s+)?)?(" + DAY
					+ ")(?:\\s+de|\\s+of)?\\s+(" + MONTH + ")" + YEAR_TAIL, DateExtractor::dayFirst),
			// Monday, June 12, 2017
			new Rule("(?:(" + WEEKDAY + "),?\\s+)?(" + MONTH + ")\\s+(" + DAY + ")" + YEAR_TAIL, DateExtractor::monthFirst),
			new Rule("(" + YEAR + ")-(\\d{1,2})-(\\d{1,2})(?!\\d)", DateExtractor::isoDate).when("-"),
			new Rule("(?<![\\d/.])(\\d{1,2})[/.](\\d{1,2})[/.](\\d{4}|\\d{2})(?![\\d/])", DateExtractor::numericDate).when("/", "."),
			// (14/06), el 30/06: a day and month without the year, in languages that write the day first
			new Rule("(?<=\\(|\\b(?:el|del|al|o|dia|ate|hasta|by|on|until|due|prazo|plazo|fecha|data|antes\\s+del?)[:\\s]{1,3})"
					+ "(\\d{1,2})/(\\d{1,2})(?![\\d/])", DateExtractor::dayMonthNumeric).when("/"),
			// la primera semana de diciembre; the second week of July
			new Rule(ORDINAL + "\\s+(?:semana|week|semaine)\\s+(?:de|of|do|du|d')\\s*(?:(?:el\\s+)?mes\\s+de\\s+)?("
					+ MONTH + ")" + YEAR_TAIL, DateExtractor::weekOfMonth).when("semana", "week", "semaine"),
			// la primera quincena de agosto; the second half of July; na primeira quinzena de agosto
			new Rule(ORDINAL + "\\s+(?:quincena|quinzena|fortnight|half)\\s+(?:de|of|do|del|da)\\s+(?:(?:el\\s+)?mes\\s+de\\s+)?("
					+ MONTH + ")" + YEAR_TAIL, DateExtractor::halfOfMonth).when("quincena", "quinzena", "fortnight", "half"),
			// Q3, by end of Q3, Q1 2018: the quarters of business English
			new Rule("h([12])(?:\\s*(?:of\\s+|/|-)?\\s*(" + YEAR + "))", DateExtractor::halfYear).when("h1", "h2"),
			new Rule("(?:(?:the\\s+)?(end|beginning|start|close)\\s+of\\s+(?:the\\s+)?)?q([1-4])(?:\\s*(?:of\\s+|/|-)?\\s*(" + YEAR
					+ "))?", DateExtractor::quarter).when("q1", "q2", "q3", "q4"),
			// el período 2017-2018; 2018–2020
			new Rule("(" + YEAR + ")\\s*(?:-|–|—|/|a|al|to)\\s*(" + YEAR + ")", DateExtractor::yearRange),
			// entre mayo y junio de 2019; from May to June; de maio a junho
			new Rule("(?:entre|between|from|de|desde)\\s+(" + MONTH + ")\\s+(?:y|e|and|to|a|al|hasta|until)\\s+(" + MONTH + ")"
					+ YEAR_TAIL, DateExtractor::monthRange),
			// antes de finalizar el mes de octubre; before the end of October; antes do fim de outubro
			new Rule("(?:antes\\s+de\\s+(?:finalizar|terminar|concluir|que\\s+(?:termine|finalice|concluya|acabe))|before\\s+the"
					+ "\\s+end\\s+of|antes\\s+d[oe]\\s+(?:fim|final|termino|encerramento)\\s+de)\\s+(?:(?:el|o)\\s+)?(?:mes\\s+de\\s+)?("
					+ MONTH + ")" + YEAR_TAIL, DateExtractor::endOfMonthDeadline).when("antes", "before"),
			// a finales de agosto; early July; meados de setembro
			new Rule(PART + "(?:\\s+|\\s*-\\s*)(?:(?:de|of|do|da|del)\\s+)?(" + MONTH + ")" + YEAR_TAIL, DateExtractor::partOfMonth),
			// a finales de este año; end of the year; fin de l'année
			new Rule(PART + "\\s+(?:de|of|do|da|del)\\s+" + YEAR_REFERENCE, DateExtractor::partOfYear),
			// early 2018; mid-2019
			new Rule(PART + "(?:\\s+|\\s*-\\s*)(" + YEAR + ")", (m, c) -> partOfYear(m.group(1), Integer.parseInt(m.group(2)), c)),
			// el segundo semestre; the first quarter of 2018
			new Rule(ORDINAL + "\\s+(semestre|trimestre|half|quarter)(?:\\s+(?:de|of|do|del)\\s+" + YEAR_REFERENCE + ")?",
					DateExtractor::partOfYearByOrdinal).when("semestre", "trimestre", "half", "quarter"),
			// en noviembre; in November 2017; em novembro
			new Rule("(?:(?:en|in|em|no|durante|during|para|for|hasta|until|by|antes\\s+de|before|desde|from|ate|de|del"
					+ "|of|mes\\s+de)\\s+)?(" + MONTH + ")" + YEAR_TAIL, DateExtractor::month),
			new Rule("(?:en|in|em|durante|during|para|for|hasta|until|by|antes\\s+de|before|ate)\\s+(?:el\\s+ano\\s+|the"
					+ "\\s+year\\s+|o\\s+ano\\s+de\\s+)?(" + YEAR + ")", DateExtractor::wholeYear),
			new Rule("(?:durante\\s+|en\\s+|in\\s+|em\\s+)?(este|el\\s+presente|this|next|el\\s+proximo|o\\s+proximo"
					+ "|neste|no\\s+proximo)\\s+(?:ano|year)", DateExtractor::namedYear).when("ano", "year"),
			// "en el corto plazo": the secretariats read it as the next three months.
			new Rule("(?:corto|short|curto|court)[\\s-]+(?:plazo|term|prazo|terme)", (m, c) -> c.period(c.meeting,
					c.meeting.plusMonths(3))),
			new Rule("(?:mediano|medio|medium|moyen)[\\s-]+(?:plazo|term|prazo|terme)", (m, c) -> c.period(c.meeting,
					c.meeting.plusMonths(12))),
			new Rule("(?<!la\\s|esta\\s|de\\s|por\\s)(pasado\\s+manana|manana|tomorrow|amanha|demain)\\b",
					DateExtractor::tomorrow).when("manana", "tomorrow", "amanha", "demain"),
			new Rule("(?:proximo|proxima|next|siguiente|coming|prochain)\\s+(" + WEEKDAY + "|segunda|terca|quarta|quinta"
					+ "|sexta)|(" + WEEKDAY + ")\\s+(?:proximo|que\\s+viene|prochain)", DateExtractor::nextWeekday),
			new Rule("(?:proxima|next|siguiente|coming)\\s+(?:semana|week)|semana\\s+(?:proxima|que\\s+viene|que\\s+vem|entrante)"
					+ "|semaine\\s+prochaine", DateExtractor::nextWeek).when("semana", "week", "semaine"),
			new Rule("(?:proximo|next|siguiente|coming)\\s+(?:mes|month)|mes\\s+(?:proximo|que\\s+viene|entrante)"
					+ "|mois\\s+prochain", DateExtractor::nextMonth).when("mes", "month", "mois"),
			new Rule("(?:dentro\\s+de|en|in|within|em|d'ici|plazo\\s+de|prazo\\s+de|plazo\\s+no\\s+mayor\\s+(?:a|de)"
					+ "|plazo\\s+maximo\\s+de|prazo\\s+maximo\\s+de|no\\s+more\\s+than|no\\s+later\\s+than)\\s+(?:(los|las|the|os|as)\\s+)?"
					+ "(?:proximos|proximas|next|coming)?\\s*" + NUMBER + "\\s+(dias|dia|days|day|semanas|semana|weeks"
					+ "|week|meses|mes|months|month|jours|semaines|mois)(?:\\s+(?:habiles|working|business|uteis|ouvres))?",
					DateExtractor::within));

	private DateExtractor() {
	}

	static List<DateMention> extract(String text, LocalDate meeting, String lang) {
		String folded = TextFolding.fold(text);
		boolean[] taken = new boolean[folded.length()];
		List<Found> found = new ArrayList<>();
		for (Rule rule : RULES) {
			if (!rule.mayMatch(folded)) {
				continue;
			}
			Matcher m = rule.pattern().matcher(folded);
			while (m.find()) {
				if (m.end() == m.start() || isTaken(taken, m.start(), m.end()) || !wordBounded(folded, m.start(), m.end())) {
					continue;
				}
				Context context = new Context(text, meeting, lang, m);
				Resolved resolved;
				try {
					resolved = rule.resolver().apply(m, context);
				}
				catch (java.time.DateTimeException ex) {
					continue; // 31 de febrero and the like: not a date
				}
				if (resolved == null) {
					continue;
				}
				for (int i = m.start(); i < m.end(); i++) {
					taken[i] = true;
				}
				found.add(new Found(m.start(), m.end(), resolved));
			}
		}
		found.sort(Comparator.comparingInt(Found::start));
		List<DateMention> mentions = new ArrayList<>();
		for (Found f : found) {
			int leadStart = leadIn(folded, f.start(), taken);
			String lead = folded.substring(leadStart, f.start());
			boolean deadline = DEADLINE_CUE.matcher(lead).find() || DEADLINE_CUE.matcher(folded.substring(f.start(),
					f.end())).lookingAt();
			String expression = text.substring(leadStart, f.end()).replaceAll("\\s+", " ").strip()
					.replaceAll("(?<!\\b(?i:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec))\\.$", ""); // a full stop, not "Sept."
			Resolved r = f.resolved();
			mentions.add(new DateMention(expression, r.start(), r.end(), r.precision(),
					deadline ? DateKind.DEADLINE : DateKind.EVENT, r.warning()));
		}
		return mentions;
	}

	private static int leadIn(String folded, int start, boolean[] taken) {
		int from = Math.max(0, start - 40);
		for (int i = start - 1; i >= from; i--) {
			if (taken[i] || folded.charAt(i) == '\n' || folded.charAt(i) == '.' || folded.charAt(i) == ';') {
				from = i + 1;
				break;
			}
		}
		Matcher m = LEAD_IN.matcher(folded.substring(from, start));
		if (!m.find()) {
			return start;
		}
		int lead = from + m.start();
		// Keep whole words only: the lead-in must start at a word boundary.
		while (lead < start && lead > 0 && Character.isLetter(folded.charAt(lead - 1))) {
			int next = folded.indexOf(' ', lead);
			lead = next < 0 || next >= start ? start : next + 1;
		}
		return lead;
	}

	private static boolean isTaken(boolean[] taken, int start, int end) {
		for (int i = start; i < end; i++) {
			if (taken[i]) {
				return true;
			}
		}
		return false;
	}

	private static boolean wordBounded(String folded, int start, int end) {
		return (start == 0 || !Character.isLetterOrDigit(folded.charAt(start - 1)))
				&& (end == folded.length() || !Character.isLetterOrDigit(folded.charAt(end)) || folded.charAt(end - 1) == '.');
	}

	// Resolvers. Each receives the match on the folded text and returns null when the words are not a date after all.

	private static Resolved crossMonthRange(Matcher m, Context c) {
		Integer endYear = year(m.group(6));
		Integer startYear = m.group(3) != null ? year(m.group(3)) : null;
		LocalDate start = c.dayMonth(day(m.group(1)), month(m.group(2)), startYear != null ? startYear : endYear);
		LocalDate end = LocalDate.of(endYear != null ? endYear : start.getYear(), month(m.group(5)), day(m.group(4)));
		if (end.isBefore(start)) {
			end = end.plusYears(1);
		}
		return new Resolved(start, end, DatePrecision.DAY, null);
	}

	private static Resolved dayRange(Matcher m, Context c) {
		int month = month(m.group(4));
		Integer year = year(m.group(5));
		int first = day(m.group(1));
		int last = day(m.group(3));
		if (last <= first) {
			return null; // "12 y 3 de mayo" is no range
		}
		LocalDate start = c.dayMonth(first, month, year);
		return new Resolved(start, start.withDayOfMonth(last), DatePrecision.DAY, null);
	}

	private static Resolved monthFirstRange(Matcher m, Context c) {
		if (!c.plausibleEnglishMonth(m.start(1), m.group(1)) || endsSentence(m.group(1))) {
			return null;
		}
		int first = day(m.group(2));
		int last = day(m.group(3));
		if (last <= first) {
			return null;
		}
		LocalDate start = c.dayMonth(first, month(m.group(1)), year(m.group(4)));
		return new Resolved(start, start.withDayOfMonth(last), DatePrecision.DAY, null);
	}

	private static Resolved dayFirst(Matcher m, Context c) {
		LocalDate date = c.dayMonth(day(m.group(2)), month(m.group(3)), year(m.group(4)));
		return new Resolved(date, date, DatePrecision.DAY, c.weekdayWarning(m.group(1), date));
	}

	private static Resolved monthFirst(Matcher m, Context c) {
		if (!c.plausibleEnglishMonth(m.start(2), m.group(2)) || endsSentence(m.group(2))) {
			return null;
		}
		LocalDate date = c.dayMonth(day(m.group(3)), month(m.group(2)), year(m.group(4)));
		return new Resolved(date, date, DatePrecision.DAY, c.weekdayWarning(m.group(1), date));
	}

	private static Resolved isoDate(Matcher m, Context c) {
		LocalDate date = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
				Integer.parseInt(m.group(3)));
		return new Resolved(date, date, DatePrecision.DAY, null);
	}

	private static Resolved numericDate(Matcher m, Context c) {
		int a = Integer.parseInt(m.group(1));
		int b = Integer.parseInt(m.group(2));
		int year = Integer.parseInt(m.group(3));
		if (year < 100) {
			year += 2000;
		}
		LocalDate dayFirst = a <= 31 && b <= 12 && a > 0 && b > 0 ? safeDate(year, b, a) : null;
		LocalDate monthFirst = a <= 12 && b <= 31 && a > 0 && b > 0 ? safeDate(year, a, b) : null;
		LocalDate date;
		if (!c.lang.equals("en") || monthFirst == null) {
			date = dayFirst;
		}
		else if (dayFirst == null) {
			date = monthFirst;
		}
		else {
			// English minutes of these bodies use both orders: take the reading closest to the meeting.
			long d1 = Math.abs(dayFirst.toEpochDay() - c.meeting.toEpochDay());
			long d2 = Math.abs(monthFirst.toEpochDay() - c.meeting.toEpochDay());
			date = d2 < d1 ? monthFirst : dayFirst;
		}
		return date == null ? null : new Resolved(date, date, DatePrecision.DAY, null);
	}

	private static Resolved dayMonthNumeric(Matcher m, Context c) {
		int day = Integer.parseInt(m.group(1));
		int month = Integer.parseInt(m.group(2));
		if (c.lang.equals("en") || month < 1 || month > 12 || day < 1) {
			return null;
		}
		LocalDate date = c.dayMonth(day, month, null);
		return new Resolved(date, date, DatePrecision.DAY, null);
	}

	private static Resolved weekFrom(Matcher m, Context c) {
		LocalDate start = c.dayMonth(day(m.group(1)), month(m.group(2)), year(m.group(3)));
		return new Resolved(start, start.plusDays(6), DatePrecision.WEEK, null);
	}

	private static Resolved weekFromMonthFirst(Matcher m, Context c) {
		if (endsSentence(m.group(1))) {
			return null;
		}
		LocalDate start = c.dayMonth(day(m.group(2)), month(m.group(1)), year(m.group(3)));
		return new Resolved(start, start.plusDays(6), DatePrecision.WEEK, null);
	}

	/** Fortnights and halves of a month: days 1 to 15, and 16 to the end. */
	private static Resolved halfOfMonth(Matcher m, Context c) {
		YearMonth month = c.month(month(m.group(2)), year(m.group(3)));
		int ordinal = ORDINALS.get(m.group(1));
		return ordinal == 1 ? c.period(month.atDay(1), month.atDay(15))
				: c.period(month.atDay(16), month.atEndOfMonth());
	}

	/** A quarter is a period; its end or start, a deadline's day. */
	private static Resolved quarter(Matcher m, Context c) {
		int q = Integer.parseInt(m.group(2));
		int lastMonth = q * 3;
		int year = c.yearOf(m.group(0), m.group(3), lastMonth);
		LocalDate start = LocalDate.of(year, lastMonth - 2, 1);
		LocalDate end = YearMonth.of(year, lastMonth).atEndOfMonth();
		if (m.group(1) == null) {
			return c.period(start, end);
		}
		LocalDate day = m.group(1).equals("end") || m.group(1).equals("close") ? end : start;
		return new Resolved(day, day, DatePrecision.DAY, null);
	}

	private static Resolved dayOfThisMonth(Matcher m, Context c) {
		LocalDate date = c.meeting.withDayOfMonth(day(m.group(1)));
		return new Resolved(date, date, DatePrecision.DAY, null);
	}

	private static Resolved partOfThisMonth(Matcher m, Context c) {
		YearMonth month = YearMonth.from(c.meeting);
		return switch (part(m.group(1))) {
			case 0 -> c.period(month.atDay(1), month.atDay(10));
			case 1 -> c.period(month.atDay(11), month.atDay(20));
			default -> c.period(month.atDay(21), month.atEndOfMonth());
		};
	}

	private static Resolved monthRange(Matcher m, Context c) {
		if (!c.plausibleEnglishMonth(m.start(1), m.group(1)) || !c.plausibleEnglishMonth(m.start(2), m.group(2))) {
			return null;
		}
		YearMonth last = c.month(month(m.group(2)), year(m.group(3)));
		YearMonth first = YearMonth.of(last.getYear(), month(m.group(1)));
		if (first.isAfter(last)) {
			first = first.minusYears(1);
		}
		return c.period(first.atDay(1), last.atEndOfMonth());
	}

	private static Resolved halfYear(Matcher m, Context c) {
		int year = Integer.parseInt(m.group(2));
		return m.group(1).equals("1") ? c.period(LocalDate.of(year, 1, 1), LocalDate.of(year, 6, 30))
				: c.period(LocalDate.of(year, 7, 1), LocalDate.of(year, 12, 31));
	}

	private static Resolved yearRange(Matcher m, Context c) {
		int from = Integer.parseInt(m.group(1));
		int to = Integer.parseInt(m.group(2));
		if (to <= from || to - from > 10) {
			return null;
		}
		return c.period(LocalDate.of(from, 1, 1), LocalDate.of(to, 12, 31));
	}

	private static Resolved weekOfMonth(Matcher m, Context c) {
		YearMonth month = c.month(month(m.group(2)), year(m.group(3)));
		int ordinal = ORDINALS.get(m.group(1));
		int last = month.lengthOfMonth();
		int first = ordinal == 5 ? last - 6 : (ordinal - 1) * 7 + 1;
		return new Resolved(month.atDay(first), month.atDay(Math.min(first + 6, last)), DatePrecision.WEEK, null);
	}

	private static Resolved partOfMonth(Matcher m, Context c) {
		if (!c.plausibleEnglishMonth(m.start(2), m.group(2))) {
			return null;
		}
		YearMonth month = c.month(month(m.group(2)), year(m.group(3)));
		// Thirds of the month: days 1-10, 11-20 and 21 to the end.
		return switch (part(m.group(1))) {
			case 0 -> c.period(month.atDay(1), month.atDay(10));
			case 1 -> c.period(month.atDay(11), month.atDay(20));
			default -> c.period(month.atDay(21), month.atEndOfMonth());
		};
	}

	private static Resolved partOfYear(Matcher m, Context c) {
		return partOfYear(m.group(1), c.yearOf(m.group(0), m.group(2), 12), c);
	}

	private static Resolved partOfYear(String partWord, int year, Context c) {
		// Thirds of the year, as for months: January-April, May-August, September-December.
		return switch (part(partWord)) {
			case 0 -> c.period(LocalDate.of(year, 1, 1), LocalDate.of(year, 4, 30));
			case 1 -> c.period(LocalDate.of(year, 5, 1), LocalDate.of(year, 8, 31));
			default -> c.period(LocalDate.of(year, 9, 1), LocalDate.of(year, 12, 31));
		};
	}

	private static Resolved partOfYearByOrdinal(Matcher m, Context c) {
		int ordinal = ORDINALS.get(m.group(1));
		boolean half = m.group(2).equals("semestre") || m.group(2).equals("half");
		int months = half ? 6 : 3;
		if (ordinal == 5 || ordinal * months > 12) {
			ordinal = 12 / months;
		}
		int firstMonth = (ordinal - 1) * months + 1;
		int year = c.yearOf(m.group(0), m.group(3), firstMonth + months - 1);
		LocalDate start = LocalDate.of(year, firstMonth, 1);
		return c.period(start, YearMonth.of(year, firstMonth + months - 1).atEndOfMonth());
	}

	private static Resolved month(Matcher m, Context c) {
		String prefix = m.group(0).substring(0, m.start(1) - m.start());
		if (prefix.isEmpty() && m.group(2) == null) {
			return null; // a bare month name without a preposition or a year is too often another word
		}
		String word = m.group(1).replace(".", "");
		if (word.length() <= 4 && !word.equals("mayo") && !word.equals("maio") && !word.equals("juin")
				&& !word.equals("june") && !word.equals("july") && !word.equals("mars") && !word.equals("aout")
				&& m.group(2) == null) {
			return null; // "mar", "dec", "may": abbreviations or other words unless a year follows
		}
		if (!c.plausibleEnglishMonth(m.start(1), word)) {
			return null;
		}
		YearMonth month = c.month(month(word), year(m.group(2)));
		return new Resolved(month.atDay(1), month.atEndOfMonth(), DatePrecision.MONTH, null);
	}

	private static Resolved wholeYear(Matcher m, Context c) {
		int year = Integer.parseInt(m.group(1));
		return c.period(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
	}

	private static Resolved namedYear(Matcher m, Context c) {
		int year = c.meeting.getYear() + (m.group(1).contains("pro") || m.group(1).equals("next") ? 1 : 0);
		return c.period(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
	}

	private static Resolved tomorrow(Matcher m, Context c) {
		LocalDate date = c.meeting.plusDays(m.group(1).startsWith("pasado") ? 2 : 1);
		return new Resolved(date, date, DatePrecision.DAY, null);
	}

	private static Resolved nextWeekday(Matcher m, Context c) {
		String word = m.group(1) != null ? m.group(1) : m.group(2);
		DayOfWeek day = weekday(word);
		LocalDate date = c.meeting.with(TemporalAdjusters.next(day));
		return new Resolved(date, date, DatePrecision.DAY, null);
	}

	private static Resolved nextWeek(Matcher m, Context c) {
		LocalDate monday = c.meeting.with(TemporalAdjusters.next(DayOfWeek.MONDAY));
		return new Resolved(monday, monday.plusDays(6), DatePrecision.WEEK, null);
	}

	private static Resolved nextMonth(Matcher m, Context c) {
		YearMonth month = YearMonth.from(c.meeting).plusMonths(1);
		return new Resolved(month.atDay(1), month.atEndOfMonth(), DatePrecision.MONTH, null);
	}

	private static Resolved within(Matcher m, Context c) {
		Integer n = m.group(2).chars().allMatch(Character::isDigit) ? Integer.valueOf(m.group(2))
				: NUMBER_WORDS.get(m.group(2));
		if (n == null || n > 400) {
			return null;
		}
		String unit = m.group(3);
		boolean workingDays = m.group(0).matches(".*(?:habiles|working|business|uteis|ouvres)$");
		LocalDate end = workingDays ? plusWorkingDays(c.meeting, n)
				: unit.startsWith("d") || unit.startsWith("j") ? c.meeting.plusDays(n)
				: unit.startsWith("sem") || unit.startsWith("week") ? c.meeting.plusWeeks(n) : c.meeting.plusMonths(n);
		// "en los próximos 15 días" is a span from the meeting; "dentro de dos semanas" is a point.
		// "en un plazo no mayor a 15 días" bounds a span too.
		if (m.group(1) != null || m.group(0).matches(".*(?:proxim|next|mayor|maximo|more\\s+than|later\\s+than).*")) {
			return c.period(c.meeting, end);
		}
		return new Resolved(end, end, DatePrecision.DAY, null);
	}

	// Helpers.

	/** "15 días hábiles": weekends do not count (holidays differ by country and are left out). */
	private static LocalDate plusWorkingDays(LocalDate from, int days) {
		LocalDate date = from;
		int left = days;
		while (left > 0) {
			date = date.plusDays(1);
			if (date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY) {
				left--;
			}
		}
		return date;
	}

	/** "antes de finalizar el mes de octubre": the month's last day is the deadline. */
	private static Resolved endOfMonthDeadline(Matcher m, Context c) {
		if (!c.plausibleEnglishMonth(m.start(1), m.group(1))) {
			return null;
		}
		LocalDate end = c.month(month(m.group(1)), year(m.group(2))).atEndOfMonth();
		return new Resolved(end, end, DatePrecision.DAY, null);
	}

	/** Only abbreviations take a dot ("Sept."); after a full month name the dot is a full stop. */
	private static boolean endsSentence(String monthWord) {
		return monthWord.endsWith(".") && monthWord.length() > 5;
	}

	private static int part(String word) {
		return switch (word.replaceAll("\\s+", " ")) {
			case "principios", "inicios", "comienzos", "comienzo", "inicio", "early", "the beginning", "beginning",
					"debut" -> 0;
			case "mediados", "mid", "the middle", "middle", "meados" -> 1;
			default -> 2;
		};
	}

	private static int day(String text) {
		return Integer.parseInt(text.replaceAll("\\D", ""));
	}

	private static int month(String word) {
		String key = word.replace(".", "");
		Integer month = MONTHS.get(key);
		if (month == null) {
			month = MONTHS.get(key.substring(0, 3));
		}
		return month;
	}

	private static @Nullable Integer year(@Nullable String text) {
		return text == null ? null : Integer.valueOf(text);
	}

	private static @Nullable LocalDate safeDate(int year, int month, int day) {
		try {
			return LocalDate.of(year, month, day);
		}
		catch (java.time.DateTimeException ex) {
			return null;
		}
	}

	private static DayOfWeek weekday(String word) {
		String w = word.replace("-feira", "");
		return switch (w) {
			case "lunes", "monday", "segunda", "lundi" -> DayOfWeek.MONDAY;
			case "martes", "tuesday", "terca", "mardi" -> DayOfWeek.TUESDAY;
			case "miercoles", "wednesday", "quarta", "mercredi" -> DayOfWeek.WEDNESDAY;
			case "jueves", "thursday", "quinta", "jeudi" -> DayOfWeek.THURSDAY;
			case "viernes", "friday", "sexta", "vendredi" -> DayOfWeek.FRIDAY;
			case "sabado", "saturday", "samedi" -> DayOfWeek.SATURDAY;
			default -> DayOfWeek.SUNDAY;
		};
	}

	private static Map<String, Integer> months() {
		String[][] names = {
				{ "enero", "january", "janeiro", "janvier", "jan" }, { "febrero", "february", "fevereiro", "fevrier", "feb" },
				{ "marzo", "march", "marco", "mars", "mar" }, { "abril", "april", "avril", "apr" },
				{ "mayo", "may", "maio", "mai" }, { "junio", "june", "junho", "juin", "jun" },
				{ "julio", "july", "julho", "juillet", "jul" }, { "agosto", "august", "aout", "aug" },
				{ "septiembre", "setiembre", "september", "setembro", "septembre", "sep", "sept" },
				{ "octubre", "october", "outubro", "octobre", "oct" }, { "noviembre", "november", "novembro", "novembre", "nov" },
				{ "diciembre", "december", "dezembro", "decembre", "dec" } };
		Map<String, Integer> map = new java.util.HashMap<>();
		for (int i = 0; i < names.length; i++) {
			for (String name : names[i]) {
				map.put(name, i + 1);
			}
		}
		return Map.copyOf(map);
	}

	private record Rule(Pattern pattern, java.util.function.BiFunction<Matcher, Context, Resolved> resolver,
			List<String> triggers) {

		Rule(String regex, java.util.function.BiFunction<Matcher, Context, Resolved> resolver) {
			// Starting only at word starts makes the engine give up at once inside words: most of the time spent.
			this(Pattern.compile("(?<![\\p{L}\\d])(?:" + regex + ")"), resolver, List.of());
		}

		/** The rule runs only on texts with one of these words, which its pattern cannot match without: a scan saved. */
		Rule when(String... words) {
			return new Rule(pattern, resolver, List.of(words));
		}

		boolean mayMatch(String folded) {
			return triggers.isEmpty() || triggers.stream().anyMatch(folded::contains);
		}
	}

	private record Found(int start, int end, Resolved resolved) {
	}

	private record Resolved(LocalDate start, LocalDate end, DatePrecision precision, @Nullable String warning) {
	}

	/** What a resolver needs besides its match: the original text, the meeting date and the language. */
	private record Context(String text, LocalDate meeting, String lang, Matcher matcher) {

		/** A day and month without a year fall on their next occurrence on or after the meeting. */
		LocalDate dayMonth(int day, int month, @Nullable Integer year) {
			if (year != null) {
				return LocalDate.of(year, month, day);
			}
			LocalDate date = LocalDate.of(meeting.getYear(), month, day);
			return date.isBefore(meeting) ? LocalDate.of(meeting.getYear() + 1, month, day) : date;
		}

		/** A month without a year is the next one that has not ended by the meeting. */
		YearMonth month(int month, @Nullable Integer year) {
			if (year != null) {
				return YearMonth.of(year, month);
			}
			YearMonth candidate = YearMonth.of(meeting.getYear(), month);
			return candidate.isBefore(YearMonth.from(meeting)) ? candidate.plusYears(1) : candidate;
		}

		int yearOf(String expression, @Nullable String explicitYear, int lastMonth) {
			if (explicitYear != null) {
				return Integer.parseInt(explicitYear);
			}
			if (expression.contains("next") || expression.contains("proximo") || expression.contains("prochain")) {
				return meeting.getYear() + 1;
			}
			if (expression.matches(".*\\b(este|this|presente|neste|deste|cette|ano|year|annee)\\b.*")) {
				return meeting.getYear();
			}
			return YearMonth.of(meeting.getYear(), lastMonth).isBefore(YearMonth.from(meeting)) ? meeting.getYear() + 1
					: meeting.getYear();
		}

		Resolved period(LocalDate start, LocalDate end) {
			return new Resolved(start, end, DatePrecision.PERIOD, null);
		}

		/** "may" and "march" are English words too: as months they are written with a capital. */
		boolean plausibleEnglishMonth(int foldedOffset, String word) {
			if (word.equals("may") || word.equals("march") || word.equals("mar")) {
				return Character.isUpperCase(text.charAt(foldedOffset));
			}
			if (word.equals("marco")) {
				return text.substring(foldedOffset, foldedOffset + 5).toLowerCase(Locale.ROOT).contains("ç");
			}
			return true;
		}

		@Nullable String weekdayWarning(@Nullable String weekdayWord, LocalDate date) {
			if (weekdayWord == null) {
				return null;
			}
			DayOfWeek said = weekday(weekdayWord);
			if (said == date.getDayOfWeek()) {
				return null;
			}
			return "'" + weekdayWord + "' does not match " + date + ", which is a "
					+ date.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
		}
	}
}
