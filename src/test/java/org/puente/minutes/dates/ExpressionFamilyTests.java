package org.puente.minutes.dates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.puente.i18n.DatePrecision;

/**
 * One test per family of date expressions, each in Spanish, English, Portuguese and French, read against minutes of
 * Wednesday 13 March 2024. Hand-written here, not taken from the corpus; each line is language, words, first day, last
 * day (the corpus conventions of docs/minutes-dates.md).
 */
class ExpressionFamilyTests {

	private static final LocalDate WEDNESDAY_13_MARCH_2024 = LocalDate.of(2024, 3, 13);

	private final TemporalTagger tagger = new TemporalTagger();

	/** Every row "lang | words | first | last" read to those days; the wrong ones listed. */
	private void reads(String... rows) {
		List<String> wrong = new ArrayList<>();
		for (String row : rows) {
			String[] f = row.split("\\s*\\|\\s*");
			List<TemporalMention> found = tagger.tag(f[1], WEDNESDAY_13_MARCH_2024, f[0]);
			String got = found.isEmpty() ? "nothing"
					: found.get(0).first() + ".." + found.get(found.size() - 1).last();
			if (!got.equals(f[2] + ".." + f[3])) {
				wrong.add(row + " but read " + got);
			}
		}
		assertThat(wrong).isEmpty();
	}

	private void readsNothing(String lang, String... texts) {
		for (String text : texts) {
			assertThat(tagger.tag(text, WEDNESDAY_13_MARCH_2024, lang)).as(text).isEmpty();
		}
	}

	@Test
	void countsWeekdaysForwardFromTheMeeting() {
		reads("es | antes del sábado | 2024-03-16 | 2024-03-16", "es | para el viernes | 2024-03-15 | 2024-03-15",
				"es | el martes que viene | 2024-03-19 | 2024-03-19", "en | by Wednesday | 2024-03-20 | 2024-03-20",
				"en | by next Tuesday | 2024-03-19 | 2024-03-19", "en | by COB Friday | 2024-03-15 | 2024-03-15",
				"pt | Até sexta-feira | 2024-03-15 | 2024-03-15", "pt | até segunda | 2024-03-18 | 2024-03-18",
				"pt | na próxima terça-feira | 2024-03-19 | 2024-03-19", "fr | d'ici jeudi | 2024-03-14 | 2024-03-14",
				"fr | avant vendredi | 2024-03-15 | 2024-03-15", "fr | mardi prochain | 2024-03-19 | 2024-03-19");
	}

	@Test
	void readsAWeekdayWithItsDayOfTheMonthAsTheDayThatIsBoth() {
		reads("es | el viernes 22 | 2024-03-22 | 2024-03-22", "en | Friday the 22nd | 2024-03-22 | 2024-03-22",
				"pt | sexta-feira, dia 22 | 2024-03-22 | 2024-03-22", "fr | vendredi 22 | 2024-03-22 | 2024-03-22",
				"es | el viernes 10 h | 2024-03-15 | 2024-03-15");
	}

	@Test
	void readsADayOfTheMonthAloneOnlyAfterALimitWord() {
		reads("es | hasta el día 20 | 2024-03-20 | 2024-03-20", "es | hasta el 5 | 2024-04-05 | 2024-04-05",
				"en | by the 20th | 2024-03-20 | 2024-03-20", "pt | até o dia 20 | 2024-03-20 | 2024-03-20",
				"pt | até dia 5 | 2024-04-05 | 2024-04-05", "fr | avant le 20 | 2024-03-20 | 2024-03-20");
		readsNothing("es", "el día 5 se reunió la comisión", "hasta el 20% del presupuesto", "hasta el día 10 de cada mes");
		readsNothing("en", "approved by 2 votes");
	}

