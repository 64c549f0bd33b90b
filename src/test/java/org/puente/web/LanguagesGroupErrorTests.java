package org.puente.web;

import java.nio.charset.StandardCharsets;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.puente.PuenteTest;
import org.puente.WebTestSupport;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Walk of 5 Dec night #1: «Escreva o título em pelo menos um idioma.» stood under the Spanish title alone, marked
 * invalid, and the summary's line led the Portuguese reader there, though any language will do. A rule about the
 * whole multilingual field is now the group's: said under its legend, describing the fieldset and each of its inputs,
 * none of them marked invalid, and the summary leads to the input in the reader's language.
 */
@PuenteTest
class LanguagesGroupErrorTests extends WebTestSupport {

	@Test
	void aTitleInNoLanguageIsTheGroupsErrorAndLeadsToTheReadersLanguage() throws Exception {
		// no deadline either: a refused form shows a date typed back in the page's format, not the control's (left)
		Document page = refused("/consultations new, fr", post("/consultations").param("title.es", " ")
			.param("processes", "CRM"), "fr");
		assertGroupError(page, "title", "fr", "Écrivez le titre dans au moins une langue.");
	}

	@Test
	void aTermInNoLanguageIsTheGroupsErrorToo() throws Exception {
		Document page = refused("/glossary new, pt", post("/glossary").param("label.en", ""), "pt");
		assertGroupError(page, "label", "pt", "Escreva o termo em pelo menos um idioma.");
	}

	private Document refused(String name, MockHttpServletRequestBuilder request, String language) throws Exception {
		String html = mvc.perform(request.header("Accept-Language", language).with(as("st-crm")).with(csrf()))
			.andExpect(status().isUnprocessableContent()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		return HtmlValidityTests.validPage(name, html);
	}

	private static void assertGroupError(Document page, String field, String reader, String message) {
		assertThat(page.select("#error-summary a").eachAttr("href")).as("the summary's line leads to the reader's box")
			.contains("#" + field + "." + reader).doesNotContain("#" + field + ".es");
		Element group = page.selectFirst("fieldset[aria-describedby=" + field + "-error]");
		assertThat(group).as("the fieldset is described by the error").isNotNull();
		assertThat(group.selectFirst("legend + p#" + field + "-error").text()).endsWith(message);
		for (String code : new String[] { "es", "en", "pt", "fr" }) {
			Element input = page.getElementById(field + "." + code);
			assertThat(group.getElementsByAttributeValue("id", field + "." + code)).as(code).hasSize(1);
			assertThat(input.attr("aria-describedby")).as(code + " described by the group's error")
				.isEqualTo(field + "-error");
			assertThat(input.hasAttr("aria-invalid")).as(code + " not the one at fault").isFalse();
		}
		assertThat(page.getElementById(field + ".es-error")).as("no error under the Spanish box alone").isNull();
	}
}
