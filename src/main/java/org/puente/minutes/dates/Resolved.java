package org.puente.minutes.dates;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.puente.i18n.DatePrecision;

/**
 * The days a rule read, before the tagger adds the words' span and kind.
 *
 * @param fromToken first token of the words it covers, -1 for the whole match
 * @param toToken token after them, -1 for the whole match
 */
record Resolved(LocalDate first, LocalDate last, DatePrecision precision, @Nullable String warning, int fromToken,
		int toToken) {

	static List<Resolved> one(LocalDate first, LocalDate last, DatePrecision precision) {
		return List.of(new Resolved(first, last, precision, null, -1, -1));
	}

	static List<Resolved> day(LocalDate day) {
		return one(day, day, DatePrecision.DAY);
	}

	Resolved warn(@Nullable String key) {
		return key == null || warning != null ? this : new Resolved(first, last, precision, key, fromToken, toToken);
	}

	Resolved over(int from, int to) {
		return new Resolved(first, last, precision, warning, from, to);
	}

	List<Resolved> list() {
		return List.of(this);
	}
}
