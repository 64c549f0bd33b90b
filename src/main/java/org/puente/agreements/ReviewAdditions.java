package org.puente.agreements;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.puente.minutes.MinutesReading;
import org.puente.minutes.TextSpan;
import org.puente.refusal.RefusalKind;
import org.puente.refusal.RefusedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the reading missed, added to a proposal under review: one of its suggestions, taken where it stands in the
 * minutes, or an item the reviewer types. Each addition is a review step like the others: same rights, the review's
 * version checked, audited ({@link Reviews#change}).
 */
@Service
class ReviewAdditions {

	private final Reviews reviews;

	private final MinutesReading reading;

	ReviewAdditions(Reviews reviews, MinutesReading reading) {
		this.reviews = reviews;
		this.reading = reading;
	}

	/** The review, to show again with what was typed. */
	@Transactional(readOnly = true)
	public Review review(UUID id) {
		return reviews.get(id);
	}

	/** Moves a suggestion into the items, in the order of the minutes; returns its key. */
	@Transactional
	@PreAuthorize("hasAnyRole('ADMIN', 'SECRETARIAT')")
	public String addSuggestion(UUID id, long version, String key) {
		reviews.change(id, version, Reviews.PRESSED, "Added suggested item " + key, (items, suggestions) -> {
			ReviewItem added = suggestions.remove(ReviewItems.indexOf(suggestions, key,
					"agreements.review.suggestionNotFound"));
			insert(items, position(items, added), added);
		});
		return key;
	}

	/**
	 * Takes a suggestion out of the list, not an agreement (suggest19): the reviewer goes through the suggestions
	 * one by one, and what is left is what has not been judged yet.
	 */
	@Transactional
	@PreAuthorize("hasAnyRole('ADMIN', 'SECRETARIAT')")
	public void dismissSuggestion(UUID id, long version, String key) {
		reviews.change(id, version, Reviews.PRESSED, "Dismissed suggested item " + key, (items, suggestions) ->
				suggestions.remove(ReviewItems.indexOf(suggestions, key, "agreements.review.suggestionNotFound")));
	}

	/** Adds an item the reviewer typed after the others, its parties and dates read from its words; returns its key. */
	@Transactional
	@PreAuthorize("hasAnyRole('ADMIN', 'SECRETARIAT')")
	public String addTyped(UUID id, long version, String text) {
		ItemCorrection.textError(text).ifPresent(error -> {
			throw new RefusedException(RefusalKind.INVALID, error);
		});
		String typed = text.strip();
		Review review = reviews.get(id);
		Set<String> keys = review.items().stream().map(ReviewItem::key).collect(Collectors.toSet());
		int n = 1;
		while (keys.contains("t" + n)) {
			n++;
		}
		String key = "t" + n;
		reviews.change(id, version, Reviews.TYPED, "Added typed item " + key, (items, suggestions) -> {
			Locale locale = Locale.forLanguageTag(review.getLanguage());
			ExtractedAgreement read = BareSecretariat.resolve(ExtractedAgreement.of(reading.readItem("", null, typed,
					review.meeting().date(), review.getLanguage())), review.meeting().processes(), reading, locale);
			TextSpan span = MinutesReading.locate(review.getSourceText(), List.of(typed)).get(0);
			insert(items, items.size(), ReviewItem.of(key, read, span.start(), span.end()));
		});
		return key;
	}

	/**
	 * Where an item goes in the order of the minutes: after the last located item that starts before it (so that items
	 * typed by hand stay after those of the minutes), first when none does; at the end when it is not located.
	 */
	static int position(List<ReviewItem> items, ReviewItem added) {
		if (added.sourceStart() < 0) {
			return items.size();
		}
		int at = 0;
		for (int i = 0; i < items.size(); i++) {
			if (items.get(i).sourceStart() >= 0 && items.get(i).sourceStart() < added.sourceStart()) {
				at = i + 1;
			}
		}
		return at;
	}

	/**
	 * Inserts the item at {@code at}. Items numbered by their position (1, 2, 3 …, as the reading numbers minutes
	 * without numbers of their own) are numbered again; otherwise the item keeps its own number, or takes the number
	 * after the last one's, or the one above it with a letter ("3.2a"; "0a" first), as a split does with "b".
	 */
	static void insert(List<ReviewItem> items, int at, ReviewItem item) {
		boolean positional = true;
		for (int i = 0; i < items.size(); i++) {
			positional &= items.get(i).number().equals(String.valueOf(i + 1));
		}
		items.add(at, item);
		if (positional) {
			for (int i = 0; i < items.size(); i++) {
				items.set(i, items.get(i).numbered(String.valueOf(i + 1)));
			}
			return;
		}
		Set<String> used = items.stream().filter(i -> i != item).map(ReviewItem::number).collect(Collectors.toSet());
		String above = at == 0 ? "0" : items.get(at - 1).number();
		String number = !item.number().isBlank() ? item.number()
				: at == items.size() - 1 && above.matches("\\d{1,9}") ? String.valueOf(Integer.parseInt(above) + 1)
				: above + "a";
		while (used.contains(number)) {
			number = number + "a";
		}
		items.set(at, item.numbered(number));
	}
}