	@Test
	void readsAWeekdayOfNextWeekAndTheFirstOfARecurrenceThatStartsThen() {
		reads("en | Tuesday next week | 2024-03-19 | 2024-03-19", "es | el viernes de la próxima semana | 2024-03-22 | 2024-03-22",
				"fr | mardi de la semaine prochaine | 2024-03-19 | 2024-03-19",
				"pt | na sexta-feira da próxima semana | 2024-03-22 | 2024-03-22",
				"en | weekly updates (Fridays; start next week!) | 2024-03-22 | 2024-03-22");
		readsNothing("en", "we meet on Fridays");
		readsNothing("pt", "retrospectiva aos sábados");
	}

	@Test
	void readsNumbersWrittenInWords() {
		reads("pt | até trinta e um de dezembro de dois mil e vinte e quatro | 2024-12-31 | 2024-12-31",
				"pt | até ao dia vinte e oito de junho | 2024-06-28 | 2024-06-28",
				"es | el veinticinco de mayo de dos mil veinticuatro | 2024-05-25 | 2024-05-25",
				"es | dentro de quince días | 2024-03-28 | 2024-03-28", "fr | le vingt et un juin | 2024-06-21 | 2024-06-21",
				"fr | le dix-huit avril deux mille vingt-quatre | 2024-04-18 | 2024-04-18",
				"en | a May meeting | 2024-05-01 | 2024-05-31");
		readsNothing("es", "un presupuesto de dos mil euros");
	}

	@Test
	void readsNextWeekAndNextMonthAsTheWholePeriod() {
		reads("es | la semana que viene | 2024-03-18 | 2024-03-24", "es | el próximo mes | 2024-04-01 | 2024-04-30",
				"en | next week | 2024-03-18 | 2024-03-24", "en | next month | 2024-04-01 | 2024-04-30",
				"pt | semana que vem | 2024-03-18 | 2024-03-24", "pt | no próximo mês | 2024-04-01 | 2024-04-30",
				"fr | la semaine prochaine | 2024-03-18 | 2024-03-24", "fr | le mois prochain | 2024-04-01 | 2024-04-30",
				"es | la próxima semana (18/03) | 2024-03-18 | 2024-03-18");
	}

	@Test
	void readsTheEndOfAPeriodAsItsLastDayAfterALimitWordElseItsLastThird() {
		reads("es | a finales de junio | 2024-06-21 | 2024-06-30", "es | antes de fin de mes | 2024-03-31 | 2024-03-31",
				"en | by the end of May | 2024-05-31 | 2024-05-31", "en | until the end of month | 2024-03-31 | 2024-03-31",
				"pt | até o final do mês | 2024-03-31 | 2024-03-31", "pt | no final de junho | 2024-06-21 | 2024-06-30",
				"fr | fin de mars | 2024-03-21 | 2024-03-31", "fr | d'ici fin mars | 2024-03-31 | 2024-03-31",
				"en | by the end of the year | 2024-12-31 | 2024-12-31");
	}

	@Test
	void readsTheEndOfAWeekAsItsFridayAndTheWeekendAsSaturdayAndSunday() {
		reads("en | by end of week | 2024-03-15 | 2024-03-15", "en | by the end of next week | 2024-03-22 | 2024-03-22",
				"pt | até o final da semana | 2024-03-15 | 2024-03-15",
				"fr | d'ici la fin de la semaine | 2024-03-15 | 2024-03-15",
				"es | este fin de semana | 2024-03-16 | 2024-03-17", "en | by EOW | 2024-03-15 | 2024-03-15",
				"en | over the weekend | 2024-03-16 | 2024-03-17", "fr | le week-end prochain | 2024-03-23 | 2024-03-24",
				"en | by EOY | 2024-12-31 | 2024-12-31");
		assertThat(tagger.tagCell("EOM", WEDNESDAY_13_MARCH_2024, "en").orElseThrow().first())
			.isEqualTo(LocalDate.of(2024, 3, 31));
	}

