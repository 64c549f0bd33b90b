package org.puente.agreements;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.puente.minutes.MinutesItem;

/**
 * One agreement proposed from the minutes, to be reviewed by a secretariat before it becomes official.
 *
 * @param number the item's own number or letter in the minutes, else its position from 1
 * @param theme the section heading the item falls under, if any
 * @param responsible who must act
 * @param mentioned actors named without being asked to act (recipients, hosts, partners)
 */
public record ExtractedAgreement(String number, @Nullable String theme, String text, List<PartyReference> responsible,
		List<PartyReference> mentioned, List<DateMention> dates) {

	public ExtractedAgreement {
		responsible = List.copyOf(responsible);
		mentioned = List.copyOf(mentioned);
		dates = List.copyOf(dates);
	}

	/** The item the minutes reading proposed; parties named only in a table's words, not in the directory, stay out. */
	static ExtractedAgreement of(MinutesItem item) {
		return new ExtractedAgreement(item.number(), item.theme(), item.text(), PartyReference.of(item.responsible()),
				PartyReference.of(item.mentioned()), item.dates().stream().map(DateMention::of).toList());
	}
}
