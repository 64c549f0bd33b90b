package org.puente.agreements;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.puente.PuenteTest;
import org.puente.WebTestSupport;
import org.puente.web.HtmlValidityTests;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.puente.PageContent.holds;
import static org.puente.PageContent.lacks;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Minutes where nothing reads as an agreement (walk of 5 December #8, a procès-verbal with none) open a review all
 * the same — the file kept, the suggestions shown, the form to add the one the reading missed — and the secretariat
 * may record that they hold no agreement: audited, and the meeting's page then says the minutes were reviewed. Before,
 * the upload was refused (422), the file dropped and the suggestions never seen.
 */
@PuenteTest
class ReviewWithoutAgreementsTests extends WebTestSupport {

	/** No agreements section, no numbered items: discussion, and a proposal said in prose. */
	static final String NO_AGREEMENTS = """
			Acta de la reunión del grupo de trabajo sobre el clima

			Asistentes: Costa Rica, Panamá y Guatemala.

			Se presentó el informe sobre el clima del mes. Hubo un intercambio de opiniones sobre las lluvias de la \
			temporada. Guatemala propuso enviar los datos de lluvia a los demás países. Panamá comentó la situación de \
			las cosechas. La reunión terminó a las 17:00.
			""";

	@Autowired
	ReviewRepository reviews;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void minutesWithNoAgreementOpenAReviewWhereNoneMayBeRecorded() throws Exception {
		String meetingId = meeting("Reunión de prueba sin acuerdos", "2019-05-14");
		String location = mvc.perform(multipart("/agreements/reviews")
				.file(new MockMultipartFile("file", "acta-sin-acuerdos.txt", "text/plain",
						NO_AGREEMENTS.getBytes(StandardCharsets.UTF_8)))
				.param("meetingId", meetingId).param("processes", "CRM").with(as("st-crm")).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn().getResponse().getRedirectedUrl();
		UUID id = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
		Review review = reviews.findById(id).orElseThrow();
		assertThat(review.items()).isEmpty();
		assertThat(review.suggestions()).as("what the reading weighed is offered").isNotEmpty();
		assertThat(review.getMinutesDocumentId()).as("the file is kept").isNotNull();

		String page = mvc.perform(get(location).header("Accept-Language", "en").with(as("st-crm")))
			.andExpect(status().isOk())
			.andExpect(holds("Puente found nothing that reads as an agreement in these minutes.",
					"id=\"minutes-document\"", "id=\"suggestions\"", "id=\"add-item\"", "id=\"confirm-none\"",
					"These minutes hold no agreement", "Guatemala propuso enviar los datos de lluvia"))
			.andExpect(lacks("id=\"confirm\""))
			.andReturn().getResponse().getContentAsString();
		assertValid(location, page);

		// confirming "the agreements" of an empty review is a mistake, not a record: refused, nothing confirmed
		mvc.perform(post(location + "/confirm").param("version", "0").header("Accept-Language", "en")
				.with(as("st-crm")).with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(holds("record that these minutes hold none"));
		mvc.perform(post(location + "/confirm-none").param("version", "0").with(as("st-csm")).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(post(location + "/confirm-none").param("version", "3").with(as("st-crm")).with(csrf()))
			.andExpect(status().isConflict());
		mvc.perform(post("/agreements/reviews/" + UUID.randomUUID() + "/confirm-none").param("version", "0")
				.with(as("st-crm")).with(csrf()))
			.andExpect(status().isNotFound());
		assertThat(reviews.findById(id).orElseThrow().getStatus()).isEqualTo(ReviewStatus.DRAFT);

		mvc.perform(post(location + "/confirm-none").param("version", "0").with(as("st-crm")).with(csrf()))
			.andExpect(redirectedUrl("/agreements/minutes/" + id));
		assertThat(reviews.findById(id).orElseThrow().getStatus()).isEqualTo(ReviewStatus.CONFIRMED);
		List<String> audited = jdbc.queryForList("select after_state ->> 'noAgreements' from audit_entry"
				+ " where entity_id = ? and action = 'TRANSITION'", String.class, id.toString());
		assertThat(audited).as("recorded and audited").containsExactly("true");

		String minutes = mvc.perform(get("/agreements/minutes/" + id).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(holds("These minutes were reviewed: they hold no agreement.", "id=\"minutes-document\""))
			.andReturn().getResponse().getContentAsString();
		assertValid("/agreements/minutes/" + id, minutes);
		mvc.perform(get("/meetings/" + meetingId).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(holds("href=\"/agreements/minutes/" + id + "\"", "Reviewed: no agreement"));
	}

	private static void assertValid(String path, String html) throws Exception {
		HtmlValidityTests.validPage(path, html);
	}

	/** A public, confirmed one-day CRM meeting in the calendar, created by the CRM secretariat; its id. */
	private String meeting(String title, String isoDate) throws Exception {
		return TestMinutes.calendarMeeting(mvc, as("st-crm"), title, isoDate);
	}
}
