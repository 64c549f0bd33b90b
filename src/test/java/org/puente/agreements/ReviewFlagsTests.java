package org.puente.agreements;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.puente.PuenteTest;
import org.puente.i18n.DatePrecision;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The doubtful readings of Acta 9 and 11 of the seeds, flagged with their reason, and clean readings left alone. */
@PuenteTest
class ReviewFlagsTests {

	private static final Locale ES = Locale.forLanguageTag("es");

	@Autowired
	ReviewFlags flags;

	@Autowired
	MessageSource messages;

	@Test
	void theUnitedNationsSecretariatOnlyReceivesTheListsOfActa9() {
		ReviewItem acta9 = item("… la PPT de la CRM y de la CSM presentarán una propuesta acordada entre ambas PPTs … "
				+ "enviadas a nombre de ambas Conferencias por parte de las PPTs al Secretariado de Naciones Unidas.",
				party("role:PPT-CRM"), party("role:PPT-CSM"), party("org:UN-SECRETARIAT"));
		assertThat(flags.of(acta9, ES)).extracting(ReviewFlags.Flag::reason, ReviewFlags.Flag::subject)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("agreements.review.flag.recipient",
					"Secretariado de Naciones Unidas"));
	}

	@Test
	void thePlenaryCannotActAndAnAgreementWithoutPartiesOrItsDeadlineIsFlagged() {
		assertThat(flags.of(item("La Plenaria CRM-CSM dará seguimiento a los acuerdos.", party("body:PLENARY")), ES))
			.extracting(ReviewFlags.Flag::reason).containsExactly("agreements.review.flag.cannotAct");
		assertThat(flags.of(item("Elaborar un informe conjunto a más tardar al cierre del proceso."), ES))
			.extracting(ReviewFlags.Flag::reason)
			.containsExactly("agreements.review.flag.noResponsible", "agreements.review.flag.undated");
	}

	@Test
	void aPartyThatActsAndADeadlineThatWasReadRaiseNothing() {
		ReviewItem clean = new ReviewItem("i1", "1", null,
				"Chile enviará a la ST de la CSM el informe a más tardar el 12 de junio.", List.of(party("country:CL")),
				List.of(), List.of(new DateMention("a más tardar el 12 de junio", LocalDate.of(2017, 6, 12),
						LocalDate.of(2017, 6, 12), DatePrecision.DAY, DateKind.DEADLINE, null)), 0, 10);
		assertThat(flags.of(clean, ES)).isEmpty();
	}

	@Test
	void aDateReadFromAWeekdayAloneIsExplainedInTheReadersLanguageNotByItsCode() {
		ReviewItem weekday = new ReviewItem("i1", "1", null, "Chile enviará el informe el viernes.",
				List.of(party("country:CL")), List.of(), List.of(new DateMention("el viernes", LocalDate.of(2017, 6, 23),
						LocalDate.of(2017, 6, 23), DatePrecision.DAY, DateKind.DEADLINE, "date.weekday-only")), 0, 10);
		List<ReviewFlags.Flag> found = flags.of(weekday, ES);
		assertThat(found).extracting(ReviewFlags.Flag::reason).containsExactly("agreements.review.flag.date.weekday-only");
		for (String language : List.of("es", "en", "pt", "fr")) {
			String shown = messages.getMessage(found.get(0).reason(), new Object[] { "el viernes", "" },
					Locale.forLanguageTag(language));
			assertThat(shown).contains("el viernes").doesNotContain("date.weekday-only").doesNotContain("agreements.");
		}
	}

	/**
	 * A deadline said as a weekday that no date was read from ("add actual code by thursdays" in a student team's
	 * notes, walk of 5 December #7): flagged as the other deadlines said in words are, in the four languages.
	 */
	@Test
	void aDeadlineSaidAsAWeekdayWithNoDateReadIsFlagged() {
		for (String text : List.of("add actual code by thursdays", "Send the slides by Friday.",
				"Enviar las diapositivas para el viernes.", "Enviar os slides até sexta-feira.",
				"Envoyer les diapositives pour vendredi.")) {
			assertThat(flags.of(item(text, party("country:CL")), ES)).as(text).extracting(ReviewFlags.Flag::reason)
				.containsExactly("agreements.review.flag.undated");
		}
		assertThat(flags.of(item("The group met on Friday.", party("country:CL")), ES)).as("a weekday, no deadline")
			.isEmpty();
	}

	private static ReviewItem item(String text, PartyReference... responsible) {
		return new ReviewItem("i1", "1", null, text, List.of(responsible), List.of(), List.of(), 0, text.length());
	}

	private static PartyReference party(String id) {
		return new PartyReference(id, id);
	}
}
