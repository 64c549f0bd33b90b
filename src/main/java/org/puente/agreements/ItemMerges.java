package org.puente.agreements;

import java.util.ArrayList;
import java.util.List;

/**
 * Joining two proposed agreements, and taking a join apart again. A merge remembers the items it joined, as they were;
 * a split where one of them began gives them back with their keys, numbers, parties and dates (walk of 5 December
 * evening #15: merged by mistake and split again, no. 7 came back as "6b", and confirming a new version of the
 * minutes then cancelled agreement 7 and created a "6b" without its progress). A correction of the merged item makes
 * it the reviewer's own: it forgets what it was made of, and a split then reads both halves again.
 */
final class ItemMerges {

	private ItemMerges() {
	}

	/** {@code a} and {@code b} as one item, under {@code a}'s key and number, remembering both. */
	static ReviewItem merge(ReviewItem a, ReviewItem b) {
		List<ReviewItem> parts = new ArrayList<>(parts(a));
		parts.addAll(parts(b));
		return new ReviewItem(a.key(), a.number(), a.theme() != null ? a.theme() : b.theme(),
				a.text() + "\n" + b.text(), ReviewItems.union(a.responsible(), b.responsible()),
				ReviewItems.union(a.mentioned(), b.mentioned()), ReviewItems.union(a.dates(), b.dates()),
				a.sourceStart() >= 0 ? a.sourceStart() : b.sourceStart(), Math.max(a.sourceEnd(), b.sourceEnd()),
				parts);
	}

	/**
	 * Cuts the merged item at {@code i} into {@code first} and {@code second} as they were before the merge, when the
	 * cut falls where one of the joined items began and the text is still theirs; a half made of several joined items
	 * stays merged. Returns false, changing nothing, otherwise (or when the second's key was given to another item).
	 */
	static boolean unmerge(List<ReviewItem> items, int i, String first, String second) {
		ReviewItem item = items.get(i);
		List<ReviewItem> parts = item.merged();
		for (int k = 1; k < parts.size(); k++) {
			if (text(parts.subList(0, k)).equals(first) && text(parts.subList(k, parts.size())).equals(second)) {
				ReviewItem one = join(parts.subList(0, k));
				ReviewItem two = join(parts.subList(k, parts.size()));
				if (!one.key().equals(item.key()) || items.stream().anyMatch(other -> other.key().equals(two.key()))) {
					return false;
				}
				items.set(i, one);
				items.add(i + 1, two);
				return true;
			}
		}
		return false;
	}

	private static List<ReviewItem> parts(ReviewItem item) {
		return item.merged().isEmpty() ? List.of(item) : item.merged();
	}

	private static ReviewItem join(List<ReviewItem> parts) {
		ReviewItem joined = parts.get(0);
		for (ReviewItem next : parts.subList(1, parts.size())) {
			joined = merge(joined, next);
		}
		return joined;
	}

	private static String text(List<ReviewItem> parts) {
		return String.join("\n", parts.stream().map(ReviewItem::text).toList()).strip();
	}
}
