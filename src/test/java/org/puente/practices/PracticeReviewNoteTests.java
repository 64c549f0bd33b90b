package org.puente.practices;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.puente.PuenteTest;
import org.puente.WebTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.puente.PageContent.holds;
import static org.puente.PageContent.lacks;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The note a secretariat writes when it returns a practice has the limit of its peers (a comment on an amendment):
 * a longer one is refused with 422 and the sentence on the note field in the reader's language, the practice stays
 * under review with no note stored, and what was typed is still in the field to be shortened.
 */
@PuenteTest
class PracticeReviewNoteTests extends WebTestSupport {

	private static final Map<String, String> TOO_LONG = Map.of("es", "La nota es demasiado larga", "en",
			"The note is too long", "pt", "A nota é longa demais", "fr", "La note est trop longue");

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aNoteLongerThanItsPeersIsRefusedOnItsFieldWithWhatWasTypedKept() throws Exception {
		UUID id = submittedPractice();
		String typed = "Añadan cifras de resultados. " + "x".repeat(20_000);
		for (var language : TOO_LONG.entrySet()) {
			mvc.perform(post("/practices/" + id + "/request-changes").with(as("st-crm")).with(csrf())
				.header("Accept-Language", language.getKey()).param("note", typed))
				.andExpect(status().isUnprocessableContent())
				.andExpect(holds(language.getValue(), "href=\"#note\"", "aria-invalid=\"true\"", typed + "</textarea>"))
				.andExpect(lacks("class=\"error-page\""));
		}
		assertThat(jdbc.queryForMap("select status, review_note from practice where id = ?", id))
			.containsEntry("status", "SUBMITTED").containsEntry("review_note", null);
		String longest = "y".repeat(PracticeCatalogue.MAX_NOTE);
		mvc.perform(post("/practices/" + id + "/request-changes").with(as("st-crm")).with(csrf()).param("note", longest))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.queryForObject("select review_note from practice where id = ?", String.class, id))
			.isEqualTo(longest);
	}

	/**
	 * Walk 9: a note sent empty marked the field aria-invalid with nothing to say why: a screen reader on the field
	 * heard "invalid" only. The reason is now under the field and read with it.
	 */
	@Test
	void anEmptyNoteIsRefusedWithTheReasonReadWithTheField() throws Exception {
		UUID id = submittedPractice();
		String page = mvc.perform(post("/practices/" + id + "/request-changes").with(as("st-crm")).with(csrf())
			.header("Accept-Language", "en").param("note", ""))
			.andExpect(status().isUnprocessableContent()).andReturn().getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		String field = page.substring(page.indexOf("<textarea id=\"note\""));
		field = field.substring(0, field.indexOf('>'));
		assertThat(field).contains("aria-invalid=\"true\"").contains("aria-describedby=\"note-error\"");
		String message = page.substring(page.indexOf("id=\"note-error\""));
		assertThat(message.substring(0, message.indexOf("</p>"))).contains("Write what needs to change");
	}

	private UUID submittedPractice() throws Exception {
		String title = "Práctica con nota larga " + UUID.randomUUID();
		mvc.perform(post("/practices").with(as("fp-mexico")).with(csrf()).param("countries", "MX")
			.param("originalLanguage", "es").param("esTitle", title).param("esSummary", "Acompañamiento.")
			.param("esWhy", "Porque protege.").param("esHow", "Objetivo 7.").param("sessions", "5")
			.param("periodFrom", "2016").param("version", "0")).andExpect(status().is3xxRedirection());
		UUID id = jdbc.queryForObject("select practice_id from practice_text where title = ?", UUID.class, title);
		mvc.perform(post("/practices/" + id + "/submit").with(as("fp-mexico")).with(csrf()))
			.andExpect(status().is3xxRedirection());
		return id;
	}
}
