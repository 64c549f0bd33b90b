package org.puente.consultations;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.puente.PuenteTest;
import org.puente.accounts.Accounts;
import org.puente.accounts.MailChoice;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A reminder says whom it reached (walk18 #16: "A reminder was sent…" when none of the eleven countries had anyone to
 * receive it): how many people were written to, which countries have nobody — on the page and through the API — and
 * a country with nobody is not marked reminded.
 */
@PuenteTest
class ReminderRecipientsTests extends ConsultationTestSupport {

	@Autowired
	Accounts accounts;

	UUID consultation;

	@BeforeEach
	void sent() throws Exception {
		consultation = sendConsultation("CRM", LocalDate.now().plusDays(10), "ACCEPT_LATE");
	}

	/** Marks answered the countries that have someone to receive a reminder ({@code reachable}), or the others. */
	void answeredWhere(boolean reachable) {
		for (ConsultationResponse r : responses.findByConsultationIdOrderByCountryIso2(consultation)) {
			boolean someone = !accounts.wanting(MailChoice.CONSULTATION_NOTICES,
					accounts.ofCountry(r.getCountryIso2())).isEmpty();
			if (someone == reachable) {
				jdbc.update("update consultation_response set status = 'SUBMITTED', submitted_at = now() where id = ?",
						r.getId());
			}
		}
	}

	@Autowired
	org.springframework.context.MessageSource messages;

	/**
	 * The announcement the page shows after the reminder, in {@code language}: its sentence and arguments, as the
	 * layout writes them ({@code #messages.msgWithParams(flash, flashArgs)}).
	 */
	String remindOnThePage(String language) throws Exception {
		var flash = mvc.perform(post("/consultations/{id}/remind", consultation).with(as("st-crm"))
			.with(csrf()).header("Accept-Language", language)).andExpect(status().is3xxRedirection()).andReturn()
			.getFlashMap();
		noticesSent(consultation);
		return messages.getMessage((String) flash.get("flash"), (Object[]) flash.get("flashArgs"),
				java.util.Locale.forLanguageTag(language));
	}

	long reminderMails() {
		String title = management.find(consultation).title().es();
		return Arrays.stream(greenMail.getReceivedMessages()).filter(m -> {
			try {
				return m.getSubject().contains(title);
			}
			catch (jakarta.mail.MessagingException ex) {
				return false;
			}
		}).count();
	}

	@Test
	void aReminderThatReachesNobodySaysSoAndMarksNobodyReminded() throws Exception {
		answeredWhere(true);
		greenMail.reset();
		assertThat(remindOnThePage("en"))
			.startsWith("No reminder was sent: none of the countries that have not answered (")
			.contains("has anyone to receive it — Belize, ")
			.doesNotContain("Panama");
		assertThat(responses.findByConsultationIdOrderByCountryIso2(consultation))
			.allMatch(r -> r.getRemindedAt() == null);
		assertThat(reminderMails()).isZero();
		mvc.perform(post("/api/v1/consultations/{id}/remind", consultation).with(as("st-crm")).with(csrf())
			.header("Accept-Language", "fr"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.reached.length()").value(0))
			.andExpect(jsonPath("$.people").value(0))
			.andExpect(jsonPath("$.nobodyToReceive").value(hasItem("BZ")))
			.andExpect(jsonPath("$.message").value(startsWith("Aucun rappel n’a été envoyé : aucun des pays")));
	}

	@Test
	void aReminderThatReachesSomeSaysHowManyPeopleAndWhichCountriesHaveNobody() throws Exception {
		greenMail.reset();
		assertThat(remindOnThePage("en")).matches("A reminder was sent\\. Countries that have not answered: 11; "
				+ "reminded: \\d+; people written to: \\d+\\. Nobody can receive it in: Belize, .*\\(no focal point "
				+ "account, or consultation notices switched off\\)\\.").doesNotContain("Panama").doesNotContain("Mexico");
		assertThat(responses.findByConsultationIdAndCountryIso2(consultation, "PA").orElseThrow().getRemindedAt())
			.isNotNull();
		assertThat(responses.findByConsultationIdAndCountryIso2(consultation, "BZ").orElseThrow().getRemindedAt())
			.isNull();
		assertThat(reminderMails()).isGreaterThanOrEqualTo(2); // Panamá's and México's focal points
		mvc.perform(post("/api/v1/consultations/{id}/remind", consultation).with(as("st-crm")).with(csrf())
			.header("Accept-Language", "pt"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.notAnswered").value(11))
			.andExpect(jsonPath("$.reached").value(hasItem("PA")))
			.andExpect(jsonPath("$.reached").value(not(hasItem("BZ"))))
			.andExpect(jsonPath("$.nobodyToReceive").value(hasItem("BZ")))
			.andExpect(jsonPath("$.message").value(startsWith("Foi enviado um lembrete. Países que não responderam: 11")));
	}

	@Test
	void aReminderThatReachesEveryCountryLeftSaysHowManyPeople() throws Exception {
		answeredWhere(false);
		assertThat(remindOnThePage("es")).matches("Se envió un recordatorio a todos los países que no han respondido "
				+ "\\(\\d+\\)\\. Personas avisadas por correo: \\d+\\.");
		// the focal points of another conference's consultation: 403, as on the page
		mvc.perform(post("/api/v1/consultations/{id}/remind", consultation).with(as("st-csm")).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/consultations/{id}/remind", consultation).with(as("fp-panama")).with(csrf()))
			.andExpect(status().isForbidden());
	}
}
