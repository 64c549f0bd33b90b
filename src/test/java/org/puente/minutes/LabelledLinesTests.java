package org.puente.minutes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Lines that hold their decision after a label (bench/minutes-quality/README.md, "Headings and labels that hold the
 * decision, 6 December (fourth)"; made-up minutes): a Markdown heading that states the decision, a working group's
 * "Conclusion:" under a topic, and labelled outcomes among the points of plain-text minutes written as their agenda.
 */
class LabelledLinesTests {

	@Test
	void aHeadingThatStatesTheDecisionAfterItsLabelIsTheItem() {
		assertThat(TestFiles.itemTexts("""
				# Reunión de coordinación

				## Organización

				### Decisión: el equipo técnico no se divide por ahora

				Hubo debate. La propuesta inicial de crear subgrupos se revisó y quedó descartada.
				""", "es")).contains("Decisión: el equipo técnico no se divide por ahora");
	}

	@Test
	void aLabelOverATopicStatesNoDecision() {
		assertThat(LabelledLines.heading("Decisão: o time técnico não se subdivide agora")).isTrue();
		assertThat(LabelledLines.heading("Acuerdo: Presupuesto 2024")).isFalse();
		assertThat(LabelledLines.heading("Decision - Architecture of the new portal")).isFalse();
	}

	@Test
	void aConclusionUnderATopicIsItsOutcome() {
		assertThat(TestFiles.itemTexts("""
				# Working group session

				## Open issues

				- Key rotation (#118)
				  - Alice: rotation every 30 days is too frequent
				  - Conclusion: Without objections, will rotate keys every 90 days
				""", "en")).contains("Conclusion: Without objections, will rotate keys every 90 days");
	}

	@Test
	void labelledOutcomesAmongThePointsOfPlainTextMinutesAreItems() {
		assertThat(TestFiles.itemTexts("""
				Monday, 7 March 2022, weekly residents' meeting

				Present: Ana, Luis, Marta.

				  • Facilitator: Ana
				  • Item 3: Discuss the spring work party.
				    • AGREED: The work party will be on Saturday 26 March, starting at 9 am.
				  • Item 4: Discuss the shared tools shed.
				    • Nobody has the key.
				    • ACTION: Luis will have a second key cut for the tools shed.
				""", "en")).contains("AGREED: The work party will be on Saturday 26 March, starting at 9 am.",
				"ACTION: Luis will have a second key cut for the tools shed.");
	}
}
