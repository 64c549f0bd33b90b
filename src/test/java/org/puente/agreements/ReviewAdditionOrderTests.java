package org.puente.agreements;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Where an added item goes among the proposed ones, and which number it takes. */
class ReviewAdditionOrderTests {

	private static ReviewItem item(String key, String number, int start) {
		return new ReviewItem(key, number, null, "texto " + key, List.of(), List.of(), List.of(), start,
				start < 0 ? -1 : start + 10);
	}

	private static List<String> numbers(List<ReviewItem> items) {
		return items.stream().map(i -> i.key() + ":" + i.number()).toList();
	}

	@Test
	void aSuggestionGoesAfterTheLastItemThatStartsBeforeItAndPositionalNumbersFollow() {
		List<ReviewItem> items = new ArrayList<>(List.of(item("i1", "1", 10), item("i2", "2", 50), item("i3", "3", 90)));
		ReviewItem suggestion = item("s1", "", 70);
		ReviewAdditions.insert(items, ReviewAdditions.position(items, suggestion), suggestion);
		assertThat(numbers(items)).containsExactly("i1:1", "i2:2", "s1:3", "i3:4");
	}

	@Test
	void theMinutesOwnNumbersStayAndTheAddedItemTakesOneBesideThem() {
		List<ReviewItem> items = new ArrayList<>(List.of(item("i1", "3.1", 10), item("i2", "3.2", 50)));
		ReviewItem between = item("s1", "", 30);
		ReviewAdditions.insert(items, ReviewAdditions.position(items, between), between);
		ReviewItem typed = item("t1", "", -1);
		ReviewAdditions.insert(items, ReviewAdditions.position(items, typed), typed);
		ReviewItem first = item("s2", "", 0);
		ReviewAdditions.insert(items, ReviewAdditions.position(items, first), first);
		ReviewItem own = item("s3", "3.1", 60);
		ReviewAdditions.insert(items, ReviewAdditions.position(items, own), own);
		assertThat(numbers(items)).containsExactly("s2:0a", "i1:3.1", "s1:3.1a", "i2:3.2", "s3:3.1aa", "t1:3.2a");

		List<ReviewItem> lettered = new ArrayList<>(List.of(item("i1", "7", 10), item("i2", "9", 50)));
		ReviewAdditions.insert(lettered, lettered.size(), item("t1", "", -1));
		assertThat(numbers(lettered)).containsExactly("i1:7", "i2:9", "t1:10");
	}
}
