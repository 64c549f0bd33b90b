package org.puente.agreements;

import java.util.LinkedHashSet;
import java.util.List;

import org.puente.minutes.TextSpan;
import org.puente.refusal.NotFoundException;

/** Finding and joining the items of a review while it is edited ({@link Reviews}, {@link ReviewAdditions}). */
final class ReviewItems {

	private ReviewItems() {
	}

	/** Where the item of this key stands; a 404 when the review does not hold it. */
	static int indexOf(List<ReviewItem> items, String key) {
		return indexOf(items, key, "agreements.review.itemNotFound");
	}

	static int indexOf(List<ReviewItem> items, String key, String notFound) {
		for (int i = 0; i < items.size(); i++) {
			if (items.get(i).key().equals(key)) {
				return i;
			}
		}
		throw new NotFoundException(notFound);
	}

	static <T> List<T> union(List<T> a, List<T> b) {
		LinkedHashSet<T> all = new LinkedHashSet<>(a);
		all.addAll(b);
		return List.copyOf(all);
	}

	static TextSpan shifted(ReviewItem item, List<TextSpan> spans, int i) {
		if (spans.isEmpty() || spans.get(i).start() < 0) {
			return TextSpan.NONE;
		}
		return new TextSpan(item.sourceStart() + spans.get(i).start(),
				item.sourceStart() + spans.get(i).end());
	}
}
