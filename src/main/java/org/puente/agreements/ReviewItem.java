package org.puente.agreements;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.puente.directory.Conference;
import org.puente.minutes.MinutesItem;
import org.puente.minutes.MinutesReading;

/**
 * One proposed agreement while its minutes are under review, as the secretariat corrected it so far.
 *
 * @param key stable within the review, so the page can point at the item's highlight in the source text
 * @param sourceStart where the item's words start in the source text, -1 when they cannot be found (after a merge
 *        or a rewrite)
 * @param merged the items a merge joined into this one, each as it was before (empty for an item never merged), so
 *        that splitting it where one of them began gives them back ({@link ItemMerges})
 */
record ReviewItem(String key, String number, @Nullable String theme, String text, List<PartyReference> responsible,
		List<PartyReference> mentioned, List<DateMention> dates, int sourceStart, int sourceEnd,
		List<ReviewItem> merged) {

	/**
	 * How many suggestions a review keeps: as many candidates as the reading has, up to the extractor's most; the
	 * page shows them ten at a time (walk of 5 December #9: with ten kept, the rest were typed again).
	 */
	static final int KEPT_SUGGESTIONS = 100;

	ReviewItem {
		responsible = List.copyOf(responsible);
		mentioned = List.copyOf(mentioned);
		dates = List.copyOf(dates);
		merged = merged == null ? List.of() : List.copyOf(merged); // reviews stored before merges were remembered
	}

	/** An item that is not the result of a merge. */
	ReviewItem(String key, String number, @Nullable String theme, String text, List<PartyReference> responsible,
			List<PartyReference> mentioned, List<DateMention> dates, int sourceStart, int sourceEnd) {
		this(key, number, theme, text, responsible, mentioned, dates, sourceStart, sourceEnd, List.of());
	}

	static ReviewItem of(String key, ExtractedAgreement a, int sourceStart, int sourceEnd) {
		return new ReviewItem(key, a.number(), a.theme(), a.text(), a.responsible(), a.mentioned(), a.dates(),
				sourceStart, sourceEnd);
	}

	/**
	 * The items the reading proposed (or suggested) for minutes of these conferences, keyed {@code prefix} and their
	 * position from 1, each at its span in the source.
	 */
	static List<ReviewItem> proposed(List<MinutesItem> read, String prefix, List<Conference> processes,
			MinutesReading reading, Locale locale) {
		List<ReviewItem> items = new ArrayList<>();
		for (int i = 0; i < read.size(); i++) {
			MinutesItem item = read.get(i);
			ExtractedAgreement proposed = BareSecretariat.resolve(ExtractedAgreement.of(item), processes, reading,
					locale);
			items.add(of(prefix + (i + 1), proposed, item.span().start(), item.span().end()));
		}
		return items;
	}

	/** This item with another number. */
	ReviewItem numbered(String newNumber) {
		return new ReviewItem(key, newNumber, theme, text, responsible, mentioned, dates, sourceStart, sourceEnd,
				merged);
	}
}
