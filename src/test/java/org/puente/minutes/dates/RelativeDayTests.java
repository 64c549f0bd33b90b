package org.puente.minutes.dates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.puente.i18n.DatePrecision;
import org.puente.minutes.dates.TemporalMention.Kind;

/**
 * Dates counted from the meeting that minutes write with a part of the day or as a limit (issue 9, late evening): "ce
 * soir", "esta noche", "tonight", "sexta à noite", "by EOD", "en fin de journée", with the families they join ("d'ici
 * la semaine prochaine", "dans deux semaines", "fin de mois"). Made-up sentences in es/en/pt/fr, read against minutes
 * of Wednesday 13 March 2024.
 */
class RelativeDayTests {

	private static final LocalDate MEETING = LocalDate.of(2024, 3, 13);

	private final TemporalTagger tagger = new TemporalTagger();

	/** Every row "lang | words | first | last | precision | kind" read so by {@link TemporalTagger#tagItem}. */
	private void reads(String... rows) {
		List<String> wrong = new ArrayList<>();
		for (String row : rows) {
			String[] f = row.split("\\s*\\|\\s*");
			List<TemporalMention> found = tagger.tagItem(f[1], List.of(), MEETING, f[0]);
			String got = found.isEmpty() ? "nothing" : found.get(0).first() + " " + found.get(0).last() + " "
					+ found.get(0).precision() + " " + found.get(0).kind();
			if (!got.equals(f[2] + " " + f[3] + " " + f[4] + " " + f[5])) {
				wrong.add(row + " but read " + got);
			}
		}
		assertThat(wrong).isEmpty();
	}

	@Test
	void readsThisEveningAndThisAfternoonAsTheMeetingDay() {
		reads("fr | Marie enverra le texte ce soir. | 2024-03-13 | 2024-03-13 | DAY | DEADLINE",
				"fr | Envoyer les photos cet après-midi | 2024-03-13 | 2024-03-13 | DAY | DEADLINE",
				"es | Juan enviará el texto esta noche. | 2024-03-13 | 2024-03-13 | DAY | DEADLINE",
				"es | Enviar la convocatoria esta tarde | 2024-03-13 | 2024-03-13 | DAY | DEADLINE",
				"pt | Ana vai enviar a ata esta noite. | 2024-03-13 | 2024-03-13 | DAY | DEADLINE",
				"pt | Ana vai enviar a ata hoje à noite. | 2024-03-13 | 2024-03-13 | DAY | DEADLINE",
				"en | Ann will send the minutes tonight. | 2024-03-13 | 2024-03-13 | DAY | DEADLINE",
				"en | Ann to send the slides this afternoon | 2024-03-13 | 2024-03-13 | DAY | DEADLINE");
	}

	@Test
	void readsTheEndOfTheDayAsTheMeetingDayUnlessADayFollows() {
		reads("fr | Marie enverra le texte en fin de journée. | 2024-03-13 | 2024-03-13 | DAY | DEADLINE",
				"fr | Marie enverra le texte dans la journée. | 2024-03-13 | 2024-03-13 | DAY | DEADLINE",
				"es | Juan enviará el texto al final del día. | 2024-03-13 | 2024-03-13 | DAY | DEADLINE",
				"pt | Ana vai enviar o texto até o fim do dia. | 2024-03-13 | 2024-03-13 | DAY | DEADLINE",
				"en | Ann will send the text by EOD. | 2024-03-13 | 2024-03-13 | DAY | DEADLINE",
				"en | Ann will send the text by the end of the day. | 2024-03-13 | 2024-03-13 | DAY | DEADLINE",
				"en | Ann will send the text by EOD Friday. | 2024-03-15 | 2024-03-15 | DAY | DEADLINE",
				"en | Ann will send the text by COB tomorrow. | 2024-03-14 | 2024-03-14 | DAY | DEADLINE");
		assertThat(tagger.tag("Ann will send the text by Friday EOD.", MEETING, "en")).hasSize(1);
		assertThat(tagger.tag("Approved by 2 votes, until further notice.", MEETING, "en")).isEmpty();
		assertThat(tagger.tag("Juan enviará el texto en los próximos días.", MEETING, "es")).isEmpty();
	}

