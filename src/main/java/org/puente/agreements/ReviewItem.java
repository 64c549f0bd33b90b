package org.puente.agreements;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One proposed agreement while its minutes are under review, as the secretariat corrected it so far.
 *
 * @param key stable within the review, so the page can point at the item's highlight in the source text
 * @param sourceStart where the item's words start in the source text, -1 when they cannot be found (after a merge
 *        or a rewrite)
 */
record ReviewItem(String key, String number, @Nullable String theme, String text, List<PartyReference> responsible,
		List<PartyReference> mentioned, List<DateMention> dates, int sourceStart, int sourceEnd) {

	ReviewItem {
		responsible = List.copyOf(responsible);
		mentioned = List.copyOf(mentioned);
		dates = List.copyOf(dates);
	}

	static ReviewItem of(String key, ExtractedAgreement a, int sourceStart, int sourceEnd) {
		return new ReviewItem(key, a.number(), a.theme(), a.text(), a.responsible(), a.mentioned(), a.dates(),
				sourceStart, sourceEnd);
	}
}
