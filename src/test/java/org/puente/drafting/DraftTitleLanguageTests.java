package org.puente.drafting;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.puente.PuenteTest;
import org.puente.web.HtmlValidityTests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A text titled only in Spanish is named in Spanish on a French page, marked {@code lang="es"} wherever its title is
 * shown (lang13, WCAG 3.1.2): the drafting board, the text's own heading, the breadcrumb of its matrix, and the open
 * rounds on a focal point's home.
 */
@PuenteTest
class DraftTitleLanguageTests extends DraftingTestSupport {

	Document page(String path, String user, String language) throws Exception {
		String html = mvc.perform(get(path).header("Accept-Language", language).with(as(user)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		return HtmlValidityTests.validPage(path, html);
	}

	/** The language a screen reader reads this text in: the closest {@code lang} around it. */
	static String languageOf(Element element) {
		for (Element e = element; e != null; e = e.parent()) {
			if (e.hasAttr("lang")) {
				return e.attr("lang");
			}
		}
		return "";
	}

	@Test
	void aTitleWrittenOnlyInSpanishIsMarkedOnFrenchPages() throws Exception {
		String title = jdbc.queryForObject("select title_es from drafting_text where id = ?", String.class, text);
		String link = "main a[href=\"/drafting/" + text + "\"]";
		Element onBoard = page("/drafting", "st-crm", "fr").selectFirst(link);
		assertThat(onBoard.text()).isEqualTo(title);
		assertThat(languageOf(onBoard)).isEqualTo("es");
		Element heading = page("/drafting/" + text, "st-crm", "fr").selectFirst("main h1");
		assertThat(heading.text()).isEqualTo(title);
		assertThat(languageOf(heading)).isEqualTo("es");
		assertThat(languageOf(page("/drafting/" + text + "/matrix", "st-crm", "fr").selectFirst(link))).isEqualTo("es");
		Element onHome = page("/home", "fp-mexico", "fr").selectFirst("#panel-open-rounds " + link.substring(5));
		assertThat(onHome).as("the open round on a focal point's home").isNotNull();
		assertThat(languageOf(onHome.selectFirst("span"))).isEqualTo("es");
		assertThat(page("/drafting/" + text, "st-crm", "es").selectFirst("main h1").hasAttr("lang"))
			.as("no lang of its own on a Spanish page").isFalse();
	}
}