	@Test
	void readsQuartersAndHalves() {
		reads("es | en el primer trimestre del año 2025 | 2025-01-01 | 2025-03-31",
				"es | durante el segundo semestre | 2024-07-01 | 2024-12-31", "en | Q3 2024 | 2024-07-01 | 2024-09-30",
				"en | H2 2024 | 2024-07-01 | 2024-12-31", "pt | no primeiro trimestre de 2025 | 2025-01-01 | 2025-03-31",
				"pt | 2º semestre de 2024 | 2024-07-01 | 2024-12-31", "fr | T3 2024 | 2024-07-01 | 2024-09-30",
				"fr | S2 2025 | 2025-07-01 | 2025-12-31", "fr | au premier trimestre 2025 | 2025-01-01 | 2025-03-31");
		readsNothing("en", "Sprint S2 will review");
		assertThat(tagger.tag("Q3 2024", WEDNESDAY_13_MARCH_2024, "en").get(0).precision())
			.isEqualTo(DatePrecision.QUARTER);
	}

	@Test
	void readsDaysFromTheMeetingAsTheDaysUpToThemOrTheDayItself() {
		reads("es | en los próximos 15 días | 2024-03-14 | 2024-03-28", "es | dentro de dos semanas | 2024-03-27 | 2024-03-27",
				"en | within two weeks | 2024-03-14 | 2024-03-27", "en | in 2 weeks | 2024-03-27 | 2024-03-27",
				"pt | nos próximos 15 dias | 2024-03-14 | 2024-03-28", "pt | daqui a 15 dias | 2024-03-28 | 2024-03-28",
				"fr | dans les 15 jours | 2024-03-14 | 2024-03-28", "fr | sous 15 jours | 2024-03-14 | 2024-03-28",
				"fr | dans un mois | 2024-04-13 | 2024-04-13", "en | within 10 working days | 2024-03-14 | 2024-03-27");
	}

	@Test
	void readsPartialDatesOnTheirNextOccurrence() {
		reads("es | 14 de junio | 2024-06-14 | 2024-06-14", "es | el 5 de enero | 2025-01-05 | 2025-01-05",
				"en | June 14th | 2024-06-14 | 2024-06-14", "en | by the 14th of June | 2024-06-14 | 2024-06-14",
				"pt | até 3 de abril | 2024-04-03 | 2024-04-03", "pt | 1º de abril | 2024-04-01 | 2024-04-01",
				"fr | le 3 avril | 2024-04-03 | 2024-04-03", "fr | le 1er avril | 2024-04-01 | 2024-04-01",
				"es | hasta el 15/04 | 2024-04-15 | 2024-04-15");
	}

	@Test
	void readsNumericDates() {
		reads("es | 15/04/2024 | 2024-04-15 | 2024-04-15", "es | hasta el 15/04/24 | 2024-04-15 | 2024-04-15",
				"en | due 2024-04-15 | 2024-04-15 | 2024-04-15", "pt | Prazo: 15/04/2024 | 2024-04-15 | 2024-04-15",
				"pt | 15.04.2024 | 2024-04-15 | 2024-04-15", "fr | lundi 18/03 | 2024-03-18 | 2024-03-18",
				"fr | 15-04-2024 | 2024-04-15 | 2024-04-15");
	}

	@Test
	void readsRangesAsOnePeriod() {
		reads("es | del 3 al 5 de mayo | 2024-05-03 | 2024-05-05", "es | entre el 3 y el 5 de mayo | 2024-05-03 | 2024-05-05",
				"en | 3–5 May | 2024-05-03 | 2024-05-05", "en | May 3-5 | 2024-05-03 | 2024-05-05",
				"pt | de 3 a 5 de maio | 2024-05-03 | 2024-05-05", "pt | entre 3 e 5 de maio | 2024-05-03 | 2024-05-05",
				"fr | du 3 au 5 mai | 2024-05-03 | 2024-05-05", "fr | les 3 et 4 mai | 2024-05-03 | 2024-05-04");
	}

