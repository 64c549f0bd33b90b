package org.puente.consultations;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.puente.PuenteTest;
import org.puente.accounts.Accounts;
import org.puente.glossary.Glossary;
import org.puente.i18n.Deadline;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A country's answers are submitted at the application's clock, the one that decides whether they are late: at a
 * fixed instant a second before and at the end of the deadline day where it ends last (UTC−12), the response says it
 * was submitted then, on time and late, rather than at the machine's time.
 */
@PuenteTest
class ConsultationSubmitClockTests extends ConsultationTestSupport {

	@Autowired
	ConsultationReads reads;

	@Autowired
	AnswerRepository answers;

	@Autowired
	Accounts accounts;

	@Autowired
	Glossary glossary;

	@Autowired
	org.puente.accounts.People people;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	UserDetailsService users;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void submittedAtTheClocksInstantOnEitherSideOfTheDeadlinesMidnight() throws Exception {
		LocalDate deadline = LocalDate.of(2031, 5, 20);
		Instant lastSecond = deadline.atTime(23, 59, 59).atZone(Deadline.ZONE).toInstant();
		assertThat(submittedAt(deadline, lastSecond)).isEqualTo(new Submitted(lastSecond, false));
		Instant midnight = lastSecond.plusSeconds(1);
		assertThat(submittedAt(deadline, midnight)).isEqualTo(new Submitted(midnight, true));
	}

	record Submitted(Instant at, boolean late) {
	}

	/** Panamá's answers to a new consultation, submitted with the application's clock fixed at {@code at}. */
	private Submitted submittedAt(LocalDate deadline, Instant at) throws Exception {
		UUID consultation = sendConsultation("CRM", deadline, "ACCEPT_LATE");
		UUID question = firstQuestion(consultation);
		mvc.perform(post("/consultations/{id}/answer/{q}", consultation, question).with(as("fp-panama")).with(csrf())
			.header("HX-Request", "true")
			.param("language", "es")
			.param("text-" + question, "Retorno con apoyo del Estado.")
			.param("version-" + question, "")).andExpect(status().isOk());
		Answering answering = new Answering(reads, responses, answers, accounts, glossary, events,
				Clock.fixed(at, ZoneId.of("America/Panama")), people);
		var panama = users.loadUserByUsername("fp-panama");
		SecurityContextHolder.getContext()
			.setAuthentication(new UsernamePasswordAuthenticationToken(panama, null, panama.getAuthorities()));
		try {
			transactions.executeWithoutResult(done -> answering.submit(consultation));
		}
		finally {
			SecurityContextHolder.clearContext();
		}
		ConsultationResponse response = responses.findByConsultationIdAndCountryIso2(consultation, "PA").orElseThrow();
		return new Submitted(response.getSubmittedAt(), response.isLate());
	}
}
