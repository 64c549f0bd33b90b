package org.puente.experts;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.puente.PuenteTest;

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

	/**
	 * Walk 10 #6: a quota out of range was told alone, as a line of the summary linked to no field, and only once the
	 * title, sessions and deadline were right — a second refusal. It is now one of the field errors, in its place, and
	 * each error is read with the field it belongs to.
	 */
	@Test
	void aQuotaOutOfRangeIsRefusedOnItsFieldWithTheOtherMistakes() throws Exception {
		String page = mvc.perform(post("/experts/rounds").with(as("st-csm")).with(csrf())
				.header("Accept-Language", "fr").param("quota", "25"))
			.andExpect(status().isUnprocessableContent()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		String summary = page.substring(page.indexOf("id=\"error-summary\""), page.indexOf("</ul>",
				page.indexOf("id=\"error-summary\"")));
		assertThat(summary).containsSubsequence("href=\"#title\"", "href=\"#sessions\"",
				"<a href=\"#quota\">Le quota va de 1 à 20 experts par session et par Conférence.</a>", "href=\"#deadline\"");
		assertThat(page).containsPattern("<input type=\"number\" id=\"quota\"[^>]*aria-describedby=\"quota-error\"")
			.containsPattern("<input type=\"number\" id=\"quota\"[^>]*aria-invalid=\"true\"")
			.containsPattern("<fieldset id=\"sessions\"[^>]*aria-describedby=\"sessions-error\"")
			.containsPattern("id=\"deadline-error\">\\s*<span class=\"visually-hidden\">Erreur :</span>");
		String empty = mvc.perform(post("/experts/rounds").with(as("st-csm")).with(csrf())
				.header("Accept-Language", "pt").param("title", "Rodada de março").param("sessions", "4")
				.param("quota", "").param("deadline", LocalDate.now().plusDays(30).toString()))
			.andExpect(status().isUnprocessableContent()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(empty).contains("<a href=\"#quota\">A cota vai de 1 a 20 especialistas por sessão e Conferência.</a>");
	}

	/**
	 * Walk 10 #18: a round's title is shown as written, marked with the language of the page it was opened from when
	 * a reader reads another (the demo's Spanish round on a French page, a French round on a Spanish one).
	 */
	@Test
	void aRoundsTitleCarriesTheLanguageItWasWrittenIn() throws Exception {
		String title = "Experts pour la session 5 " + UUID.randomUUID();
		String opened = mvc.perform(post("/experts/rounds").with(as("st-csm")).with(csrf())
				.header("Accept-Language", "fr").param("title", title).param("sessions", "5").param("quota", "2")
				.param("deadline", LocalDate.now().plusDays(30).toString()))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		assertThat(read(opened, "es")).contains("<h1 lang=\"fr\">" + title + "</h1>");
		assertThat(read(opened, "fr")).contains("<h1>" + title + "</h1>");
		assertThat(read("/experts/rounds", "es")).contains("lang=\"fr\">" + title + "</a>");
		assertThat(read("/experts/rounds", "fr")).contains("\">" + title + "</a>")
			.contains("lang=\"es\">" + DemoExperts.ROUND_TITLE + "</a>");
	}

	private String read(String path, String language) throws Exception {
		return mvc.perform(get(path).with(as("st-csm")).header("Accept-Language", language))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
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
		// and its own conference only: Chile's focal point was offered the CRM, whose proposals it may not make (walk of
		// 5 December, night)
		assertThat(focalPoint).containsPattern(
				"<select id=\"conference\" name=\"conference\">\\s*<option value=\"CRM\" selected=\"selected\">CRM</option>\\s*</select>");
		assertThat(secretariat).containsPattern("<select id=\"conference\" name=\"conference\">\\s*<option value=\"CRM\"[^>]*>CRM</option>\\s*<option value=\"CSM\"");
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
		// each field marked and described by its error, the error announced as one (walk 17: only the expert's was
		// described, none was marked, and no error said "Error:" to a screen reader)
		org.jsoup.nodes.Document refused = org.jsoup.Jsoup.parse(page);
		for (String field : List.of("session", "conference", "country", "expertId")) {
			assertThat(refused.getElementById(field).attr("aria-invalid")).as(field).isEqualTo("true");
			assertThat(refused.getElementById(field).attr("aria-describedby")).as(field).startsWith(field + "-error");
			assertThat(refused.getElementById(field + "-error").text()).as(field).startsWith("Error:");
		}
	}

	/**
	 * Late walk-through #23: an expert who named session 6 only, proposed for session 4, is proposed (the conferences
	 * may allow it) with a warning: the form says which sessions each expert named, the proposer hears it, and the
	 * round shows the ST the proposal marked; one proposed for a session she named is not marked.
	 */
	@Test
	void anExpertProposedOutsideTheSessionsSheNamedIsProposedWithAWarningTheRoundShows() throws Exception {
		UUID round = openRound(LocalDate.now().plusDays(5));
		String name = "Experta de la sesión seis " + UUID.randomUUID();
		ExpertData six = data(name, "PA");
		UUID outside = roster.create(new ExpertData(six.fullName(), six.email(), six.affiliation(), six.country(),
				six.languages(), List.of(6), six.objectives(), six.bio(), six.links(), six.gender(), six.region()),
				CONSENTED, account("st-crm"));
		UUID within = expert("PA");
		String form = mvc.perform(get("/experts/rounds/{id}", round).with(as("fp-panama"))
				.header("Accept-Language", "es")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(form).contains(name + " — Panamá (sesión 6)</option>")
			.contains("data-sessions=\"6\"").contains("id=\"expert-sessions-warning\"");

		var proposed = mvc.perform(post("/experts/rounds/{id}/nominations", round).with(as("fp-panama")).with(csrf())
				.param("session", "4").param("conference", "CRM").param("country", "PA")
				.param("expertId", outside.toString()))
			.andExpect(status().is3xxRedirection()).andReturn();
		assertThat(proposed.getFlashMap().get("flash")).isEqualTo("experts.nomination.proposedOutside");
		var plain = mvc.perform(post("/experts/rounds/{id}/nominations", round).with(as("fp-panama")).with(csrf())
				.param("session", "4").param("conference", "CRM").param("country", "PA")
				.param("expertId", within.toString()))
			.andExpect(status().is3xxRedirection()).andReturn();
		assertThat(plain.getFlashMap().get("flash")).isEqualTo("experts.nomination.proposed");
		assertThat(jdbc.queryForList("select expert_id, sessions_named from experts_nomination where round_id = ?",
				round)).extracting(r -> r.get("expert_id").toString() + ":" + r.get("sessions_named"))
			.containsExactlyInAnyOrder(outside + ":6", within + ":null");

		String st = mvc.perform(get("/experts/rounds/{id}", round).with(as("st-crm")).header("Accept-Language", "pt"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(st).containsOnlyOnce("Fora das sessões que escolheu (6)");
		org.puente.web.HtmlValidityTests.validPage("/experts/rounds/{id}", st);
	}
}
