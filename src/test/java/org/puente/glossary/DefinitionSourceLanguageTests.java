package org.puente.glossary;

import java.util.UUID;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.puente.PuenteTest;
import org.puente.WebTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A country's definition names its source — a questionnaire's title, a law — in the language that source is written in,
 * so that a page in another language marks it with {@code lang} (WCAG 3.1.2; walk of 5 December night, #5: «Conceptos
 * esenciales para el PMM (2017)» on an English page was read in an English voice). The secretariat says which language
 * in the definition's form, the definition's own unless it says otherwise.
 */
@PuenteTest
class DefinitionSourceLanguageTests extends WebTestSupport {

	@Test
	void theSeedsSourcesAreMarkedSpanishOnAnEnglishPageAndNotOnASpanishOne() throws Exception {
		assertThat(sourceCell(pageIn("/glossary/retorno-asistido", "fp-panama", "en"), "Conceptos esenciales para el PMM (2017)")
			.attr("lang")).isEqualTo("es");
		assertThat(sourceCell(pageIn("/glossary/retorno-asistido", "fp-panama", "es"), "Conceptos esenciales para el PMM (2017)")
			.hasAttr("lang")).isFalse();
	}

	@Test
	void theFormAsksForTheSourcesLanguageTheDefinitionsUnlessToldOtherwise() throws Exception {
		for (String language : new String[] { "es", "en", "pt", "fr" }) {
			Element field = pageIn("/glossary/acogida/definitions/new", "st-crm", language).selectFirst("select#sourceLanguage");
			assertThat(field).as(language).isNotNull();
			assertThat(field.select("option").eachAttr("value")).containsExactly("", "es", "en", "pt", "fr");
			// the first option, chosen while none is marked: the definition's language
			assertThat(field.select("option[selected]").eachAttr("value")).as("chosen at first").allMatch(String::isEmpty);
			assertThat(pageIn("/glossary/acogida/definitions/new", "st-crm", language)
				.selectFirst("label[for=sourceLanguage]").text()).isNotBlank();
		}
		// Panama's definition in English, its source the Spanish title of its law; Brazil's in Portuguese, its source's
		// language left to the form: the definition's
		String law = "Ley General de Migración " + UUID.randomUUID().toString().substring(0, 8);
		String lei = "Lei de Migração " + UUID.randomUUID().toString().substring(0, 8);
		define("PA", "en", "Return assisted by the State.", law, "es");
		define("BR", "pt", "Retorno apoiado pelo Estado.", lei, null);
		Document english = pageIn("/glossary/acogida", "st-crm", "en");
		assertThat(sourceCell(english, law).attr("lang")).isEqualTo("es");
		assertThat(sourceCell(english, lei).attr("lang")).isEqualTo("pt");
		Document spanish = pageIn("/glossary/acogida", "st-crm", "es");
		assertThat(sourceCell(spanish, law).hasAttr("lang")).as("a Spanish source on a Spanish page").isFalse();
		assertThat(sourceCell(spanish, lei).attr("lang")).isEqualTo("pt");
		// the API says it too, to members only
		mvc.perform(get("/api/v1/glossary/terms/acogida/definitions").with(as("fp-chile")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.source == '" + law + "')].sourceLanguage", hasItem("es")))
			.andExpect(jsonPath("$[?(@.source == '" + law + "')].language", hasItem("en")))
			.andExpect(jsonPath("$[?(@.source == '" + lei + "')].sourceLanguage", hasItem("pt")))
			.andExpect(jsonPath("$[?(@.source == '" + lei + "')].country", hasItem("BR")));
		mvc.perform(get("/api/v1/glossary/terms/acogida/definitions")).andExpect(status().isUnauthorized());
		mvc.perform(get("/api/v1/glossary/terms/no-existe/definitions").with(as("fp-chile")))
			.andExpect(status().isNotFound());
	}

	@Test
	void aSourcesLanguageOutsidePuentesFourIsRefusedAndNothingIsStored() throws Exception {
		storingNothingIn("glossary_country_definition", post("/glossary/acogida/definitions").with(as("st-crm")).with(csrf())
			.param("countryIso2", "PA").param("language", "es").param("text", "Texto.").param("source", "Ley")
			.param("sourceLanguage", "de"))
			.andExpect(status().isUnprocessableEntity());
	}

	private void define(String country, String language, String text, String source, String sourceLanguage)
			throws Exception {
		var request = post("/glossary/acogida/definitions").with(as("st-crm")).with(csrf()).param("countryIso2", country)
			.param("language", language).param("text", text).param("source", source);
		mvc.perform(sourceLanguage == null ? request : request.param("sourceLanguage", sourceLanguage))
			.andExpect(status().is3xxRedirection());
	}

	private static Element sourceCell(Document page, String source) {
		Element cell = page.select("td").stream().filter(td -> td.text().equals(source)).findFirst().orElse(null);
		assertThat(cell).as("the source «%s» in the countries' definitions", source).isNotNull();
		return cell;
	}
}