	@Test
	void readsAWeekdayWithAPartOfTheDay() {
		reads("fr | Paul préparera le budget pour vendredi soir. | 2024-03-15 | 2024-03-15 | DAY | DEADLINE",
				"fr | Réunion du bureau lundi matin | 2024-03-18 | 2024-03-18 | DAY | EVENT",
				"es | Ana enviará los datos el lunes por la mañana. | 2024-03-18 | 2024-03-18 | DAY | DEADLINE",
				"es | Juan enviará el texto el viernes en la noche. | 2024-03-15 | 2024-03-15 | DAY | DEADLINE",
				"pt | Ana vai enviar o texto sexta à noite. | 2024-03-15 | 2024-03-15 | DAY | DEADLINE",
				"pt | Pedro vai revisar o orçamento quinta de manhã. | 2024-03-14 | 2024-03-14 | DAY | DEADLINE",
				"en | Ann will send the text by Friday night. | 2024-03-15 | 2024-03-15 | DAY | DEADLINE",
				"en | Bob to call the mayor Monday morning | 2024-03-18 | 2024-03-18 | DAY | DEADLINE");
		assertThat(tagger.tag("O plano foi aprovado em segunda votação à tarde.", MEETING, "pt")).isEmpty();
	}

	@Test
	void readsALimitWordBeforeTomorrowNextWeekOrAWeekday() {
		reads("fr | Claire contactera la mairie d'ici la semaine prochaine. | 2024-03-18 | 2024-03-24 | WEEK | DEADLINE",
				"fr | Marie enverra le texte demain. | 2024-03-14 | 2024-03-14 | DAY | DEADLINE",
				"es | Ana revisará el presupuesto hasta el viernes. | 2024-03-15 | 2024-03-15 | DAY | DEADLINE",
				"es | Juan enviará el texto hasta la próxima semana. | 2024-03-18 | 2024-03-24 | WEEK | DEADLINE",
				"pt | Ana vai enviar o texto até amanhã. | 2024-03-14 | 2024-03-14 | DAY | DEADLINE",
				"pt | Pedro vai revisar até a próxima semana. | 2024-03-18 | 2024-03-24 | WEEK | DEADLINE",
				"en | Ann will send the text by next week. | 2024-03-18 | 2024-03-24 | WEEK | DEADLINE",
				"en | Bob will send the text by tomorrow. | 2024-03-14 | 2024-03-14 | DAY | DEADLINE");
	}

	@Test
	void readsTheEndOfTheWeekOrMonthAndSomeWeeksFromTheMeeting() {
		reads("fr | Claire fera le bilan en fin de mois. | 2024-03-31 | 2024-03-31 | DAY | DEADLINE",
				"fr | Marie enverra le texte dans deux semaines. | 2024-03-27 | 2024-03-27 | DAY | DEADLINE",
				"fr | Marie enverra le texte avant la fin de la semaine. | 2024-03-15 | 2024-03-15 | DAY | DEADLINE",
				"es | Juan enviará el texto a fin de mes. | 2024-03-31 | 2024-03-31 | DAY | DEADLINE",
				"es | Juan enviará el texto en dos semanas. | 2024-03-27 | 2024-03-27 | DAY | DEADLINE",
				"pt | Ana vai enviar o texto em duas semanas. | 2024-03-27 | 2024-03-27 | DAY | DEADLINE",
				"pt | Ana vai enviar o texto até o fim do mês. | 2024-03-31 | 2024-03-31 | DAY | DEADLINE",
				"en | Ann will send the text in two weeks. | 2024-03-27 | 2024-03-27 | DAY | DEADLINE",
				"en | Ann will send the text by end of week. | 2024-03-15 | 2024-03-15 | DAY | DEADLINE");
	}

