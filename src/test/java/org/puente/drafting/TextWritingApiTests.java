package org.puente.drafting;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.puente.PuenteTest;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A joint text's paragraphs written through the API (texts21; before, only on the text page, one form at a time): a
 * secretariat's script pastes a text paragraph by paragraph, translates it and rewords it, refused as the page refuses
 * — 403 for who may not change the text, before the body; each missing field named; an unknown paragraph 404 for
 * everyone; a rewording from a version overtaken 409. The texts are the support's, each with its own unique title.
 */
@PuenteTest
class TextWritingApiTests extends DraftingTestSupport {

	ResultActions api(String method, String path, String who, String body, String language) throws Exception {
		var request = switch (method) {
			case "GET" -> get(path);
			case "PUT" -> put(path).with(csrf()).contentType("application/json").content(body);
			default -> post(path).with(csrf()).contentType("application/json").content(body);
		};
		return mvc.perform(request.header("Accept-Language", language).with(as(who)));
	}

	String added(String body) throws Exception {
		return api("POST", "/api/v1/drafting/texts/" + text + "/paragraphs", "st-crm", "{\"body\": \"" + body + "\"}",
				"es").andExpect(status().isCreated()).andReturn().getResponse().getHeader("Location");
	}

	List<String> bodies() {
		return jdbc.queryForList("select body from drafting_paragraph where text_id = ? order by position",
				String.class, text);
	}

	@Test
	void aSecretariatsScriptPastesThreeParagraphsTranslatesOneAndReadsTheTextBack() throws Exception {
		var first = api("POST", "/api/v1/drafting/texts/" + text + "/paragraphs", "st-crm",
				"{\"body\": \"  Cuarto párrafo sobre la movilidad laboral.  \"}", "es")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.textId").value(text.toString()))
			.andExpect(jsonPath("$.paragraph.number").value(4))
			.andExpect(jsonPath("$.paragraph.body").value("Cuarto párrafo sobre la movilidad laboral."))
			.andReturn().getResponse();
		String fourth = first.getHeader("Location");
		String id = JsonPath.read(first.getContentAsString(), "$.paragraph.id");
		assertThat(fourth).isEqualTo("/api/v1/drafting/paragraphs/" + id);
		added("Quinto párrafo.");
		added("Sexto párrafo.");

		api("PUT", fourth + "/translations/en", "st-csm", "{\"body\": \"Fourth paragraph on labour mobility.\"}", "en")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paragraph.translations.en.body").value("Fourth paragraph on labour mobility."))
			.andExpect(jsonPath("$.paragraph.translations.en.stale").value(false));
		api("GET", "/api/v1/drafting/texts/" + text, "observer-oim", "", "es")
			.andExpect(jsonPath("$.paragraphs[*].number").value(contains(1, 2, 3, 4, 5, 6)))
			.andExpect(jsonPath("$.paragraphs[5].body").value("Sexto párrafo."))
			.andExpect(jsonPath("$.paragraphs[3].translations.en.body").value("Fourth paragraph on labour mobility."));

		// reworded from the version read: the translation is now out of date, as the translations page marks it
		long version = ((Number) JsonPath.read(api("GET", fourth, "fp-mexico", "", "es").andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(), "$.paragraph.version")).longValue();
		api("PUT", fourth, "st-crm", "{\"body\": \"Cuarto párrafo sobre la movilidad laboral regular.\", \"version\": %d}"
			.formatted(version), "es")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paragraph.revision").value(2))
			.andExpect(jsonPath("$.paragraph.version").value(version + 1))
			.andExpect(jsonPath("$.paragraph.translations.en.stale").value(true))
			.andExpect(jsonPath("$.paragraph.staleTranslations").value(contains("en")));
		assertThat(bodies()).endsWith("Cuarto párrafo sobre la movilidad laboral regular.", "Quinto párrafo.",
				"Sexto párrafo.");
		await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.queryForList(
				"select entity_type || ' ' || action from audit_entry where entity_id = ? order by id", String.class,
				id).equals(List.of("paragraph CREATE", "translation UPDATE", "paragraph UPDATE")));
	}

	@Test
	void refusesWhatTheTextPageRefusesInTheCallersLanguage() throws Exception {
		String paragraph = "/api/v1/drafting/paragraphs/" + paragraphs.get(0);
		String paragraphsOfText = "/api/v1/drafting/texts/" + text + "/paragraphs";
		mvc.perform(post(paragraphsOfText).with(csrf()).contentType("application/json").content("{\"body\": \"x\"}"))
			.andExpect(status().isUnauthorized());
		for (String who : new String[] { "fp-mexico", "observer-oim" }) {
			api("POST", paragraphsOfText, who, "{}", "es").andExpect(status().isForbidden());
			api("PUT", paragraph, who, "{}", "es").andExpect(status().isForbidden());
			api("PUT", paragraph + "/translations/en", who, "{}", "es").andExpect(status().isForbidden());
		}
		// another conference's secretariat: refused before the body, as on the page
		UUID crmOnly = drafting.create(new DraftingManagement.NewText(TextKind.BIREGIONAL_INPUT,
				"Texto de la CRM " + UUID.randomUUID(), null, null, null, null, List.of("CRM"), "Único párrafo."),
				account("st-crm"));
		api("POST", "/api/v1/drafting/texts/" + crmOnly + "/paragraphs", "st-csm", "{}", "es")
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("drafting.forbidden.manage"));

		api("POST", paragraphsOfText, "st-crm", "{\"body\": \"  \"}", "en")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("body"))
			.andExpect(jsonPath("$.errors[0].message").value("Write the text of the paragraph."));
		api("PUT", paragraph, "st-crm", "{}", "pt")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[*].field").value(contains("body", "version")))
			.andExpect(jsonPath("$.errors[0].message").value("Escreva o texto do parágrafo."));
		api("PUT", paragraph + "/translations/de", "st-crm", "{\"body\": \"Erster Absatz.\"}", "fr")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[*].field").value(contains("language")));
		api("POST", paragraphsOfText, "st-crm", "{\"body\": \"<script>alert(1)</script>\"}", "es")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("drafting.text.markup"));
		for (String who : new String[] { "st-crm", "fp-mexico" }) {
			api("PUT", "/api/v1/drafting/paragraphs/" + UUID.randomUUID(), who, "{}", "en")
				.andExpect(status().isNotFound())
				.andExpect(jsonPath("$.detail").value("That paragraph does not exist or was deleted."));
			api("POST", "/api/v1/drafting/texts/" + UUID.randomUUID() + "/paragraphs", who, "{}", "es")
				.andExpect(status().isNotFound());
		}
		assertThat(bodies()).hasSize(3);

		// two secretariats reword from the same reading: the second is told the version and wording now
		String first = "{\"body\": \"Primer párrafo sobre la cooperación birregional.\", \"version\": 0}";
		api("PUT", paragraph, "st-csm", first, "es").andExpect(status().isOk());
		api("PUT", paragraph, "st-crm", "{\"body\": \"Primer párrafo, otra redacción.\", \"version\": 0}", "es")
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.currentVersion").value(1))
			.andExpect(jsonPath("$.changedBy").exists());
		assertThat(bodies().get(0)).isEqualTo("Primer párrafo sobre la cooperación birregional.");

		// the round closed, the text frozen: no paragraph is added any more
		rounds.close(text, account("st-crm"));
		api("POST", paragraphsOfText, "st-crm", "{\"body\": \"Tarde.\"}", "es").andExpect(status().isConflict());
		assertThat(bodies()).hasSize(3);
	}
}
