package org.puente.i18n;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.puente.PuenteTest;
import org.puente.WebTestSupport;
import org.springframework.mock.web.MockMultipartFile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * WCAG 3.1.2 inside a title: minutes are named in each language by a label around their meeting's title as typed
 * ("Procès-verbal : Reunión de seguimiento…"). On a French page the label is French and the meeting's words Spanish,
 * the document's language: the words sit in an element of their own marked {@code lang="es"}, the label in the page's.
 * On main the whole title was one element, read in one voice. The portal, the documents' list and the search's results.
 */
@PuenteTest
class FramedTitleLanguageTests extends WebTestSupport {

	@Test
	void theMeetingsWordsInAMinutesTitleAreMarkedInTheDocumentsLanguage() throws Exception {
		String word = "Zarandaja" + UUID.randomUUID().toString().substring(0, 8);
		String meeting = "Reunión de seguimiento " + word;
		mvc.perform(multipart("/agreements/reviews")
				.file(new MockMultipartFile("file", "acta.txt", "text/plain",
						"Acuerdos:\n1. La CRM revisará el plan.\n".getBytes(StandardCharsets.UTF_8)))
				.param("meetingTitle", meeting).param("meetingDate", LocalDate.now().minusDays(3).toString())
				.param("processes", "CRM").with(as("st-crm")).with(csrf()))
			.andExpect(status().is3xxRedirection());

		for (String path : new String[] { "/portal", "/documents?kind=MINUTES", "/search?q=" + word }) {
			Document fr = pageIn(path, "st-crm", "fr");
			Element words = fr.selectFirst("main a span:containsOwn(" + meeting + ")");
			assertThat(words).as("the meeting's words in an element of their own on " + path).isNotNull();
			assertThat(words.attr("lang")).as(path).isEqualTo("es");
			Element title = words.parent();
			assertThat(title.ownText()).as(path).startsWith("Procès-verbal");
			assertThat(ForeignTextLanguageTests.languageOf(title)).as("the label, on " + path).isEqualTo("fr");

			Document es = pageIn(path, "st-crm", "es");
			Element spanish = es.selectFirst("main a:containsOwn(" + meeting + ")");
			assertThat(spanish.text()).as(path).isEqualTo("Acta: " + meeting);
			assertThat(spanish.select("[lang]")).as("nothing marked on a Spanish page, " + path).isEmpty();
			assertThat(ForeignTextLanguageTests.languageOf(spanish)).isEqualTo("es");
		}
	}
}