	@Test
	void readsTheEndOfAnUnnamedYearAsItsLastDayAndTheEndOfANamedOneAsItsLastThird() {
		reads("es | Juan enviará el informe a fin de año. | 2024-12-31 | 2024-12-31 | DAY | DEADLINE",
				"es | Juan enviará el informe a finales de 2024. | 2024-09-01 | 2024-12-31 | QUARTER | DEADLINE",
				"fr | Marie enverra le rapport en fin d'année. | 2024-12-31 | 2024-12-31 | DAY | DEADLINE",
				"pt | Ana vai enviar o relatório no final do ano. | 2024-12-31 | 2024-12-31 | DAY | DEADLINE",
				"en | Ann will send the report by year-end. | 2024-12-31 | 2024-12-31 | DAY | DEADLINE",
				"en | Ann will send the report by month end. | 2024-03-31 | 2024-03-31 | DAY | DEADLINE",
				"pt | Ana vai enviar o relatório no fim da semana. | 2024-03-15 | 2024-03-15 | DAY | DEADLINE",
				"pt | Ana vai viajar no fim de semana. | 2024-03-16 | 2024-03-17 | WEEK | DEADLINE");
	}

	@Test
	void keepsAPastDayADecisionTakesEffectFromAndARecentLimitAlreadyPassed() {
		reads("fr | Le CA vote la réduction de la licence à partir du 1er mars 2024. | 2024-03-01 | 2024-03-01 | DAY | EVENT",
				"es | Se aprueba la nueva cuota con efecto desde el 1 de marzo de 2024. | 2024-03-01 | 2024-03-01 | DAY | EVENT",
				"pt | A nova taxa vale a partir de 1 de março de 2024. | 2024-03-01 | 2024-03-01 | DAY | EVENT",
				"en | The new fee applies with effect from 1 March 2024. | 2024-03-01 | 2024-03-01 | DAY | EVENT",
				"fr | Rapport de planification à remettre pour **le 4 mars**. | 2024-03-04 | 2024-03-04 | DAY | DEADLINE",
				"es | Informe a entregar antes del 4 de marzo. | 2024-03-04 | 2024-03-04 | DAY | DEADLINE",
				"pt | Relatório a entregar até 4 de março. | 2024-03-04 | 2024-03-04 | DAY | DEADLINE",
				"en | Report due by 4 March. | 2024-03-04 | 2024-03-04 | DAY | DEADLINE");
		reads("pt | Estabeleceu-se o dia 21/03 como prazo de entrega. | 2024-03-21 | 2024-03-21 | DAY | DEADLINE",
				"es | Se fija el 21/03 como fecha límite. | 2024-03-21 | 2024-03-21 | DAY | DEADLINE",
				"fr | On retient le 21/03 comme date limite. | 2024-03-21 | 2024-03-21 | DAY | DEADLINE",
				"en | Targeting the end of the month for the release. | 2024-03-31 | 2024-03-31 | DAY | DEADLINE");
		assertThat(tagger.tagItem("Se aprobó el acta del 4 de marzo.", List.of(), MEETING, "es")).isEmpty();
		assertThat(tagger.tagItem("Ann sent the report by 4 January 2024.", List.of(), MEETING, "en")).isEmpty();
	}

	@Test
	void readsAWeekdayAloneInADateCell() {
		assertThat(tagger.tagCell("Sexta", MEETING, "pt")).get().extracting(TemporalMention::first)
			.isEqualTo(LocalDate.of(2024, 3, 15));
		assertThat(tagger.tagCell("Ce soir", MEETING, "fr")).get().extracting(TemporalMention::precision)
			.isEqualTo(DatePrecision.DAY);
		assertThat(tagger.tagCell("EOD", MEETING, "en")).get().extracting(TemporalMention::kind)
			.isEqualTo(Kind.DEADLINE);
	}

	@Test
	void readsTheDayOfTheDateAsTheMeetingDayAndMonthsTimeAsThatDay() {
		reads("es | Se aprueba, acordando su puesta en vigencia a partir del día de la fecha. | 2024-03-13 | 2024-03-13 | DAY | EVENT",
				"en | Arrange the next meeting for 6 months time | 2024-09-13 | 2024-09-13 | DAY | EVENT",
				"en | Ann will report back in two weeks' time | 2024-03-27 | 2024-03-27 | DAY | DEADLINE");
		assertThat(tagger.tag("The post was left vacant for 6 months.", MEETING, "en")).isEmpty();
	}
}
