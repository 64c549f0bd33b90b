package org.puente.minutes.dates;

import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The patterns of date expressions, written over token classes: the tokenizer turns each word, number or sign into
 * one character, and each rule is a regular expression over that string (spaces in a rule are for reading). Rules run
 * from the most to the least specific; tokens taken by one are not read by the next.
 *
 * <pre>
 * n number (1-2 digits)   o ordinal (14th, 1er, 1º, primero, last = -1)   Y year 1900-2099   9 other number
 * w number word           M month name     a month abbreviation            W weekday
 * A pt segunda/quarta/quinta/sexta (weekday or ordinal)                   Q Q1-Q4   L H1/H2   c w/c
 * d de/of/du/do           t article (el, the, le, o, na)                  D day(s)  U week  V month  Z year
 * R quarter/trimestre     H half/semestre (I mid/mitad after an ordinal: a half)  F fortnight/quincena           P next    T this/current
 * B early/principios      I mid/mediados   E end/finales/fin              X finalizar/terminar
 * K by/before/hasta/até/d'ici   G within/plazo/délai   J in/en/em/dans (value 1: during, for)   S from/desde/entre
 * j to/al/au   y and/y/e/et   N today/tomorrow   O working (días hábiles)   C deadline/due/fecha límite
 * e EOW/EOM/EOY, weekend   p past/pasado/passada/précédent (after or before a weekday; "last" is o = -1)
 * h a fixed feast (Navidad, Noël, Natal: value month*100+day)   k a feast counted from Easter (Viernes Santo: -2)
 * / . - , ( ) :  signs    _ blank line or table column    x any other word   ~ any other sign
 * </pre>
 */
final class Grammar {

	private static final String DAY = "[no]";

	/** A month, by name or abbreviated ("Sept.", "jun."). */
	private static final String MON = "(?: M | a \\.? )";

	/** A year after a date: "de 2017", ", 2025", "del año 2000", "del próximo año", "de l'année prochaine", "novembro/2012", "January next year". */
	private static final String YEAR = "(?: ,?d?t?Z?Y | / Y | d? t? [TP] Z | d? t? Z [TP] )";

	/** After a quarter or half: "del año 2000", "de 2018", "del próximo año", "2025" ("la segunda mitad" needs it). */
	private static final String OF_YEAR = "(?: [dt]* (?: Z [dt]* )? Y | [dt]* (?: [TP] Z | Z [TP]? ) | Y )";

	private static final String WEEKDAY = "(?: [WA] ,? t? D? )";

	/** Not inside a longer figure ("1.2.3", "12/04/2025/3"); after a word's full stop it may start ("lun. 19/05", "seg. 19/05"). */
	private static final String NOT_IN_NUMBER = "(?<! [/\\-] ) (?<! [^x] \\. ) (?<! ^\\. ) ";

	/** After a day with no month: no month, unit, figure or further day follows ("el 20 de…", "20/4", "20 días"); a full stop ends it. */
	private static final String NO_MONTH_AFTER = " (?! [/\\-~] | \\. [nY] | d | [DUVZMaWAQRHy] | , [no] )";

	record Rule(String name, Pattern pattern, String anchors, Function<Match, List<Resolved>> resolver) {

		/** Runs only on texts whose tag string has one of the anchor classes: most rules skip most texts. */
		boolean mayMatch(boolean[] present) {
			for (int i = 0; i < anchors.length(); i++) {
				if (present[anchors.charAt(i)]) {
					return true;
				}
			}
			return false;
		}
	}

