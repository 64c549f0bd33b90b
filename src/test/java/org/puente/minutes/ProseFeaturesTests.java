package org.puente.minutes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.puente.i18n.TextFolding;

/** What the prose model reads around a sentence of prose: its place in the paragraph, its words, the document. */
class ProseFeaturesTests {

	private static final String MINUTES = """
			Budget

			Maria presented the accounts of the year. Several members asked about the hall. \
			After some discussion it was agreed to renew the lease.

			Ana will send the report by Friday.
			""";

	@Test
	void readsWhereTheSentenceStandsInItsParagraph() {
		assertThat(features("Maria presented the accounts of the year.")).containsEntry("para.first", 1.0)
			.containsEntry("para.last", 0.0).containsEntry("para.alone", 0.0).containsEntry("para.reported", 1.0);
		// the paragraph's end, after two sentences that report what was said
		assertThat(features("After some discussion it was agreed to renew the lease.")).containsEntry("para.first", 0.0)
			.containsEntry("para.last", 1.0).containsEntry("para.reported", 1.0);
		assertThat(features("Ana will send the report by Friday.")).containsEntry("para.alone", 1.0)
			.containsEntry("para.first", 0.0).containsEntry("para.last", 0.0).containsEntry("para.reported", 0.0);
	}

	@Test
	void readsADecisionToldImpersonallyOrByTheMeetingItself() {
		for (String told : List.of("After some discussion it was agreed to renew the lease.", "Se decidió cambiar la sede.",
				"Decidimos publicar el acta.", "On a décidé de reporter la fête.", "Ficou definido que a reunião é às 10h.",
				"The motion carried, 5 to 2.")) {
			assertThat(features(told, "")).as(told).containsEntry("lex.we_decided", 1.0);
		}
		for (String account : List.of("Maria presented the accounts of the year.", "Se habló de la sede.",
				"Le bureau a discuté de la fête.")) {
			assertThat(features(account, "")).as(account).containsEntry("lex.we_decided", 0.0);
		}
	}

	@Test
	void readsSomeoneWhoWillDoSomethingInTheFirstWords() {
		for (String task : List.of("Ana will send the report by Friday.", "The secretary is going to book the hall.",
				"Juan va a llamar al proveedor.", "Marie se charge de la salle.", "O tesoureiro vai pagar a conta.")) {
			assertThat(features(task, "")).as(task).containsEntry("lex.subject_will", 1.0);
		}
		// the future comes late, after the account of what was said: not a task that opens the sentence
		assertThat(features("Maria presented the accounts and said the hall will close.", ""))
			.containsEntry("lex.subject_will", 0.0);
	}

	@Test
	void tellsADocumentInWhichTheStructureFoundNoItem() {
		assertThat(features("Ana will send the report by Friday.")).containsEntry("doc.no_items", 1.0);
		String decisions = "Decisions\n\n- Renew the lease\n\nAna will send the report by Friday.\n";
		List<Candidate> items = List.of(new Candidate(new Segment("", null, "Renew the lease"), TextSpan.NONE, 0.9));
		assertThat(features("Ana will send the report by Friday.", decisions, items)).containsEntry("doc.no_items", 0.0);
	}

	private static java.util.Map<String, Double> features(String sentence) {
		return features(sentence, MINUTES, List.of());
	}

	private static java.util.Map<String, Double> features(String sentence, String source) {
		return features(sentence, source.isEmpty() ? sentence : source, List.of());
	}

	private static java.util.Map<String, Double> features(String sentence, String source, List<Candidate> items) {
		int start = source.indexOf(sentence);
		TextSpan span = new TextSpan(start, start + sentence.length());
		String folded = TextFolding.fold(sentence.replace('’', '\''));
		double[] x = ProseFeatures.of(ScoringContext.of(source, items, ReadingContext.of(source)), span, folded);
		java.util.Map<String, Double> named = new java.util.LinkedHashMap<>();
		for (int i = 0; i < x.length; i++) {
			named.put(ProseFeatures.NAMES.get(i), x[i]);
		}
		return named;
	}
}
