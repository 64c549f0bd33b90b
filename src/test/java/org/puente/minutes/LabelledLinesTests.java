package org.puente.minutes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** Lines that each open with a bold decisions label, written one under the other in one paragraph. */
class LabelledLinesTests {

	@Test
	void readsEachLabelledLineOfAParagraphAsAnItem() {
		String text = """
				## Sprint review

				The velocity dropped again this week.

				**Decision** The demo moves to Thursday afternoon
				**Action:** Rita to send the new invitation
				with the room number
				""";
		MinutesReading.Result result = TestFiles.READING.read(text, LocalDate.of(2025, 4, 9), Optional.of("en"));
		assertThat(result.items()).extracting(MinutesItem::text).containsExactly(
				"**Decision** The demo moves to Thursday afternoon",
				"**Action:** Rita to send the new invitation with the room number");
		MinutesItem second = result.items().get(1);
		assertThat(text.substring(second.span().start(), second.span().end())).startsWith("**Action:** Rita");
	}

	@Test
	void tellsALabelledLine() {
		assertThat(SectionCues.labelled("**Decision** The demo moves")).isTrue();
		assertThat(SectionCues.labelled("- *Agreed:* to keep the budget")).isTrue();
		assertThat(SectionCues.labelled("**Rita** presented the figures")).isFalse();
	}
}
