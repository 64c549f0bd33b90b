package org.puente.minutes.dates;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.puente.i18n.DatePrecision;

/**
 * A date expression found in minutes, resolved to the days it covers.
 *
 * @param start offset of the expression's first character in the text given to the tagger
 * @param end offset just after its last character
 * @param text the words as written, with an adjacent deadline cue ("a más tardar el lunes 12 de junio", "by Wednesday")
 * @param first the first day the expression covers
 * @param last the last day it covers, equal to first for a single day
 * @param precision the unit the words speak in, one of {@link DatePrecision#WORDS}: "14 de junio" is a day, "Q3" a
 *        quarter, "7 y 8 de septiembre" still days
 * @param kind whether the words say it is a limit, the date of an event, or neither
 * @param ambiguous true when the reading had to choose (see {@code warningKey} for why)
 * @param warningKey why the reader should check the date ({@code date.weekday-only}, {@code date.day-month-order},
 *        {@code date.year-guessed}, {@code date.weekday-mismatch}, {@code date.relative-mismatch},
 *        {@code date.several-in-cell}), null when not ambiguous
 */
public record TemporalMention(int start, int end, String text, LocalDate first, LocalDate last, DatePrecision precision,
		Kind kind, boolean ambiguous, @Nullable String warningKey) {

	/**
	 * DEADLINE when a limit word governs the date (a más tardar, antes de, hasta, by, until, até, prazo, d'ici, au plus
	 * tard…), EVENT when an event word does (se realizará, will be held, reunião, aura lieu…), VAGUE when none says.
	 */
	public enum Kind {
		DEADLINE, EVENT, VAGUE
	}

	public TemporalMention {
		if (last.isBefore(first)) {
			throw new IllegalArgumentException("last day " + last + " before first day " + first);
		}
	}

	/** The same days read with a warning. */
	TemporalMention warn(String key) {
		return new TemporalMention(start, end, text, first, last, precision, kind, true, key);
	}

	/** The same days with another kind: the item or the column around the words knows more than they say. */
	public TemporalMention withKind(Kind newKind) {
		return new TemporalMention(start, end, text, first, last, precision, newKind, ambiguous, warningKey);
	}
}
