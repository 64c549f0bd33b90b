package org.puente.minutes;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.jspecify.annotations.Nullable;

/**
 * One item read from minutes (a decision, an agreement, a task), to be reviewed before it enters a register.
 *
 * @param number the item's own number or letter in the minutes, else its position from 1
 * @param theme the section heading the item falls under, if any
 * @param span where its words are in the text that was read
 * @param responsible who must act
 * @param mentioned actors named without being asked to act (recipients, hosts, partners)
 * @param confidence how sure the reader is that this is an agreement, 0..1
 */
public record MinutesItem(String number, @Nullable String theme, String text, @JsonIgnore TextSpan span,
		List<ItemParty> responsible, List<ItemParty> mentioned, List<ItemDate> dates, double confidence) {

	public MinutesItem {
		responsible = List.copyOf(responsible);
		mentioned = List.copyOf(mentioned);
		dates = List.copyOf(dates);
	}
}
