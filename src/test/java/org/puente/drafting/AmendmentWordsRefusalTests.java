package org.puente.drafting;

import java.nio.charset.StandardCharsets;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.puente.PuenteTest;
import org.puente.web.HtmlValidityTests;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Walk 17 (docs/walkthrough-2026-12-06-pt-fr.md): a focal point proposing to replace words, in Portuguese, sent the
 * form without the words and without a reason. The first refusal named the reason only; the second said "copy the
 * words you want to replace" in a summary line that led nowhere, the field neither marked nor described by it. Now
 * the words are refused at their field, with the form's other mistakes, in one refusal.
 */
@PuenteTest
class AmendmentWordsRefusalTests extends DraftingTestSupport {

	private MockHttpServletRequestBuilder proposal(String language, String kind, String original, String replacement,
			String reason) {
		return post("/drafting/paragraphs/" + paragraphs.get(1) + "/amendments").with(as("fp-panama")).with(csrf())
			.header("Accept-Language", language)
			.param("kind", kind)
			.param("original", original)
			.param("replacement", replacement)
			.param("reason", reason)
			.param("proponent", "PA")
			.param("seenRevision", "1");
	}

	private Document refused(MockHttpServletRequestBuilder request) throws Exception {
		String html = mvc.perform(request).andExpect(status().isUnprocessableContent()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		return HtmlValidityTests.validPage("a refused amendment", html);
	}

	/** The field marked invalid, described by its own error (then its hint), the error in the page's language. */
	private static void refusedAt(Document page, String field, String hint, String error) {
		Element input = page.getElementById(field);
		assertThat(input.attr("aria-invalid")).as(field).isEqualTo("true");
		assertThat(input.attr("aria-describedby")).as(field).isEqualTo(field + "-error " + hint);
		assertThat(page.getElementById(field + "-error").text()).contains(error);
	}

	/** The one mistake: the summary's only line leads to the field, refused there; nothing stored. */
	private void refusedOnlyAt(Document page, String field, String error) {
		assertThat(page.select("#error-summary li a").eachAttr("href")).containsExactly("#" + field);
		refusedAt(page, field, field + "-hint", error);
		assertThat(amendments()).isZero();
	}

	@Test
	void theWordsToReplaceAreRefusedAtTheirFieldWithTheMissingReason() throws Exception {
		Document page = refused(proposal("pt", "REPLACE", "", "retorno digno y seguro", ""));
		assertThat(page.select("#error-summary li a").eachAttr("href")).containsExactly("#original", "#reason");
		assertThat(page.select("#error-summary li span")).as("a line that leads nowhere").isEmpty();
		refusedAt(page, "original", "original-hint", "Copie do parágrafo as palavras que quer substituir.");
		assertThat(page.getElementById("reason").attr("aria-invalid")).isEqualTo("true");
		assertThat(page.getElementById("replacement").text()).isEqualTo("retorno digno y seguro");
		assertThat(amendments()).isZero();
	}

	@Test
	void wordsThatAreNotInTheParagraphAreRefusedAtTheirFieldAndKept() throws Exception {
		Document page = refused(proposal("fr", "REPLACE", "retorno seguro", "retorno digno", "Motif."));
		refusedOnlyAt(page, "original", "Ces mots ne figurent pas dans le paragraphe");
		assertThat(page.getElementById("original").text()).isEqualTo("retorno seguro");
	}

	@Test
	void anInsertionWithoutItsParagraphIsRefusedAtTheNewTextsField() throws Exception {
		refusedOnlyAt(refused(proposal("pt", "INSERT_AFTER", "", "", "Falta um parágrafo.")), "replacement",
				"Escreva o parágrafo que propõe inserir.");
	}
}
