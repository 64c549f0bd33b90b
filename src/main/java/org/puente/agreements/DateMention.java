package org.puente.agreements;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.puente.i18n.DatePrecision;
import org.puente.minutes.ItemDate;

/**
 * A date expression of an agreement resolved against the meeting date.
 *
 * @param expression the words as written, with the cue that classifies them ("a más tardar el lunes 12 de junio")
 * @param start first day the expression covers
 * @param end last day it covers, the same as start for a single day
 * @param warning why the reader should check the expression (a weekday that does not match the date), else null
 */
public record DateMention(String expression, LocalDate start, LocalDate end, DatePrecision precision, DateKind kind,
		@Nullable String warning) {

	static DateMention of(ItemDate date) {
		DateKind kind = date.kind() == ItemDate.Kind.DEADLINE ? DateKind.DEADLINE : DateKind.EVENT;
		return new DateMention(date.expression(), date.start(), date.end(), date.precision(), kind, date.warning());
	}
}