	static final List<Rule> RULES = List.of(
			rule("weekend of a day", "(?: e | E d U ) [dS] t? D? ( " + DAY + " (?: y t? " + DAY + " )? d? " + MON + YEAR + "? | " + MON
					+ DAY + " (?: ,? Y )? )", "eU", ShortDayRules::weekendOf),
			// the weekday before either day stays in the range: "samedi 13 février et le 12 mars", "Saturday 13 February or 12 March"
			rule("range of days across months", "(?:[dSt]t?)? " + WEEKDAY + "? ( D? " + DAY + " d? " + MON + YEAR + "? ) ( [jyK-] ) t? "
					+ WEEKDAY + "? ( D? " + DAY + " d? " + MON + YEAR + "? )", "Ma", DayRules::crossRange),
			rule("month-first range across months", "( " + MON + DAY + " ) [j-] ( " + MON + DAY + " ) (?: ,? Y )?", "Ma",
					DayRules::monthFirstCrossRange),
			rule("range of days", "(?:[dSt]t?)? " + WEEKDAY + "? D? ( " + DAY + " (?: ,t? " + DAY + " )* ,? ) ( [jyK/-] ) t? " + WEEKDAY + "? D? ( " + DAY
					+ " ) d? ( " + MON + " ) ( " + YEAR + " )?", "Ma", DayRules::dayRange),
			rule("month-first range of days", "(?:[WA],?)? ( " + MON + " ) ( " + DAY + " ) ( [jy-] ) ( " + DAY
					+ " ) (?: ,? Y )?", "Ma", DayRules::monthFirstDayRange),
			rule("week from a day", "(?: t? U (?: [dS] | B )? | c ) t? D? ( " + DAY + " d? " + MON + YEAR + "? )", "Uc",
					DayRules::weekFrom),
			rule("week from a numeric day", "(?: t? U (?: [dS] | B )? | c ) t? D? ( n ([/.\\-]) n (?: \\2 [Yn] )? ) (?! [/.\\-] [nY] )",
					"Uc", NumericDayRules::weekFromNumeric),
			rule("week from a month-first day", "t? U d ( " + MON + DAY + " (?: ,? Y )? )", "U", DayRules::weekFrom),
			rule("week by its number", "t? U ( n ) (?: [yj-] t? ( n ) )? (?: ,? d? Y )? (?! [/.\\-] [nY] | d? t? [Ma] | [DUVZ] )",
					"U", ShortDayRules::weekNumber),
			rule("week from a day alone", "t? U (?: [dS] t? D? | D ) ( [no] )" + NO_MONTH_AFTER, "U", ShortDayRules::weekFromDay),
			rule("day of this or next month", DAY + " (?: d t? | (?= T ) ) (?: [TP] V | V [TP]? ) | " + DAY + " d? T", "VT",
					DayRules::dayOfNamedMonth),
			rule("end of a week, month or year in short, the weekend", "(?: K [dtj]* )? (?: [TP] t? )? e P?", "e",
					ShortDayRules::shortEnd),
			rule("end of a week", "(?: K [dtj]* )? E [dt]* (?: [TP] U | U [TP]? )", "U", ShortDayRules::endOfWeek),
			rule("part of this or next month", "(?: K [dtj]* )? (?: [BIE] | K [dtjx]{0,2} X ) [dt]* (?: [TP] V | V [TP]? ) (?! [dt]* [Ma] )", "V",
					PeriodRules::partOfRelativeMonth),
			rule("before the end of a month", "(?: K [dtj]* [EX] | X ) [dt]* (?: V [dt]* )? ( M " + YEAR + "? )", "M",
					PeriodRules::endOfNamedMonth),
			rule("end of a quarter or half", "(?: K [dt]* )? E [dt]* [QL] (?: [-/]? d? Y )?", "QL", PeriodRules::endOfQuarter),
			rule("end of this or next quarter or half", "(?: K [dtj]* )? (?: E | K [dtjx]{0,2} X ) [dt]* (?: [TP] [RH] | [RH] [TP]? )"
					+ " (?! [dt]* (?: Z | Y ) )", "RH", PeriodRules::endOfRelativePeriod),
			rule("before the end of the year", "K [dtj]* [EX] [dt]* (?: [TP] Z | Z [TP]? | Y )", "ZY",
					PeriodRules::endOfYear),
			rule("weekday of a month", "[oA] [WA] [dt]* (?: V [dt]* )? ( M " + YEAR + "? ) | [oA] [WA] [dt]* ( [TP] V | V [TP]? )",
					"WA", PeriodRules::weekdayOfMonth),
			rule("parts of two months", "(?: S t? )? [BIE] -? [dt]* M [/jy-] t? [BIE] -? [dt]* M ( " + YEAR + " )?", "M",
					PeriodRules::partsOfMonths),
			rule("part of a month", "(?<! [oA] ) [BIE] -? [dt]* (?: V [dt]* )? ( M " + YEAR + "? )", "M", PeriodRules::partOfMonth),
			rule("part of a year", "(?<! [oA] ) [BIE] -? [dt]* (?: [TP] Z | Z [TP]? | Y )", "ZY", PeriodRules::partOfYear),
			rule("day of a month by its ordinal", "[oA] D [dt]* (?: V [dt]* )? ( M " + YEAR + "? )", "D",
					PeriodRules::ordinalDay),
			rule("week of a month", "[oA] U [dt]* (?: V [dt]* )? ( M " + YEAR + "? )", "U", PeriodRules::weekOfMonth),
			rule("half of a month", "[oA] [FHI] [dt]* (?: V [dt]* )? ( M " + YEAR + "? )", "FHI", PeriodRules::halfOfMonth),
			rule("quarter or half of a year", "[oA] [RH] " + OF_YEAR + "? | [oA] I " + OF_YEAR, "RHI",
					PeriodRules::quarterOrHalf),
			rule("business quarter", "[QL] (?: [-/]? d? Y )? | Y -? [QL]", "QL", PeriodRules::businessQuarter),
			rule("day, month and year", WEEKDAY + "? " + DAY + " d? " + MON + YEAR + "? | " + DAY + " ([-/.]) [Ma] (?: \\1 [Yn] )?",
					"Ma", DayRules::dayFirst),
			rule("month, day and year", "(?: W ,? )? " + MON + DAY + " (?: ,? Y | d Y )?", "Ma", DayRules::monthFirst),
			rule("ISO date", "Y ([-/.]) n \\1 n (?! [/.\\-] [nY9] )", "Y", NumericDayRules::iso), // not "Resolved (2012.03.16.01)"
			rule("numeric date", NOT_IN_NUMBER + WEEKDAY + "? n ([/.\\-]) n \\1 [Yn] (?! [/.\\-] [nY] )", "/.-",
					NumericDayRules::numeric),
			rule("numeric day and month", NOT_IN_NUMBER + WEEKDAY + "? n [/.] n (?! [/.\\-] [nY] )", "/.",
					NumericDayRules::numeric),
			rule("day and month with a hyphen, as a field", "(?<! [nY] [/.\\-] ) (?<! [/.] ) n - n (?! [/.\\-] [nY] )", "-",
					ShortDayRules::hyphenField),
			rule("day and its weekday in brackets", "( [no] ) \\( [WA] \\)", "WA", ShortDayRules::weekdayAndDay),
			rule("weekday and day of the month", "[WA] ,? t? (?: D ,? )? ( [no] )" + NO_MONTH_AFTER, "WA",
					ShortDayRules::weekdayAndDay),
			rule("two days alone", "(?: [tD] ,? ) ( [no] ) y t? D? ( [no] )" + NO_MONTH_AFTER + "(?! x )", "y",
					ShortDayRules::twoDaysAlone),
			rule("day of the month alone", "(?: (?: [KPJSC] :? ) [dt]* P? D | K [dj]* t | J t ) ( [no] )" + NO_MONTH_AFTER,
					"DKJ", ShortDayRules::dayAlone),
			rule("day of the month alone before a limit", "t D? ( [no] ) (?= K )", "K", ShortDayRules::dayBeforeLimit),
			rule("feast", "(?: [WA] d? t? )? [hk] (?: [WA] (?! ,? [no] ) )? (?: " + YEAR + " | P )?", "hk", Feasts::feast),
			// "last Tuesday", "el martes pasado", "mardi dernier", "Friday last week"; not "the last Tuesday of each month",
			// "the last Friday before the holidays"
			rule("past weekday", "[WA] (?: ,? | d t? ) (?: [op] U | U [op] ) | (?: T? [op] [WA] | [WA] [op] ) (?! [dtJ]* x? [dtJ]* [VMaUZ] | K )",
					"op", RelativeRules::pastWeekday),
			rule("weekday a week on", "[WA] U (?! [dSTPno,:(] ) | [WA] J w | w U [tS]? [WA]", "WA", RelativeRules::weekdayWeeksOn),
			rule("next weekday", "P t? [WA] | [WA] P (?! U )", "WA", RelativeRules::weekday),
			rule("weekday of this or next week", "[WA] (?: [,;(~] )? (?: [xSB] [dt]? | d t? )? (?: [TP] U | U [TP] )", "U",
					ShortDayRules::weekdayOfWeek),
			rule("this or next week", "P U | U P | T U", "U", RelativeRules::week),
			// "ce mois de novembre", "este mes de noviembre", "neste mês de novembro", "this month of November": the month named
			rule("this month by its name", "(?: T t? V | V T ) d ( M " + YEAR + "? )", "V", PeriodRules::month),
			rule("this or next month", "P V | V P | T V | V T", "V", RelativeRules::month),
			rule("this or next quarter or half", "P [RH] | [RH] P | T [RH] | [RH] T", "RH", RelativeRules::quarterOrHalf),
			rule("range of years", "Y [-/j] Y | S t? Y [jyK] t? Y", "Y", PeriodRules::yearRange),
			rule("consecutive months listed", "(?:[dS]t?)? ( M ) (?: [,/-] t? M )+ ,? [jy-] t? ( M ) ( " + YEAR + " )?", "M",
					PeriodRules::monthList),
			rule("range of months", "(?:[dS]t?)? ( M ) [jy-] t? ( M ) ( " + YEAR + " )? | ( [Ma] ) \\.? [/-] ( [Ma] ) ( " + YEAR + " )?",
					"Ma", PeriodRules::monthRange),
			// a month in short alone after a limit word: "by Sep", "hasta sep.", "até set", ending
			// the phrase (not "d'ici sept jours", "jusqu'à sept heures", "by Nov/2012")
			rule("month", "M " + YEAR + "? | a [,/]? d? Y | K [dt]{0,2} a (?= \\.? (?: [.,;:()\\-] | $ ) )", "Ma", PeriodRules::month),
			rule("month and year in figures", "(?<! [/.\\-] ) (?: [KCG] :? [dt]* )? n / Y (?! [/.\\-] [nY] )", "/", PeriodRules::numericMonth),
			rule("this or next year", "P Z | Z P | T Z | Z T", "Z", RelativeRules::year),
			rule("year", "(?: [KJGT] [dt]* (?: Z [dt]* )? | Z [dt]* )? Y", "Y", PeriodRules::year),
			rule("days from the meeting", "(?: [GJK] [dtwGK]{0,3} )? P? ( [nw] ) -? P? O? ( [DUVZ] ) O?", "DUVZ",
					RelativeRules::within),
			rule("within the week or month", "G t ( [UV] ) (?! [TPdno] )", "G", RelativeRules::withinPeriod),
			rule("end of the day", "(?: K [dtj]* )? E [dt]* D (?! ,? [no] )", "D", RelativeRules::endOfDay),
			rule("within a fortnight", "(?: [GJK] [dtwGK]{0,3} ) F (?! [dt]* [MaV] )", "F", RelativeRules::fortnight),
			rule("today or tomorrow", "N", "N", RelativeRules::fromToday),
			rule("weekday", "[WA]", "WA", RelativeRules::weekday),
			rule("end of the working day alone", "(?<! [WAnoMaNYe] ) (?<! [WAnoMaNYe] , ) K (?! [,:]? [dt]* [WAnoMaNe] )", "K", RelativeRules::endOfDay));

	private Grammar() {
	}

	private static Rule rule(String name, String pattern, String anchors, Function<Match, List<Resolved>> resolver) {
		return new Rule(name, Pattern.compile(pattern, Pattern.COMMENTS), anchors, resolver);
	}
}
