package org.puente.drafting;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.puente.PuenteTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A screen reader's list of links tells the text's links apart (walk 8 #18: "Propor uma emenda" four times, "DOCX"
 * and "PDF" three times each): each one's name says its paragraph or its compilation, and begins with the words shown
 * so that speaking them still works (WCAG 2.4.4, 2.5.3).
 */
@PuenteTest
class DraftingLinkNamesTests extends DraftingTestSupport {

	static String name(Element link) {
		return link.hasAttr("aria-label") ? link.attr("aria-label") : link.text();
	}

	@Test
	void eachAmendmentLinkNamesItsParagraphAndEachDownloadItsCompilation() throws Exception {
		Document page = Jsoup.parse(mvc.perform(get("/drafting/" + text).with(as("fp-panama"))
			.header("Accept-Language", "pt")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
		List<Element> amend = page.select("main a[id^=amend-]");
		assertThat(amend).hasSize(3);
		assertThat(amend).extracting(DraftingLinkNamesTests::name).containsExactly(
				"Propor uma emenda ao parágrafo 1", "Propor uma emenda ao parágrafo 2", "Propor uma emenda ao parágrafo 3");
		List<Element> downloads = page.select("main a:matchesOwn(^(DOCX|PDF)$)");
		assertThat(downloads).hasSize(6);
		assertThat(downloads).extracting(DraftingLinkNamesTests::name).doesNotHaveDuplicates()
			.allSatisfy(n -> assertThat(n).matches("(DOCX|PDF), .+"))
			.contains("DOCX, Texto limpo", "PDF, Com as propostas como controle de alterações");
	}
}
