package org.puente.agreements;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.puente.PuenteTest;
import org.puente.WebTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The public home's "recent changes" lists confirmed agreements and reported progress in the reader's language: the
 * line names what changed (the meeting, the agreement's words), never the audit trail's English sentence. The
 * walk-through of 4 December 2026 found "13 agreements confirmed for …" and "Progress on agreement 1 of …" on the
 * Spanish, Portuguese and French home.
 */
@PuenteTest
class PublicChangeLinesTests extends WebTestSupport {

	@Autowired
	ReviewRepository reviews;

	@Autowired
	Agreements agreements;

	@Test
	void confirmedAgreementsAndProgressReadInTheLanguageOfTheHome() throws Exception {
		String meeting = "Reunión de los cambios públicos " + System.nanoTime();
		var file = new MockMultipartFile("file", "minuta.txt", "text/plain", TestMinutes.minuta("cambios públicos"));
		String location = mvc.perform(multipart("/agreements/reviews").file(file).param("meetingTitle", meeting)
				.param("meetingDate", "2017-05-11").param("processes", "CRM", "CSM").with(as("st-crm")).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn().getResponse().getRedirectedUrl();
		UUID id = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
		mvc.perform(post(location + "/confirm").param("version", String.valueOf(reviews.findById(id).orElseThrow()
				.getVersion())).with(as("st-crm")).with(csrf()))
			.andExpect(status().is3xxRedirection());
		AgreementSummary one = agreements.list(new Agreements.Filter(null, null, null, null, id, false)).get(0);
		mvc.perform(post("/agreements/items/" + one.id() + "/updates").param("version", String.valueOf(one.version()))
				.param("status", "IN_PROGRESS").param("note", "Borrador circulado").with(as("st-crm")).with(csrf()))
			.andExpect(status().is3xxRedirection());

		for (String language : new String[] { "es", "pt", "fr", "en" }) {
			mvc.perform(get("/").header("Accept-Language", language))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString(meeting)))
				.andExpect(content().string(not(containsString("agreements confirmed for"))))
				.andExpect(content().string(not(containsString("Progress on agreement"))));
		}
	}
}
