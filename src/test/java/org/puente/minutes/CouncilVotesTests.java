package org.puente.minutes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * How English boards and French councils record what they decide (enfr12, 5 December): a motion told by who made it
 * and who seconded it, a resolution labelled as such, a vote carried by a majority; and what they only report: the
 * mayor's decisions under delegation, a budget amendment's lines, a motion to approve the last minutes. Made-up lines
 * of the shapes found in the development parts (township boards, a technical committee, trustees, an association's
 * general assembly, a municipal council).
 */
class CouncilVotesTests {

	/** Each line with whether it states a decision: the motions, a resolution and majority votes do; a question does not. */
	@ParameterizedTest
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			true  | Motion by Dick Smith, second by Gary Jones to approve the transfer of $500 to the checking account.
			true  | Janet Keough made a motion to increase the clerk's hourly pay to $20 per hour.
			true  | Director Bagley made the motion to approve the May board calendar.
			true  | Thomas set motion to accept pull request #549.
			true  | Motion: postpone until after the director is hired. Seconded. Passed.
			true  | **Resolution**: Don't block the release for this feature.
			true  | NOW THEREFORE BE IT RESOLVED that the investment policies are reaffirmed.
			true  | Le versement du résultat au fonds associatif est donc approuvé à la majorité.
			true  | Ils sont donc élus à leurs postes respectifs à la majorité.
			false | Motion: does the committee want to adopt this scheme?
			false | Motion by Kim, second by Lee to adjourn at 9 pm.
			false | Kim made a motion to adjourn.
			false | The motion by Kim was discussed at length.
			false | Resolution of the conflict was discussed.
			""")
	void aMotionAResolutionOrAMajorityVoteStatesADecision(boolean states, String line) {
		assertThat(SectionCues.inline(line)).as(line).isEqualTo(states);
	}

	@ParameterizedTest
	@ValueSource(strings = { "Motion by Dick Smith, second by Gary Jones to transfer $1,500 from the money market account.",
			"Commissioner Thomas made a motion to rescind resolution #99-017.", "Kim motioned to amend library hours on Tuesdays." })
	void aMotionToldInAParagraphIsADecision(String sentence) {
		assertThat(Narrative.states(sentence)).isTrue();
	}

	@Test
	void aMotionToApproveTheMinutesIsProcedure() {
		assertThat(Procedural.is("Motion by Gary Mantay, second by Dick Dillon to approve the minutes with a few spelling corrections. Motion carried."))
			.isTrue();
		assertThat(Procedural.is("Motion by Gary Mantay, second by Dick Dillon to approve the transfer of $500.")).isFalse();
	}

	@Test
	void theMayorsDecisionsAndABudgetAmendmentAreNoSectionOfDecisions() {
		assertThat(SectionCues.heading("I – Compte-rendu des décisions du Maire :")).isEqualTo(SectionCues.Kind.NEVER);
		assertThat(SectionCues.heading("Décisions prises par M. le Maire")).isEqualTo(SectionCues.Kind.NEVER);
		assertThat(SectionCues.heading("II – Décisions modificatives budget ville")).isEqualTo(SectionCues.Kind.NEUTRAL);
		assertThat(SectionCues.heading("Décisions du conseil")).isEqualTo(SectionCues.Kind.DECISIONS);
		assertThat(Cues.isAgreementsHeading("Monsieur le Maire propose d’adopter un certain nombre de décisions modificatives, et notamment :"))
			.isFalse();
		assertThat(Cues.isAgreementsHeading("Après en avoir délibéré, le Conseil a pris les décisions suivantes :")).isTrue();
	}

	@Test
	void theMotionsOfATownshipBoardAreItsItems() {
		String text = """
				Minutes of the township board meeting

				The treasurer reported on the balances of the accounts and on the interest earned since the last
				meeting. Motion by Dick Smith, second by Gary Jones to transfer $1,500 from the money market account to the checking account. Motion carried by a unanimous vote.

				Janet Keough made a motion to increase the clerk's hourly pay to $20 per hour. Motion carried.

				Motion by Gary Jones, second by Dick Smith to approve the minutes as presented. Motion carried.
				""";
		assertThat(TestFiles.readText(text, "en").items()).extracting(MinutesItem::text)
			.anySatisfy(t -> assertThat(t).startsWith("Motion by Dick Smith, second by Gary Jones to"))
			.anySatisfy(t -> assertThat(t).startsWith("Janet Keough made a motion to increase"))
			.noneSatisfy(t -> assertThat(t).startsWith("Motion by Gary Jones, second by Dick Smith to approve the minutes"));
	}
}
