package org.puente.minutes.dates;

import java.util.List;

/**
 * Whether "04/05" is the 4th of May or April 5th. Spanish, Portuguese and French write the day first; English does
 * either. The text itself is the evidence: a numeric date that can be read one way only ("14/06", "06/14") or, in
 * English, the order of written dates ("14 June" or "June 14") says how its other dates are written. With no evidence
 * in English, the reading nearest the meeting is taken.
 *
 * @param order how to read a numeric date whose both numbers could be the month
 * @param sure false when that order is a guess, and such dates are flagged
 */
record NumericOrder(Order order, boolean sure) {

	enum Order {
		DAY_FIRST, MONTH_FIRST, NEAREST
	}

	static NumericOrder of(List<Token> tokens, String lang) {
		int dayFirst = 0;
		int monthFirst = 0;
		for (int i = 0; i + 2 < tokens.size(); i++) {
			Token a = tokens.get(i);
			Token b = tokens.get(i + 2);
			// "01/04/24": the month and a two-digit year are no evidence of the order ("04/24" is not April 24th)
			boolean yearAfterMonth = i >= 2 && a.tight() && tokens.get(i - 1).cls() == '/' && tokens.get(i - 2).cls() == 'n';
			if (!yearAfterMonth && a.cls() == 'n' && tokens.get(i + 1).cls() == '/' && b.cls() == 'n' && b.tight()) {
				dayFirst += a.value() > 12 && b.value() <= 12 ? 1 : 0;
				monthFirst += b.value() > 12 && a.value() <= 12 ? 1 : 0;
			}
		}
		boolean english = lang.equals("en");
		if (dayFirst > 0 != monthFirst > 0) {
			return new NumericOrder(dayFirst > 0 ? Order.DAY_FIRST : Order.MONTH_FIRST, english || dayFirst > 0);
		}
		if (!english) {
			return new NumericOrder(Order.DAY_FIRST, true);
		}
		int namedDayFirst = 0;
		int namedMonthFirst = 0;
		for (int i = 0; i + 1 < tokens.size(); i++) {
			char a = tokens.get(i).cls();
			char b = tokens.get(i + 1).cls();
			namedMonthFirst += (a == 'M' || a == 'a') && (b == 'n' || b == 'o') ? 1 : 0;
			namedDayFirst += (a == 'n' || a == 'o') && (b == 'M' || b == 'a') ? 1 : 0;
		}
		if (namedDayFirst == namedMonthFirst) {
			return new NumericOrder(Order.NEAREST, false);
		}
		return new NumericOrder(namedDayFirst > namedMonthFirst ? Order.DAY_FIRST : Order.MONTH_FIRST, false);
	}
}
