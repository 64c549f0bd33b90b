package org.puente.minutes;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One item as cut out of the minutes, before its parties and dates are read.
 *
 * @param owners who must act as a table's responsible column writes it, when the item is a row
 * @param due the cells of a table's deadline column, read as dates
 */
record Segment(String number, @Nullable String theme, String text, List<String> owners, List<String> due) {

	Segment(String number, @Nullable String theme, String text) {
		this(number, theme, text, List.of(), List.of());
	}
}
