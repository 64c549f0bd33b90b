package org.puente.minutes.dates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.puente.i18n.DatePrecision;

/**
 * Dates issue 9 named as read wrong or not at all (4 December): a month with its year after a slash ("até
 * novembro/2012" read as November 2011), a weekday a week on ("Friday week", "lundi en huit", read a week early),
 * quarters and halves in short without their year ("fin T2", "au T3", "fin S1", "end of H1"), two months of "the
 * present year", "la semaine du 12" said the day after the 12th, a day of December written in January, and the forms
 * found on the way (parts of two months, a weekday cut short, a deadline label with its object). Made-up sentences in
 * es/en/pt/fr.
 */
class WeeksOnAndPeriodTests {

	private final TemporalTagger tagger = new TemporalTagger();

	/** Every row "lang | meeting | words | first | last" read so (its first date) by {@link TemporalTagger#tagItem}. */
	private void reads(String... rows) {
		List<String> wrong = new ArrayList<>();
		for (String row : rows) {
			String[] f = row.split("\\s*\\|\\s*");
			List<TemporalMention> found = tagger.tagItem(f[2], List.of(), LocalDate.parse(f[1]), f[0]);
			String got = found.isEmpty() ? "nothing" : found.get(0).first() + " " + found.get(0).last();
			if (!got.equals(f[3] + " " + f[4])) {
				wrong.add(row + " but read " + got);
			}
		}
		assertThat(wrong).isEmpty();
	}

	@Test
	void readsAMonthWithItsYearAfterASlash() {
		reads("pt | 2011-08-31 | Pagamento até novembro/2012. | 2012-11-01 | 2012-11-30",
				"es | 2011-08-31 | Pago hasta noviembre/2012. | 2012-11-01 | 2012-11-30",
				"fr | 2011-08-31 | Paiement d'ici novembre/2012. | 2012-11-01 | 2012-11-30",
				"en | 2011-08-31 | Payment by November/2012. | 2012-11-01 | 2012-11-30",
				"en | 2011-08-31 | Payment by Nov/2012. | 2012-11-01 | 2012-11-30",
				"pt | 2011-08-31 | Pagamento até 11/2012. | 2012-11-01 | 2012-11-30",
				"es | 2024-03-13 | Plazo: 03/2025 | 2025-03-01 | 2025-03-31");
		assertThat(tagger.tag("Según la Ley 11/2012 de la Comunidad.", LocalDate.of(2024, 3, 13), "es")).isEmpty();
		assertThat(tagger.tagCell("11/2025", LocalDate.of(2024, 3, 13), "pt")).get()
			.extracting(TemporalMention::first).isEqualTo(LocalDate.of(2025, 11, 1));
	}

	@Test
	void readsAWeekdayAWeekOnAsTheWeekAfterItsComingDay() {
		reads("en | 2024-03-13 | Ann will send the report Friday week. | 2024-03-22 | 2024-03-22",
				"en | 2024-03-13 | Ann will send the report by Monday week. | 2024-03-25 | 2024-03-25",
				"en | 2024-03-13 | Ann will send the report a week on Friday. | 2024-03-22 | 2024-03-22",
				"en | 2024-03-15 | Bob to call the mayor a week from Monday. | 2024-03-25 | 2024-03-25",
				"fr | 2024-03-13 | Marie enverra le texte lundi en huit. | 2024-03-25 | 2024-03-25",
				"fr | 2024-03-13 | Réunion du bureau jeudi en huit. | 2024-03-21 | 2024-03-21",
				"fr | 2024-03-13 | Marie enverra le texte vendredi en quinze. | 2024-03-29 | 2024-03-29",
				"es | 2024-03-13 | Juan enviará el texto el lunes en ocho. | 2024-03-25 | 2024-03-25",
				"es | 2024-03-13 | Juan enviará el texto el lunes de la semana que viene. | 2024-03-18 | 2024-03-18",
				"es | 2024-03-15 | Juan enviará el texto el viernes de la semana que viene. | 2024-03-22 | 2024-03-22",
				"pt | 2024-03-13 | Ana vai enviar na sexta da semana que vem. | 2024-03-22 | 2024-03-22",
				"en | 2024-03-13 | Ann will send it on Friday next week. | 2024-03-22 | 2024-03-22");
		assertThat(tagger.tag("Lunes, semana 12: revisión.", LocalDate.of(2024, 3, 13), "es"))
			.noneMatch(m -> m.first().equals(LocalDate.of(2024, 3, 25)));
	}