	@Test
	void readsNoDateInVagueWords() {
		readsNothing("es", "lo antes posible", "en la próxima reunión");
		readsNothing("en", "ASAP", "at the next meeting");
		readsNothing("pt", "em breve", "na próxima reunião");
		readsNothing("fr", "dès que possible");
	}

	@Test
	void readsNoDateInNumbersThatAreNone() {
		readsNothing("es", "Resolución 12/2024 del Consejo", "la Ley 25.326", "según el artículo 3.1", "Acta nº 5/2019",
				"a las 10.30 horas", "entre 10 y 12 personas", "hasta el 2º piso");
		readsNothing("en", "release v1.2.3 is out", "ISO 9001:2015 certification", "by the 2nd reading", "by 3 votes to 2");
		readsNothing("pt", "Item 2.3: aprovado", "até 30% do orçamento", "Prazo: 2.3 milhões");
		readsNothing("fr", "CPF-110/2020/D1116 : Rapports", "avant le 1er tour");
		reads("pt | Data de entrega: 12.04 | 2024-04-12 | 2024-04-12");
	}

	@Test
	void readsCellsOfADateColumn() {
		assertThat(tagger.tagCell("15/abr", WEDNESDAY_13_MARCH_2024, "pt").orElseThrow().first())
			.isEqualTo(LocalDate.of(2024, 4, 15));
		assertThat(tagger.tagCell("15 avr.", WEDNESDAY_13_MARCH_2024, "fr").orElseThrow().first())
			.isEqualTo(LocalDate.of(2024, 4, 15));
		assertThat(tagger.tagCell("30 abr", WEDNESDAY_13_MARCH_2024, "es").orElseThrow().first())
			.isEqualTo(LocalDate.of(2024, 4, 30));
		assertThat(tagger.tagCell("Friday", WEDNESDAY_13_MARCH_2024, "en").orElseThrow().first())
			.isEqualTo(LocalDate.of(2024, 3, 15));
	}

	@Test
	void warnsWhenANumericDateCouldBeReadEitherWay() {
		TemporalMention date = tagger.tag("review on 04/05/2024", WEDNESDAY_13_MARCH_2024, "en").get(0);
		assertThat(date.ambiguous()).isTrue();
		assertThat(date.warningKey()).isEqualTo("date.day-month-order");
		assertThat(tagger.tag("hasta el 04/05/2024", WEDNESDAY_13_MARCH_2024, "es").get(0).ambiguous()).isFalse();
	}

	@Test
	void readsAWeekFromADayInFigures() {
		reads("es | la semana del 18/03 | 2024-03-18 | 2024-03-24", "en | the week of 3/18 | 2024-03-18 | 2024-03-24",
				"pt | na semana de 18/03/2024 | 2024-03-18 | 2024-03-24", "fr | la semaine du 18/03 | 2024-03-18 | 2024-03-24",
				"en | w/c 18/03 | 2024-03-18 | 2024-03-24");
	}

	@Test
	void readsADayAloneAfterForAsALimit() {
		reads("es | Preparar los carteles para el 26. | 2024-03-26 | 2024-03-26",
				"en | Print the flyers for the 26th. | 2024-03-26 | 2024-03-26",
				"pt | Imprimir os cartazes para o dia 26 | 2024-03-26 | 2024-03-26",
				"fr | Lister les demandes matériels pour le 26 : tableaux, aimants | 2024-03-26 | 2024-03-26");
		assertThat(tagger.tag("Création des documents à imprimer pour le 26.", WEDNESDAY_13_MARCH_2024, "fr"))
			.extracting(TemporalMention::kind).containsExactly(TemporalMention.Kind.DEADLINE);
		readsNothing("en", "for the 26 participants");
		readsNothing("es", "durante el 26", "para el 26%");
		readsNothing("fr", "jusqu'au 15:30");
	}

