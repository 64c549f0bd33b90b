package org.puente.web;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.puente.PuenteTest;
import org.puente.WebTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

import static org.puente.PageContent.holds;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Values no page sends — an outcome that is no choice of the select, a session that is no number where the page puts
 * a hidden one, a ranking without its country, an import without its file part — come only from a script. They stay
 * a 400, but the answer names the value that is wrong: a problem report for a client that asks for JSON, the error
 * page with the same sentence for a browser. They used to say only "a value cannot be understood", or (the missing
 * file part) nothing at all, not even a content type. A script that asks for JSON also gets a refusal or a form's
 * mistakes as a problem report, where a browser gets the page again.
 */
@PuenteTest
class ScriptOnlyValueTests extends WebTestSupport {

	@Autowired
	JdbcTemplate jdbc;

	private void refused(AbstractMockHttpServletRequestBuilder<?> request, String account, String sentence)
			throws Exception {
		request.with(as(account)).with(csrf()).header("Accept-Language", "es");
		mvc.perform(request.accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value(sentence));
		mvc.perform(request.accept(MediaType.TEXT_HTML))
			.andExpect(status().isBadRequest())
			.andExpect(holds("class=\"error-page\"", sentence));
	}

	@Test
	void anOutcomeThatIsNoChoiceNamesTheValue() throws Exception {
		Map<String, Object> amendment = jdbc.queryForMap(
				"select id, version from drafting_amendment where status = 'PROPOSED' limit 1");
		refused(post("/drafting/amendments/{id}/decision", amendment.get("id")).param("outcome", "NOPE")
			.param("version", String.valueOf(amendment.get("version"))), "st-crm",
				"«outcome»: el valor enviado no tiene el formato esperado.");
	}

	@Test
	void aRankingWithASessionThatIsNoNumberOrWithoutCountryNamesTheValue() throws Exception {
		refused(post("/practices/ranking/rank").param("session", "tres").param("country", "CL"), "fp-chile",
				"«session»: el valor enviado no tiene el formato esperado.");
		refused(post("/practices/ranking/rank").param("session", "3"), "fp-chile", "Falta el dato «country».");
	}

	/** A refusal a page shows on its form (422 here) is a problem report for a client that asks for JSON. */
	@Test
	void aRankingForACountryOfNoConferenceIsAProblemReportForAScript() throws Exception {
		var ranking = post("/practices/ranking/rank").param("session", "3").param("country", "ZZ").with(as("fp-chile"))
			.with(csrf()).header("Accept-Language", "es");
		mvc.perform(ranking.accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value("«ZZ» no es miembro de la CRM ni de la CSM."));
		mvc.perform(ranking.accept(MediaType.TEXT_HTML))
			.andExpect(status().isUnprocessableContent())
			.andExpect(holds("id=\"ranking-error\"", "«ZZ» no es miembro de la CRM ni de la CSM."));
	}

	/** A form's mistakes are a problem report for a client that asks for JSON: each field with its sentence. */
	@Test
	void aFormWithMistakesIsAProblemReportListingThemForAScript() throws Exception {
		storingNothingIn("consultation", post("/consultations").param("title.es", "T".repeat(301))
			.param("deadline", "2026-02-30").with(as("st-crm")).with(csrf()).header("Accept-Language", "es")
			.accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.code").value("error.422.message"))
			.andExpect(jsonPath("$.errors[?(@.field == 'deadline')].message")
				.value("«Plazo»: escriba una fecha válida (AAAA-MM-DD)."))
			.andExpect(jsonPath("$.errors[?(@.field == 'title.es')].message")
				.value("«Título (español)»: escriba como máximo 300 caracteres."))
			.andExpect(jsonPath("$.errors[?(@.field == 'processes')].code").value("NotEmpty"));
	}

	@Test
	void anImportWithoutItsFilePartSaysSo() throws Exception {
		refused(multipart("/experts/import"), "st-crm", "Falta el archivo «file»: elíjalo y envíelo de nuevo.");
	}
	/**
	 * The API documentation shows the problem report every refusal gets — its code, and the one shape of a list of
	 * mistakes (line, field, code, message) — as the content of each refusal an operation lists.
	 */
	@Test
	void theApiDocumentationShowsTheProblemReportAndItsListOfMistakes() throws Exception {
		String problem = "#/components/schemas/" + ProblemReportDocs.PROBLEM;
		mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.components.schemas.Problem.properties.code").exists())
			.andExpect(jsonPath("$.components.schemas.Problem.properties.errors.items['$ref']")
				.value("#/components/schemas/" + ProblemReportDocs.MISTAKE))
			.andExpect(jsonPath("$.components.schemas.Mistake.properties.line").exists())
			.andExpect(jsonPath("$.components.schemas.Mistake.properties.field").exists())
			.andExpect(jsonPath("$.components.schemas.Mistake.properties.message").exists())
			.andExpect(jsonPath("$.paths['/api/v1/flows/submissions'].post.responses['422'].content"
					+ "['application/problem+json'].schema['$ref']").value(problem))
			.andExpect(jsonPath("$.paths['/api/v1/agreements'].get.responses['default'].content"
					+ "['application/problem+json'].schema['$ref']").value(problem));
	}
}
