package org.puente.experts;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.puente.PuenteTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The forms of the nomination rounds sent empty (walk-through of 4 December, late): the summary names each missing
 * field, in the form's order — it read "Escriba una fecha válida (aaaa-mm-dd). Este dato es obligatorio. Elija al
 * menos una sesión temática.", the date first, the title unnamed, for a deadline left empty.
 */
@PuenteTest
@AutoConfigureMockMvc
class RoundFormsTests extends ExpertsTestSupport {

	@Test
	void aRoundSentEmptyNamesEachFieldInTheFormsOrder() throws Exception {
		String page = mvc.perform(post("/experts/rounds").with(as("st-crm")).with(csrf())
				.header("Accept-Language", "es").param("quota", "3"))
			.andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
		String summary = page.substring(page.indexOf("id=\"error-summary\""), page.indexOf("</ul>",
				page.indexOf("id=\"error-summary\"")));
		assertThat(summary).containsSubsequence("«Ronda»: este dato es obligatorio.",
				"Elija al menos una sesión temática.", "«Fecha límite»: este dato es obligatorio.")
			.doesNotContain("fecha válida");
	}

	@Test
	void aSecretariatChoosesTheProposingStateAFocalPointHasItsOwn() throws Exception {
		UUID round = openRound(LocalDate.now().plusDays(5));
		String secretariat = mvc.perform(get("/experts/rounds/{id}", round).with(as("st-crm")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(secretariat).containsPattern("<select id=\"country\" name=\"country\">\\s*<option value=\"\"");
		String focalPoint = mvc.perform(get("/experts/rounds/{id}", round).with(as("fp-panama")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(focalPoint).containsPattern("<select id=\"country\" name=\"country\">\\s*<option value=\"PA\"");
	}

	@Test
	void aProposalSentEmptyNamesEachFieldInTheFormsOrder() throws Exception {
		UUID round = openRound(LocalDate.now().plusDays(5));
		String page = mvc.perform(post("/experts/rounds/{id}/nominations", round).with(as("st-crm")).with(csrf())
				.header("Accept-Language", "en"))
			.andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
		assertThat(page).containsSubsequence("“Thematic session”: this is required.",
				"“On behalf of the conference”: this is required.", "“Proposing member state”: this is required.",
				"“Expert (only those who consented)”: this is required.");
	}
}