	@Test
	void readsAQuarterOrHalfInShortAfterAnEndOrLimitWord() {
		reads("fr | 2024-03-13 | Livraison fin T2. | 2024-06-30 | 2024-06-30",
				"fr | 2024-03-13 | Livraison d'ici fin T2. | 2024-06-30 | 2024-06-30",
				"fr | 2024-03-13 | Livraison au T3. | 2024-07-01 | 2024-09-30",
				"fr | 2024-03-13 | Livraison T3 2024. | 2024-07-01 | 2024-09-30",
				"fr | 2024-03-13 | Livraison fin S1. | 2024-06-30 | 2024-06-30",
				"en | 2024-03-13 | Delivery by end of H1. | 2024-06-30 | 2024-06-30",
				"en | 2024-03-13 | Delivery in Q2. | 2024-04-01 | 2024-06-30",
				"es | 2024-03-13 | Entrega en el 2º trimestre. | 2024-04-01 | 2024-06-30",
				"pt | 2024-03-13 | Entrega no 2º trimestre. | 2024-04-01 | 2024-06-30",
				"fr | 2024-03-13 | Livraison au 1er semestre. | 2024-01-01 | 2024-06-30",
				"es | 2024-03-13 | Entrega en el primer semestre de 2025. | 2025-01-01 | 2025-06-30");
		assertThat(tagger.tag("Les étudiants de S2 présentent le T3.", LocalDate.of(2024, 3, 13), "fr")).isEmpty();
	}

	@Test
	void readsTwoMonthsOfThePresentYearAndTheWeekOfADayJustPast() {
		reads("es | 2024-01-03 | Reuniones durante los meses de enero y febrero del presente año. | 2024-01-01 | 2024-02-29",
				"pt | 2024-01-03 | Reuniões em janeiro e fevereiro deste ano. | 2024-01-01 | 2024-02-29",
				"fr | 2024-03-13 | Installation la semaine du 12. | 2024-03-12 | 2024-03-18",
				"es | 2024-03-13 | Instalación la semana del 20. | 2024-03-20 | 2024-03-26",
				"en | 2024-03-13 | Installation the week of the 11th. | 2024-03-11 | 2024-03-17");
	}

