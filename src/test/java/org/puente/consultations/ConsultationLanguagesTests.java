package org.puente.consultations;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.puente.PuenteTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Panama's focal point reads Puente in English and answers a Spanish questionnaire in Spanish (walk-through of 4
 * December, late): the answers' language starts as Panama's, not the page's, and a term the questionnaire asks to
 * define, new to the glossary, enters it under the language the secretariat wrote it in — it was filed as English,
 * "missing in Spanish", after Panama's answer.
 */
@PuenteTest
class ConsultationLanguagesTests extends ConsultationTestSupport {

	@BeforeEach
	void readsInEnglish() {
		jdbc.update("update account set language = 'en' where username = 'fp-panama'");
	}

	@AfterEach
	void readsInSpanishAgain() {
		jdbc.update("update account set language = 'es' where username = 'fp-panama'");
	}

	@Test
	void theAnswersStartInTheCountrysLanguage() throws Exception {
		UUID consultation = sendConsultation("CRM", LocalDate.now().plusDays(10), "REFUSE_LATE");
		String sheet = mvc.perform(get("/consultations/{id}/answer", consultation).with(as("fp-panama"))
			.header("Accept-Language", "en")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(sheet).containsPattern("<option value=\"es\"\\s+selected=\"selected\">Spanish</option>")
			.contains("<option value=\"en\">English</option>");
	}

	@Test
	void whoAnsweredIsListedByTheCountrysNameInTheReadersLanguage() throws Exception {
		UUID consultation = sendConsultation("CRM", LocalDate.now().plusDays(10), "REFUSE_LATE");
		String es = mvc.perform(get("/consultations/{id}", consultation).with(as("st-crm"))
			.header("Accept-Language", "es")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(es.indexOf(">Panamá<")).isPositive().isLessThan(es.indexOf(">República Dominicana<"));
		assertThat(es.indexOf(">El Salvador<")).isPositive().isLessThan(es.indexOf(">Estados Unidos<"))
			.isLessThan(es.indexOf(">Guatemala<"));
	}

	/**
	 * Walk of 5 December, evening: on a French page the glossary's terms were listed in the order of their Spanish
	 * names («abus d'autorité, hébergement, soutien logistique, avantage financier…»), and a question tied to «retour
	 * assisté» showed «retorno asistido». Both now in the reader's words, in the reader's alphabetical order.
	 */
	@Test
	void theGlossaryTermsAreListedAndNamedInTheReadersLanguage() throws Exception {
		String draft = mvc.perform(post("/consultations").with(as("st-crm")).with(csrf())
			.param("title.fr", "Termes du retour " + UUID.randomUUID()).param("processes", "CRM")
			.param("deadline", LocalDate.now().plusDays(10).toString()).param("latePolicy", "REFUSE_LATE"))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		UUID returnTerm = jdbc.queryForObject("select id from glossary_term where label_es = 'retorno asistido' limit 1",
				UUID.class);
		mvc.perform(post(draft + "/questions").with(as("st-crm")).with(csrf()).param("kind", "TERM_DEFINITION")
			.param("prompt.fr", "Comment votre pays définit-il ce terme ?").param("glossaryTermId", returnTerm.toString()))
			.andExpect(status().is3xxRedirection());
		String page = mvc.perform(get(draft).with(as("st-crm")).header("Accept-Language", "fr"))
			.andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(page.indexOf(">avantage financier<")).isPositive().isLessThan(page.indexOf(">hébergement<"));
		assertThat(page).contains("<strong>retour assisté</strong>").doesNotContain("<strong>retorno asistido</strong>");
	}

	/**
	 * Walk of 5 December, night: Panama's focal point, reading in English, was asked to define «retorno asistido» (the
	 * label stored when the question was asked), and the empty answer refused on submit was said in the summary only.
	 */
	@Test
	void theAnswerSheetNamesTheTermInTheReadersLanguageAndMarksARefusedAnswer() throws Exception {
		UUID consultation = sendConsultation("CRM", LocalDate.now().plusDays(10), "REFUSE_LATE");
		UUID question = firstQuestion(consultation);
		// tied to the glossary's term, as when chosen from the list (the walk's)
		jdbc.update("update consultation_question set glossary_term_id = (select id from glossary_term where label_es ="
				+ " 'retorno asistido' limit 1) where id = ?", question);
		String sheet = mvc.perform(get("/consultations/{id}/answer", consultation).with(as("fp-panama"))
			.header("Accept-Language", "en")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(sheet).contains("<strong>assisted return</strong>").doesNotContain("<strong>retorno asistido</strong>");
		String refused = mvc.perform(post("/consultations/{id}/submit", consultation).with(as("fp-panama")).with(csrf())
			.header("Accept-Language", "en").param("text-" + question, " ").param("version-" + question, ""))
			.andExpect(status().isUnprocessableContent()).andReturn().getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		String field = refused.substring(refused.indexOf("<textarea id=\"q-" + question));
		assertThat(field.substring(0, field.indexOf('>'))).contains("aria-invalid=\"true\"")
			.contains("aria-describedby=\"error-" + question + " hint-" + question);
		assertThat(refused).contains("<p class=\"error-message\" id=\"error-" + question + "\">");
	}

	@Test
	void aNewTermEntersTheGlossaryInTheLanguageItWasAskedIn() throws Exception {
		UUID consultation = sendConsultation("CRM", LocalDate.now().plusDays(10), "REFUSE_LATE");
		String term = "alerta temprana " + UUID.randomUUID().toString().substring(0, 8);
		UUID question = firstQuestion(consultation);
		jdbc.update("update consultation_question set term = ?, glossary_term_id = null where id = ?", term, question);
		// an answer sent as English: the person chose it, or the page offered it
		panamaAnswersAndSubmits(consultation, question, "en", "Mecanismo que detecta a tiempo aumentos inusuales de flujos.");
		Map<String, Object> labels = jdbc.queryForMap(
				"select label_es, label_en from glossary_term where label_es = ? or label_en = ?", term, term);
		assertThat(labels.get("label_es")).isEqualTo(term);
		assertThat(labels.get("label_en")).isNull();
	}

	/**
	 * A definition question needs no wording of its own (the term is the question): the term then takes the language
	 * of the questionnaire's title. Walk18: "labour mobility", asked in a questionnaire written in English alone,
	 * entered the glossary as its Spanish name, "still missing in English".
	 */
	@Test
	void aTermAskedWithoutWordingTakesTheQuestionnairesLanguage() throws Exception {
		UUID consultation = sendConsultation("CRM", LocalDate.now().plusDays(10), "REFUSE_LATE");
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		jdbc.update("update consultation set title_es = null, title_en = ? where id = ?", "Labour terms " + suffix,
				consultation);
		String term = "labour mobility " + suffix;
		UUID question = firstQuestion(consultation);
		jdbc.update("update consultation_question set term = ?, glossary_term_id = null, prompt_es = null, "
				+ "prompt_en = null, prompt_pt = null, prompt_fr = null where id = ?", term, question);
		panamaAnswersAndSubmits(consultation, question, "es", "Desplazamiento de personas trabajadoras entre países.");
		Map<String, Object> labels = jdbc.queryForMap(
				"select label_es, label_en from glossary_term where label_es = ? or label_en = ?", term, term);
		assertThat(labels.get("label_en")).isEqualTo(term);
		assertThat(labels.get("label_es")).isNull();
	}

	/**
	 * The glossary records an answered definition with the questionnaire's title as its source, and that title's
	 * language, so that its pages mark it with lang: here a questionnaire titled in Portuguese alone.
	 */
	@Test
	void anAnsweredDefinitionsSourceIsTheQuestionnairesTitleInItsLanguage() throws Exception {
		UUID consultation = sendConsultation("CRM", LocalDate.now().plusDays(10), "REFUSE_LATE");
		String title = "Questionário do retorno " + UUID.randomUUID();
		jdbc.update("update consultation set title_es = null, title_pt = ? where id = ?", title, consultation);
		UUID question = firstQuestion(consultation);
		panamaAnswersAndSubmits(consultation, question, "es", "Regreso de la persona migrante apoyado por el Estado.");
		Map<String, Object> recorded = jdbc.queryForMap(
				"select source, source_language from glossary_country_definition where consultation_id = ?", consultation);
		assertThat(recorded.get("source").toString()).startsWith(title);
		assertThat(recorded.get("source_language")).isEqualTo("pt");
	}

	private void panamaAnswersAndSubmits(UUID consultation, UUID question, String language, String text) throws Exception {
		mvc.perform(post("/consultations/{id}/answer/{q}", consultation, question).with(as("fp-panama")).with(csrf())
			.header("HX-Request", "true").param("language", language).param("text-" + question, text)
			.param("version-" + question, "")).andExpect(status().isOk());
		mvc.perform(post("/consultations/{id}/submit", consultation).with(as("fp-panama")).with(csrf()))
			.andExpect(status().is3xxRedirection());
	}
}