	@Test
	void readsADateAfterALabelAndAnArrow() {
		reads("pt | Deadline -> 25/03 | 2024-03-25 | 2024-03-25", "es | Entrega → 25/03 | 2024-03-25 | 2024-03-25",
				"en | Due => 25/03 | 2024-03-25 | 2024-03-25", "fr | Échéance -> 25/03 | 2024-03-25 | 2024-03-25");
	}

	@Test
	void readsADayAMonthAndTwoFiguresOfTheYearJoinedByDashes() {
		reads("es | 2-abril-25 | 2025-04-02 | 2025-04-02", "en | 12-Apr-24 | 2024-04-12 | 2024-04-12",
				"pt | 5-maio-2025 | 2025-05-05 | 2025-05-05", "fr | 02-avr-25 | 2025-04-02 | 2025-04-02");
	}

	// near10: dates on items matched without them (a figure spelt out again, "sep", "one-week", a horizon)

	@Test
	void readsADayWhoseFigureIsSpeltOutAgainInBracketsAsThatDay() {
		reads("pt | a votação para o dia 18 (dezoito) de abril de 2024 | 2024-04-18 | 2024-04-18",
				"pt | até o dia 31 (trinta e um) de maio | 2024-05-31 | 2024-05-31",
				"es | la votación se hará el día 18 (dieciocho) de abril de 2024 | 2024-04-18 | 2024-04-18",
				"fr | le vote aura lieu le 18 (dix-huit) avril 2024 | 2024-04-18 | 2024-04-18",
				"en | the vote will be held on 18 (eighteen) April 2024 | 2024-04-18 | 2024-04-18",
				"pt | até 31 de dezembro de 2024 (dois mil e vinte e quatro) | 2024-12-31 | 2024-12-31");
		// words in brackets that say another number are no echo: the day does not reach the month
		assertThat(tagger.tag("o dia 18 (dezanove) de abril", WEDNESDAY_13_MARCH_2024, "pt"))
			.noneMatch(m -> m.first().equals(LocalDate.of(2024, 4, 18)));
	}

	@Test
	void readsSeptemberCutToSepInEachLanguage() {
		reads("fr | pour samedi, le 21 sep | 2024-09-21 | 2024-09-21", "fr | à rendre le 17 sep | 2024-09-17 | 2024-09-17",
				"es | entregar el 17 sep | 2024-09-17 | 2024-09-17", "en | due 17 Sep | 2024-09-17 | 2024-09-17",
				"pt | entregar em 17 set | 2024-09-17 | 2024-09-17");
	}

	@Test
	void readsACountJoinedToItsUnitByAHyphenAsTheDaysUpToIt() {
		reads("en | comments within the one-week deadline | 2024-03-14 | 2024-03-20",
				"en | within a two-week period | 2024-03-14 | 2024-03-27",
				"es | comentarios en un plazo de una semana | 2024-03-14 | 2024-03-20",
				"pt | comentários no prazo de uma semana | 2024-03-14 | 2024-03-20",
				"fr | commentaires dans un délai d'une semaine | 2024-03-14 | 2024-03-20");
		readsNothing("en", "a two-week sprint", "the one-week course was useful");
	}

	@Test
	void readsAYearGivenAsAHorizonAsThatYear() {
		reads("fr | réduire les délais à l'horizon 2030 | 2030-01-01 | 2030-12-31",
				"fr | un plan à l’horizon 2026 | 2026-01-01 | 2026-12-31",
				"es | reducir los plazos en el horizonte 2030 | 2030-01-01 | 2030-12-31",
				"es | un plan con horizonte a 2026 | 2026-01-01 | 2026-12-31",
				"pt | reduzir os prazos no horizonte de 2030 | 2030-01-01 | 2030-12-31",
				"en | reduce the delays by 2030 | 2030-01-01 | 2030-12-31");
		readsNothing("fr", "le programme Horizon 2020 finance le projet");
		readsNothing("es", "la Agenda Horizonte 2030 fue presentada");
		readsNothing("en", "a Horizon 2020 project");
	}
}
