package org.puente.minutes.dates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.puente.minutes.dates.TemporalMention.Kind;

/** The dates of one item: which are its deadline, which an event's day, and which are left out. */
class ItemDatesTests {

	private static final LocalDate WEDNESDAY_13_MARCH_2024 = LocalDate.of(2024, 3, 13);

	private final TemporalTagger tagger = new TemporalTagger();

	private List<TemporalMention> item(String text, String lang, String... dueCells) {
		return tagger.tagItem(text, List.of(dueCells), WEDNESDAY_13_MARCH_2024, lang);
	}

	@Test
	void leavesOutWhatHappenedBeforeTheMeetingSoTheLimitIsTheDeadline() {
		List<TemporalMention> dates = item("Approved on 4 March 2024; the secretariat will report by 30 April", "en");
		assertThat(dates).extracting(TemporalMention::first).containsExactly(LocalDate.of(2024, 4, 30));
		assertThat(dates.get(0).kind()).isEqualTo(Kind.DEADLINE);
		assertThat(item("Aprobado el 4 de marzo de 2024, la ST enviará el informe el 15 de abril", "es"))
			.extracting(TemporalMention::first, TemporalMention::kind)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(LocalDate.of(2024, 4, 15), Kind.DEADLINE));
	}

	@Test
	void makesAnOpenDateTheTaskLimitWhenTheItemSetsSomeoneATask() {
		assertThat(item("Chris rédigera un article pour le 22/03", "fr")).extracting(TemporalMention::kind)
			.containsExactly(Kind.DEADLINE);
		assertThat(item("Enviar el acta a los miembros el 20 de marzo", "es")).extracting(TemporalMention::kind)
			.containsExactly(Kind.DEADLINE);
		assertThat(item("A comissão deverá apresentar o relatório em abril", "pt")).extracting(TemporalMention::kind)
			.containsExactly(Kind.DEADLINE);
		assertThat(item("Dana will circulate the draft on March 20th", "en")).extracting(TemporalMention::kind)
			.containsExactly(Kind.DEADLINE);
	}

	@Test
	void makesItTheDayOfAnEventOtherwise() {
		assertThat(item("La próxima reunión será el 20 de abril", "es")).extracting(TemporalMention::kind)
			.containsExactly(Kind.EVENT);
		assertThat(item("O Conselho aprovou o calendário em 2025", "pt")).extracting(TemporalMention::kind)
			.containsExactly(Kind.EVENT);
		assertThat(item("Prochaine séance le 3 avril", "fr")).extracting(TemporalMention::kind)
			.containsExactly(Kind.EVENT);
	}

	@Test
	void readsTheDeadlineColumnFirstAndOnce() {
		List<TemporalMention> dates = item("Atualizar o documento até 12/04/2024", "pt", "12/04/2024");
		assertThat(dates).hasSize(1);
		assertThat(dates.get(0).first()).isEqualTo(LocalDate.of(2024, 4, 12));
		assertThat(dates.get(0).kind()).isEqualTo(Kind.DEADLINE);
		assertThat(item("Revisar o texto", "pt", "Sexta 15/03")).extracting(TemporalMention::first)
			.containsExactly(LocalDate.of(2024, 3, 15));
		assertThat(item("Review the text", "en", "TBD")).isEmpty();
	}
}
