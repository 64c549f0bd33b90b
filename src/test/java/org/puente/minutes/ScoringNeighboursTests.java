package org.puente.minutes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** What the scoring reads around each of the structure's items: its neighbours, its section, its document. */
class ScoringNeighboursTests {

	private static final String MINUTES = """
			# Discussion
			The team talked about the budget for a long while and many views were heard.
			- Budget figures
			- Venue options

			# Decisions
			- The board approved the budget
			- Send the minutes to all members
			- Lunch at noon
			""";

	/** Two layout paragraphs under a discussion, then three items of a decisions list (two of them acting). */
	private static final List<Candidate> CANDIDATES = List.of(item("Budget figures", 1.0), item("Venue options", 1.0),
			item("The board approved the budget", 0.9), item("Send the minutes to all members", 0.9),
			item("Lunch at noon", 0.9), item("Many views were heard.", Prose.WHERE));

	private static Candidate item(String text, double where) {
		return new Candidate(new Segment("", null, text), TextSpan.NONE, where);
	}

	private static ScoringContext context() {
		return ScoringContext.of(MINUTES, CANDIDATES, Scoring.located(MINUTES, CANDIDATES), ReadingContext.of(MINUTES));
	}

	private static double feature(Candidate c, String name) {
		return context().neighbours().of(c)[ScoringNeighbours.NAMES.indexOf(name)];
	}

	@Test
	void aLayoutParagraphOpeningItsSectionBesideAnotherOneThatTellsNoAction() {
		Candidate budget = CANDIDATES.get(0);
		assertThat(feature(budget, "nb.prev_same")).isZero(); // first under its heading: no neighbour before
		assertThat(feature(budget, "nb.next_same")).isOne(); // "Venue options", read by the layout too
		assertThat(feature(budget, "nb.next_action")).isZero();
		assertThat(feature(budget, "nb.section_actions")).isZero(); // its one sibling tells no action
		assertThat(feature(budget, "nb.section_items")).isCloseTo(Math.log(3) / Math.log(100), within(1e-9));
		assertThat(feature(budget, "pl.first_in_section")).isOne();
		assertThat(feature(budget, "pl.last_in_section")).isZero();
		assertThat(feature(budget, "pl.heading_lines")).isCloseTo(Math.log(3) / Math.log(100), within(1e-9)); // line 2
		assertThat(feature(budget, "pl.outside_decisions")).isOne(); // the minutes have a decisions heading below
		assertThat(feature(budget, "doc.where_share")).isCloseTo(2.0 / 5, within(1e-9)); // prose is not counted
		assertThat(feature(budget, "doc.layout_beside")).isOne(); // a list reader found items too
		assertThat(feature(budget, "doc.actions")).isCloseTo(2.0 / 5, within(1e-9)); // "approved", "Send"
		assertThat(feature(budget, "doc.acting_item")).isZero();
	}

	@Test
	void theMiddleItemOfADecisionsListBetweenAnActingItemAndAnotherOne() {
		Candidate send = CANDIDATES.get(3);
		assertThat(feature(send, "nb.prev_same")).isOne();
		assertThat(feature(send, "nb.next_same")).isOne();
		assertThat(feature(send, "nb.prev_action")).isOne(); // "The board approved the budget"
		assertThat(feature(send, "nb.next_action")).isZero(); // "Lunch at noon"
		assertThat(feature(send, "nb.section_actions")).isCloseTo(0.5, within(1e-9)); // one of its two siblings
		assertThat(feature(send, "pl.first_in_section")).isZero();
		assertThat(feature(send, "pl.last_in_section")).isZero();
		assertThat(feature(send, "pl.outside_decisions")).isZero();
		assertThat(feature(send, "doc.where_share")).isCloseTo(3.0 / 5, within(1e-9));
		assertThat(feature(send, "doc.layout_beside")).isZero(); // not a layout paragraph
		assertThat(feature(send, "doc.acting_item")).isCloseTo(2.0 / 5, within(1e-9));
		assertThat(feature(send, "doc.items")).isCloseTo(Math.log(6) / Math.log(100), within(1e-9)); // five items
		assertThat(feature(send, "doc.items_density"))
			.isCloseTo(Math.log1p(5000.0 / MINUTES.length()) / Math.log(10), within(1e-9));
		assertThat(feature(CANDIDATES.get(4), "pl.last_in_section")).isOne();
	}

	@Test
	void theItemsOfAListLedInByALineThatTellsADecisionWereDecided() {
		String minutes = """
				Après en avoir délibéré et à l’unanimité, les membres du Conseil Municipal décide :

				· de demander le bénéfice des prestations proposées par le Centre de Gestion
				· d’autoriser Monsieur le Maire à conclure la convention correspondante

				Le Conseil Municipal a entendu le rapport du maire sur les travaux de la salle.
				· la salle rouvrira en mars
				""";
		List<Candidate> items = List.of(item("de demander le bénéfice des prestations", 1.0),
				item("d’autoriser Monsieur le Maire", 1.0), item("la salle rouvrira en mars", 1.0));
		ScoringContext context = ScoringContext.of(minutes, items, Scoring.located(minutes, items), ReadingContext.of(minutes));
		int decided = ScoringNeighbours.NAMES.indexOf("ctx.list_decided");
		assertThat(context.neighbours().of(items.get(0))[decided]).isOne();
		assertThat(context.neighbours().of(items.get(1))[decided]).isOne();
		assertThat(context.neighbours().of(items.get(2))[decided]).isZero(); // led in by a report, not a decision
		assertThat(ScoringContext.of(MINUTES, CANDIDATES, ReadingContext.of(MINUTES)).list(MINUTES.indexOf("The board")).decided())
			.isFalse(); // under a decisions heading, which ctx.heading_decisions tells already
	}

	@Test
	void aSentenceOfProseHasNoNeighboursAndTheFeaturesAreAppendedToTheNamedOnes() {
		Candidate prose = CANDIDATES.get(5);
		assertThat(context().neighbours().of(prose)).containsOnly(0.0);
		ScoringContext context = context();
		List<TextSpan> spans = new ArrayList<>(Scoring.located(MINUTES, CANDIDATES));
		double[] x = ScoringFeatures.of(CANDIDATES.get(3), context, spans.get(3));
		assertThat(x).hasSize(ScoringFeatures.NAMES.size());
		// the neighbours' columns come right before the prose model's own, which stand last
		int end = ScoringFeatures.NAMES.size() - ProseFeatures.NAMES.size();
		assertThat(ScoringFeatures.NAMES.subList(end - ScoringNeighbours.NAMES.size(), end))
			.isEqualTo(ScoringNeighbours.NAMES);
		assertThat(x[ScoringFeatures.NAMES.indexOf("nb.prev_action")]).isOne();
	}
}
