package org.puente.drafting;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.puente.PuenteTest;
import org.puente.web.HtmlValidityTests;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.puente.PageContent.holds;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Two secretariat officers reword the same paragraph from two sessions: the second sees the first one's wording
 * beside its own (409), and saving again unchanged keeps the first one's; choosing its own replaces it.
 */
@PuenteTest
class ParagraphConflictTests extends DraftingTestSupport {

	@Test
	void theSecondRewordingSeesTheFirstAndKeepsItUnlessChosen() throws Exception {
		long started = version();
		mvc.perform(reword("st-crm", "Primer párrafo según A.", started)).andExpect(status().is3xxRedirection());
		long afterA = version();
		String page = mvc.perform(reword("admin", "Primer párrafo según B.", started))
			.andExpect(status().isConflict())
			.andExpect(holds("Otra persona guardó este registro mientras usted escribía", "Lo guardó Secretaría Técnica CRM el",
					"Primer párrafo según A.", "Primer párrafo según B.",
					"name=\"conflictVersion\" value=\"" + afterA + "\"", "name=\"version\" value=\"" + started + "\""))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		HtmlValidityTests.validPage("paragraph conflict", page);

		mvc.perform(reword("admin", "Primer párrafo según B.", started).param("conflictVersion", String.valueOf(afterA)))
			.andExpect(status().is3xxRedirection());
		assertThat(body()).isEqualTo("Primer párrafo según A.");

		long now = version();
		mvc.perform(reword("st-crm", "Primer párrafo según A, otra vez.", now)).andExpect(status().is3xxRedirection());
		mvc.perform(reword("admin", "Primer párrafo según B.", now).param("conflictVersion", String.valueOf(version()))
			.param("keepMine", "body"))
			.andExpect(status().is3xxRedirection());
		assertThat(body()).isEqualTo("Primer párrafo según B.");
	}

	@Test
	void theSpanishMasterWordingIsMarkedSpanishOnAnEnglishPage() throws Exception {
		// walk 7 #8: on fp-panama's English page the Spanish paragraphs were read out with English pronunciation
		try {
			mvc.perform(get("/drafting/" + text + "?lang=en").with(as("st-crm")))
				.andExpect(status().isOk())
				.andExpect(holds("<p class=\"paragraph-body\" lang=\"es\">", "maxlength=\"10000\" lang=\"es\""));
		}
		finally {
			// ?lang= is remembered on the account: give st-crm back its Spanish for the browser tests that follow
			jdbc.update("update account set language = 'es' where username = 'st-crm'");
		}
	}

	@Test
	void theAmendmentFormMarksTheSpanishWordingOnAPortuguesePage() throws Exception {
		// walk 8: the paragraph as it stands and the words to replace sat unmarked on fp-panama's Portuguese page
		mvc.perform(get("/drafting/paragraphs/" + paragraphs.get(0) + "/amend").with(as("fp-panama"))
			.header("Accept-Language", "pt"))
			.andExpect(status().isOk())
			.andExpect(holds("<html lang=\"pt\"", "<blockquote id=\"paragraph-now\" lang=\"es\">Primer párrafo",
					"lang=\"es\" aria-describedby=\"original-hint\"", "lang=\"es\" aria-describedby=\"replacement-hint\""));
	}

	/** A refused translation shows the translations page again (not an error page), the reason in its paragraph's form. */
	@Test
	void aRefusedTranslationIsShownAgainInItsParagraphsForm() throws Exception {
		String page = mvc.perform(post("/drafting/paragraphs/" + paragraphs.get(1) + "/translations/fr").with(as("st-crm"))
			.with(csrf()).header("Accept-Language", "fr").param("textId", text.toString()).param("body", "  "))
			.andExpect(status().isUnprocessableContent())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		var form = org.jsoup.Jsoup.parse(page).selectFirst("#paragraph-" + paragraphs.get(1) + " form");
		String field = "translation-" + paragraphs.get(1);
		assertThat(form.selectFirst("#error-summary[role=alert] a[href='#" + field + "']").text())
			.isEqualTo("Écrivez le texte du paragraphe.");
		assertThat(form.selectFirst("#" + field).attr("aria-describedby")).isEqualTo(field + "-error");
		assertThat(org.jsoup.Jsoup.parse(page).select("#error-summary")).hasSize(1);
		HtmlValidityTests.validPage("refused translation", page);
	}

	private long version() {
		return jdbc.queryForObject("select version from drafting_paragraph where id = ?", Long.class, paragraphs.get(0));
	}

	private String body() {
		return jdbc.queryForObject("select body from drafting_paragraph where id = ?", String.class, paragraphs.get(0));
	}

	private MockHttpServletRequestBuilder reword(String who, String body, long version) {
		return post("/drafting/paragraphs/" + paragraphs.get(0)).with(as(who)).with(csrf())
			.header("Accept-Language", "es").param("textId", text.toString()).param("version", String.valueOf(version))
			.param("body", body);
	}
}
