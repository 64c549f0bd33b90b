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

	/** The kind of each date read in an item without a deadline column, in order. */
	private List<Kind> kinds(String text, String lang) {
		return item(text, lang).stream().map(TemporalMention::kind).toList();
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
		assertThat(kinds("Chris rédigera un article pour le 22/03", "fr")).containsExactly(Kind.DEADLINE);
		assertThat(kinds("Enviar el acta a los miembros el 20 de marzo", "es")).containsExactly(Kind.DEADLINE);
		assertThat(kinds("A comissão deverá apresentar o relatório em abril", "pt")).containsExactly(Kind.DEADLINE);
		assertThat(kinds("Dana will circulate the draft on March 20th", "en")).containsExactly(Kind.DEADLINE);
	}

	@Test
	void makesItTheDayOfAnEventOtherwise() {
		assertThat(kinds("La próxima reunión será el 20 de abril", "es")).containsExactly(Kind.EVENT);
		assertThat(kinds("O Conselho aprovou o calendário em 2025", "pt")).containsExactly(Kind.EVENT);
		assertThat(kinds("Prochaine séance le 3 avril", "fr")).containsExactly(Kind.EVENT);
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

	@Test
	void keepsALabelledDeadlineEvenWhenItHasPassed() {
		assertThat(item("Deadline -> 12/03", "pt")).extracting(TemporalMention::first, TemporalMention::kind)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(LocalDate.of(2024, 3, 12), Kind.DEADLINE));
		assertThat(item("Plazo: 11/03", "es")).extracting(TemporalMention::first).containsExactly(LocalDate.of(2024, 3, 11));
		assertThat(item("Échéance : 11/03", "fr")).extracting(TemporalMention::first)
			.containsExactly(LocalDate.of(2024, 3, 11));
		assertThat(item("Due: 11/03", "en")).extracting(TemporalMention::first).containsExactly(LocalDate.of(2024, 3, 11));
		assertThat(item("Aprobado el 11/03", "es")).isEmpty();
	}

	@Test
	void keepsTheLimitOfAnActionCarriedOverFromEarlierMeetingsUpToHalfAYearLate() {
		LocalDate limit = LocalDate.of(2023, 11, 30);
		for (String row : List.of("en|Action Item A2023-05: Submit any new names to CF [All WDCs, by 30 November 2023]",
				"es|Acción 5: Enviar los nuevos nombres antes del 30 de noviembre de 2023",
				"pt|Ação 5: Enviar os novos nomes até 30 de novembro de 2023",
				"fr|Action 5 : Envoyer les nouveaux noms avant le 30 novembre 2023")) {
			assertThat(item(row.substring(3), row.substring(0, 2))).as(row)
				.extracting(TemporalMention::first, TemporalMention::kind)
				.containsExactly(org.assertj.core.groups.Tuple.tuple(limit, Kind.DEADLINE));
		}
		assertThat(item("Approved on 30 November 2023", "en")).isEmpty();
		assertThat(item("Submit the names by 31 August 2023", "en")).isEmpty();
	}

	@Test
	void makesAReleaseOrADeploymentAnEvent() {
		for (String row : List.of("en|Version 2.2 will be released to testing on 20 March",
				"es|Se hará el despliegue el 20 de marzo", "pt|A implantação será em 20 de março",
				"fr|Mise en production le 20 mars")) {
			assertThat(kinds(row.substring(3), row.substring(0, 2))).as(row).containsExactly(Kind.EVENT);
		}
	}
}
