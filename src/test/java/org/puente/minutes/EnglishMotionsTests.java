package org.puente.minutes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A motion or a vote told by who moved it or by the body that voted: board and association minutes in English record
 * the decision there ("Peter moved that …", "Motion: That …", "The PLC voted to approve …", "… (unanimous vote)"), and
 * the corpus labels that line. Made-up lines of the shapes found in the development parts.
 */
class EnglishMotionsTests {

	@ParameterizedTest
	@ValueSource(strings = { "Peter moved that the President's report be adopted and Rod agreed.",
			"Ian moved the Treasurer's Report be accepted and Peter agreed.",
			"Seth KC0ODE moved for $300 for the Technical Committee to purchase a new antenna",
			"Member Kattouw moved to approve the five questions, seconded by Member Hage.",
			"Motion: That the club accept and use a chess.com account. Moved by Matt, seconded by Rob.",
			"**Motion:** That the meetup subscription is allowed to expire at the end of the month.",
			"Motion to approve the Treasurer's Report as modified by Mark",
			"The PLC voted to approve maintainer grant requests. (4/5 with 1 abstention)",
			"The Governing Body approved the holding of the Regional Meeting in Santiago.",
			"Audience also agreed to replace the current statement with a new one.",
			"**Andrew Inglis** is confirmed as Secretary (unanimous vote)" })
	void aMotionOrAVoteStatesADecision(String line) {
		assertThat(SectionCues.inline(line)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "Christopher Allison moved to the CSPS", "Motion to adjourn by Kirk",
			"MOTION: That this meeting be adjourned.",
			"Ms. Peck indicated that four metrics moved from yellow to green",
			"The board discussed the budget at length.", "Members were asked to vote by the end of the month." })
	void aMoveOrADiscussionIsNone(String line) {
		assertThat(SectionCues.inline(line)).isFalse();
	}

	@Test
	void theMotionsOfABoardAreItsItems() {
		String text = """
				# Annual general meeting

				## Reports
				The President presented her report on the year.

				Peter moved that the President's report be adopted and Rod agreed.

				## Subscriptions
				Motion: That the meetup subscription is allowed to expire at the end of the month.

				The treasurer explained the costs of the hall.
				""";
		assertThat(TestFiles.readText(text, "en").items()).extracting(MinutesItem::text)
			.anySatisfy(t -> assertThat(t).startsWith("Peter moved that the President's report be adopted"))
			.anySatisfy(t -> assertThat(t).startsWith("Motion: That the meetup subscription"))
			.noneSatisfy(t -> assertThat(t).contains("The treasurer explained"))
			.noneSatisfy(t -> assertThat(t).contains("The President presented"));
	}
}