	@Test
	void readsTwoMonthsOrPartsOfTwoMonthsAsOneSpanAndWithinTheWeek() {
		reads("en | 2013-03-10 | Mark will have a WGLC. Ending late April / early May. | 2013-04-21 | 2013-05-10",
				"fr | 2026-04-15 | Livraison fin avril - début mai. | 2026-04-21 | 2026-05-10",
				"es | 2026-04-15 | Entrega a finales de abril / principios de mayo. | 2026-04-21 | 2026-05-10",
				"pt | 2026-04-15 | Entrega no fim de abril / início de maio. | 2026-04-21 | 2026-05-10",
				"en | 2021-12-21 | Spring cleaning: Feb / Mar, probably multi-day | 2022-02-01 | 2022-03-31",
				"fr | 2026-04-15 | Travaux en avril/mai 2026. | 2026-04-01 | 2026-05-31",
				"es | 2026-04-15 | Obras en mayo/junio. | 2026-05-01 | 2026-06-30",
				"pt | 2026-04-15 | Obras em maio/junho. | 2026-05-01 | 2026-06-30",
				"en | 2019-12-17 | Find a safe place to store it within the week | 2019-12-18 | 2019-12-24",
				"en | 2019-12-17 | Ann to reply within the month. | 2019-12-18 | 2020-01-17",
				"fr | 2026-04-15 | Samedi 9 et dimanche 10 mai : fête du quartier. | 2026-05-09 | 2026-05-10",
				"en | 2026-04-15 | Workshop in January next year. | 2027-01-01 | 2027-01-31",
				"fr | 2025-05-14 | Travaux entre mi-juin et fin juin. | 2025-06-11 | 2025-06-30",
				"en | 2025-05-14 | Works between mid-June and end of June. | 2025-06-11 | 2025-06-30",
				"pt | 2025-05-14 | Para a próxima semana (dia 21/05). | 2025-05-21 | 2025-05-21",
				"fr | 2025-05-14 | Pour la semaine prochaine (le 21/05). | 2025-05-21 | 2025-05-21",
				"fr | 2025-05-14 | Échéance : T4. | 2025-10-01 | 2025-12-31",
				"fr | 2025-05-14 | Envoyer le texte lun. 19/05. | 2025-05-19 | 2025-05-19",
				"es | 2025-05-14 | Enviar el texto el vie. 23/05. | 2025-05-23 | 2025-05-23",
				"pt | 2025-05-14 | Enviar o texto seg. 19/05. | 2025-05-19 | 2025-05-19",
				"en | 2025-05-14 | Send the text by Weds. | 2025-05-21 | 2025-05-21",
				"fr | 2025-05-14 | Date limite de dépôt : 30/06. | 2025-06-30 | 2025-06-30",
				"es | 2025-05-14 | Fecha límite de entrega: 30/06. | 2025-06-30 | 2025-06-30",
				"en | 2025-05-14 | Deadline for submission: 30/06. | 2025-06-30 | 2025-06-30",
				"fr | 2025-05-14 | Fête les 12/13 juin. | 2025-06-12 | 2025-06-13",
				"es | 2025-05-14 | Fiesta los días 12/13 de junio. | 2025-06-12 | 2025-06-13",
				"pt | 2025-01-08 | Enviar o relatório até 20/12. | 2024-12-20 | 2024-12-20",
				"fr | 2025-01-08 | Échéance : 20/12 | 2024-12-20 | 2024-12-20",
				"es | 2024-12-18 | Enviar el informe antes del 10/01. | 2025-01-10 | 2025-01-10",
				"en | 2025-01-08 | Send the report by 10 March. | 2025-03-10 | 2025-03-10",
				"fr | 2025-05-14 | Envoyer pour le 13 juin (vendredi). | 2025-06-13 | 2025-06-13",
				"es | 2025-05-14 | Enviar el 13/06 (viernes). | 2025-06-13 | 2025-06-13",
				"en | 2025-05-14 | Send by June 13 (Friday). | 2025-06-13 | 2025-06-13",
				"pt | 2025-05-14 | Enviar até 13/06 (sexta). | 2025-06-13 | 2025-06-13",
				"fr | 2025-05-14 | Réunion le 13 (vendredi). | 2025-06-13 | 2025-06-13",
				"es | 2025-05-14 | Reunión el 13 (viernes). | 2025-06-13 | 2025-06-13");
		assertThat(tagger.tag("Réunion le 13 juin, vendredi.", LocalDate.of(2025, 5, 14), "fr")).hasSize(1);
		assertThat(tagger.tag("Queda resuelto (2012.03.16.01), la Junta aprueba.", LocalDate.of(2012, 3, 16), "es")).isEmpty();
		assertThat(tagger.tagCell("13/06 (sexta)", LocalDate.of(2025, 5, 14), "pt")).get()
			.extracting(TemporalMention::first).isEqualTo(LocalDate.of(2025, 6, 13));
		assertThat(tagger.tag("Voir art. 19/05 du code.", LocalDate.of(2025, 5, 14), "fr")).isEmpty();
		assertThat(tagger.tag("Réunions fin juin et début juillet.", LocalDate.of(2025, 5, 14), "fr")).hasSize(2);
		assertThat(tagger.tag("Ann to reply within the weeks to come.", LocalDate.of(2019, 12, 17), "en")).isEmpty();
	}
	@Test
	void readsAMonthInShortAloneAfterALimitWord() {
		reads("en | 2016-07-20 | Send license to LSI by Sep | 2016-09-01 | 2016-09-30",
				"es | 2016-07-20 | Enviar la licencia hasta sep. | 2016-09-01 | 2016-09-30",
				"pt | 2016-07-20 | Enviar a licença até set | 2016-09-01 | 2016-09-30",
				"fr | 2016-07-20 | Envoyer la licence avant sept. | 2016-09-01 | 2016-09-30",
				"en | 2016-07-20 | Send it by Sep 2017 | 2017-09-01 | 2017-09-30");
		LocalDate meeting = LocalDate.of(2016, 7, 20);
		assertThat(tagger.tag("Réponse d'ici sept jours.", meeting, "fr")).allMatch(m -> m.precision() != DatePrecision.MONTH);
		assertThat(tagger.tag("Ouvert jusqu'à sept heures.", meeting, "fr")).isEmpty();
	}
	@Test
	void readsTwoDaysOrMonthsGivenAsAlternativesAsOneSpan() {
		reads("fr | 2016-01-22 | Remise de chèque le 16 ou 17 février. | 2016-02-16 | 2016-02-17",
				"es | 2016-01-22 | Entrega del cheque el 16 o 17 de febrero. | 2016-02-16 | 2016-02-17",
				"pt | 2016-01-22 | Entrega do cheque dia 16 ou 17 de fevereiro. | 2016-02-16 | 2016-02-17",
				"en | 2007-01-16 | He will report in February or March. | 2007-02-01 | 2007-03-31",
				"es | 2007-01-16 | Informará en febrero o marzo. | 2007-02-01 | 2007-03-31",
				"pt | 2007-01-16 | Vai apresentar em fevereiro ou março. | 2007-02-01 | 2007-03-31",
				"fr | 2007-01-16 | Il présentera en février ou mars. | 2007-02-01 | 2007-03-31");
	}
	@Test
	void readsADayAndMonthWithAHyphenAsAFieldOfItsLine() {
		reads("pt | 2021-06-01 | 07-06 - visão geral chatbot - (bruna) | 2021-06-07 | 2021-06-07",
				"pt | 2021-06-01 | Talk like a boss - Entrevista técnica - Lud - 30-06 #198 | 2021-06-30 | 2021-06-30",
				"es | 2021-06-01 | 14-06 - Arquitectura del proyecto (Ana) | 2021-06-14 | 2021-06-14",
				"fr | 2021-06-01 | Atelier - Claire - 17-06 | 2021-06-17 | 2021-06-17",
				"en | 2021-06-01 | 17-06 - Tech lead talk (Clarissa) | 2021-06-17 | 2021-06-17");
		LocalDate meeting = LocalDate.of(2021, 6, 1);
		assertThat(tagger.tag("We expect 10-12 people at the workshop.", meeting, "en")).isEmpty();
		assertThat(tagger.tag("Ver páginas 05-09 del informe.", meeting, "es")).isEmpty();
	}
}
