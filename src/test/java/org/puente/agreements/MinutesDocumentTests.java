package org.puente.agreements;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.puente.PuenteTest;
import org.puente.WebTestSupport;
import org.puente.documents.Confidentiality;
import org.puente.documents.DocumentKind;
import org.puente.documents.DocumentSummary;
import org.puente.documents.Documents;
import org.puente.documents.TestFiles;
import org.puente.meetings.PostedMeetingForm;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;

import static org.puente.PageContent.holds;
import static org.puente.PageContent.lacks;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Minutes uploaded for review are kept in the document repository as the meeting's minutes, reserved to the
 * secretariats until their agreements are confirmed, then open to everyone; the review page, the page of the
 * confirmed minutes and the meeting page link to them. A new version of the minutes is a new version of that document.
 */
@PuenteTest
class MinutesDocumentTests extends WebTestSupport {

	@Autowired
	ReviewRepository reviews;

	@Autowired
	Documents documents;

	@Autowired
	org.puente.accounts.Accounts accounts;

	@Test
	void uploadedMinutesAreAReservedDocumentOfTheMeetingUntilTheirAgreementsAreConfirmed() throws Exception {
		String meetingId = meeting("Reunión de prueba del acta guardada", "2019-03-14");
		String meetingPage = "/meetings/" + meetingId;
		byte[] docx = new TestFiles().docx(new String(TestMinutes.minuta("acta guardada en documentos"),
				StandardCharsets.UTF_8).split("\n"));

		String location = mvc.perform(multipart("/agreements/reviews")
				.file(new MockMultipartFile("file", "minuta-guardada.docx", "application/octet-stream", docx))
				.param("meetingId", meetingId).param("processes", "CRM").with(as("st-crm")).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn().getResponse().getRedirectedUrl();
		UUID reviewId = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
		Review review = reviews.findById(reviewId).orElseThrow();
		assertThat(review.items()).isNotEmpty();
		UUID documentId = review.getMinutesDocumentId();
		assertThat(documentId).as("the file is kept").isNotNull();

		DocumentSummary kept = documents.find(documentId, Optional.of(secretariat())).orElseThrow();
		assertThat(kept.kind()).isEqualTo(DocumentKind.MINUTES);
		assertThat(kept.meetingId()).hasToString(meetingId);
		assertThat(kept.confidentiality()).isEqualTo(Confidentiality.SECRETARIATS);
		assertThat(kept.title(java.util.Locale.ENGLISH)).isEqualTo("Minutes: Reunión de prueba del acta guardada");

		String link = "href=\"/documents/" + documentId + "\"";
		mvc.perform(get(location).with(as("st-crm")))
			.andExpect(status().isOk())
			.andExpect(holds(link, "visible solo para las secretarías", "<dd>14 mar 2019</dd>"))
			.andExpect(lacks("2019-03-14</", "meeting-date-coarse"));
		mvc.perform(get("/agreements/reviews").with(as("st-crm"))).andExpect(holds("<td>14 mar 2019</td>"));
		mvc.perform(get(meetingPage).with(as("st-crm"))).andExpect(content().string(containsString(link)));
		mvc.perform(get(meetingPage)).andExpect(status().isOk()).andExpect(content().string(not(containsString(link))));
		mvc.perform(get("/documents/" + documentId)).andExpect(status().isNotFound());
		mvc.perform(get("/documents/" + documentId).with(as("fp-mexico"))).andExpect(status().isNotFound());
		mvc.perform(get("/documents/" + documentId).with(as("st-crm"))).andExpect(status().isOk());

		mvc.perform(post(location + "/confirm").param("version", String.valueOf(review.getVersion()))
				.with(as("st-crm")).with(csrf()))
			.andExpect(status().is3xxRedirection());

		assertThat(documents.find(documentId, Optional.empty())).as("released with the agreements").isPresent();
		mvc.perform(get("/agreements/minutes/" + reviewId)).andExpect(status().isOk())
			.andExpect(content().string(containsString(link)));
		mvc.perform(get(meetingPage)).andExpect(content().string(containsString(link)));
		mvc.perform(get("/documents/" + documentId)).andExpect(status().isOk());
	}

	@Test
	void aNewVersionOfMinutesUnderReviewIsTheSecondVersionOfTheSameReservedDocument() throws Exception {
		String meetingId = meeting("Reunión de prueba del acta corregida", "2019-03-21");
		UUID first = upload(meetingId, "acta-borrador.docx", "acta borrador", false);
		UUID second = upload(meetingId, "acta-corregida.docx", "acta corregida con otro texto", true);

		assertThat(reviews.findById(first).orElseThrow().getStatus()).isEqualTo(ReviewStatus.DISCARDED);
		UUID documentId = reviews.findById(first).orElseThrow().getMinutesDocumentId();
		assertThat(documentId).isNotNull();
		assertThat(reviews.findById(second).orElseThrow().getMinutesDocumentId()).isEqualTo(documentId);
		DocumentSummary kept = documents.find(documentId, Optional.of(secretariat())).orElseThrow();
		assertThat(kept.currentVersion()).isEqualTo(2);
		assertThat(kept.confidentiality()).as("still reserved while under review").isEqualTo(Confidentiality.SECRETARIATS);
		assertThat(documents.forMeeting(UUID.fromString(meetingId), Optional.of(secretariat())))
			.extracting(DocumentSummary::id).containsExactly(documentId);
		mvc.perform(get("/documents/" + documentId)).andExpect(status().isNotFound());
		mvc.perform(get("/documents/" + documentId).with(as("st-crm"))).andExpect(status().isOk())
			.andExpect(holds("acta-corregida.docx", "Nueva versión del acta"));
	}

	/**
	 * Discarding the review of a new version takes back the version it added: the reserved document is again the
	 * earlier upload alone, as a discarded first upload leaves its own document, and nothing of the discarded text
	 * stays to be read.
	 */
	@Test
	void discardingTheReviewOfANewVersionTakesItsVersionBackOutOfTheDocument() throws Exception {
		String meetingId = meeting("Reunión de prueba del acta descartada", "2019-03-28");
		UUID first = upload(meetingId, "acta-primera.docx", "acta primera", false);
		UUID second = upload(meetingId, "acta-descartada.docx", "acta nueva que se descartará", true);
		UUID documentId = reviews.findById(second).orElseThrow().getMinutesDocumentId();
		assertThat(documents.find(documentId, Optional.of(secretariat())).orElseThrow().currentVersion()).isEqualTo(2);

		mvc.perform(post("/agreements/reviews/" + second + "/discard")
				.param("version", String.valueOf(reviews.findById(second).orElseThrow().getVersion()))
				.with(as("st-crm")).with(csrf()))
			.andExpect(status().is3xxRedirection());

		assertThat(reviews.findById(second).orElseThrow().getStatus()).isEqualTo(ReviewStatus.DISCARDED);
		assertThat(reviews.findById(first).orElseThrow().getMinutesDocumentId()).isEqualTo(documentId);
		DocumentSummary kept = documents.find(documentId, Optional.of(secretariat())).orElseThrow();
		assertThat(kept.currentVersion()).isEqualTo(1);
		assertThat(kept.confidentiality()).isEqualTo(Confidentiality.SECRETARIATS);
		mvc.perform(get("/documents/" + documentId).with(as("st-crm"))).andExpect(status().isOk())
			.andExpect(content().string(containsString("acta-primera.docx")))
			.andExpect(content().string(not(containsString("acta-descartada.docx"))));
		mvc.perform(get("/documents/" + documentId + "/versions/2").with(as("st-crm")))
			.andExpect(status().isNotFound());
	}

	/** A public, confirmed one-day CRM meeting in the calendar, created by the CRM secretariat; its id. */
	@Test
	void aMeetingKnownOnlyToTheMonthIsShownAsItsMonthAndTheDayThatResolvedTheDatesIsSaid() throws Exception {
		String page = mvc.perform(PostedMeetingForm.meeting("Reunión de prueba de noviembre", "2019-11-20")
				.with("precision", "MONTH").postTo("/meetings").with(as("st-crm")).with(csrf()))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		UUID reviewId = upload(page.substring(page.lastIndexOf('/') + 1), "acta-noviembre.docx", "acta de noviembre", false);
		mvc.perform(get("/agreements/reviews/" + reviewId).with(as("st-crm")))
			.andExpect(holds("noviembre de 2019", "id=\"meeting-date-coarse\"", "calcularon desde el 1 nov 2019"))
			.andExpect(lacks("2019-11-01</"));
		mvc.perform(get("/agreements/reviews/" + reviewId).header("Accept-Language", "en").with(as("st-crm")))
			.andExpect(holds("November 2019", "worked out from Nov 1, 2019"));
	}

	private String meeting(String title, String isoDate) throws Exception {
		return TestMinutes.calendarMeeting(mvc, as("st-crm"), title, isoDate);
	}

	private UUID upload(String meetingId, String fileName, String words, boolean newVersion) throws Exception {
		byte[] docx = new TestFiles().docx(new String(TestMinutes.minuta(words), StandardCharsets.UTF_8).split("\n"));
		var request = multipart("/agreements/reviews")
			.file(new MockMultipartFile("file", fileName, "application/octet-stream", docx))
			.param("meetingId", meetingId).param("processes", "CRM");
		if (newVersion) {
			request.param("newVersion", "true");
		}
		String location = mvc.perform(request.with(as("st-crm")).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn().getResponse().getRedirectedUrl();
		return UUID.fromString(location.substring(location.lastIndexOf('/') + 1).replaceAll("#.*", ""));
	}

	@Test
	void aFileTheRepositoryDoesNotKeepStillGoesToReview() throws Exception {
		// plain text named as nothing the repository keeps: read and reviewed all the same, without a document
		String location = mvc.perform(multipart("/agreements/reviews")
				.file(new MockMultipartFile("file", "minuta.text", "text/plain",
						TestMinutes.minuta("acta sin documento")))
				.param("meetingTitle", "Reunión de prueba sin documento").param("meetingDate", "2019-03-15")
				.param("processes", "CRM").with(as("st-crm")).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn().getResponse().getRedirectedUrl();
		Review review = reviews.findById(UUID.fromString(location.substring(location.lastIndexOf('/') + 1))).orElseThrow();
		assertThat(review.getMinutesDocumentId()).isNull();
		mvc.perform(get(location).with(as("st-crm"))).andExpect(status().isOk())
			.andExpect(content().string(not(containsString("id=\"minutes-document\""))));
		mvc.perform(post(location + "/discard").param("version", String.valueOf(review.getVersion()))
				.with(as("st-crm")).with(csrf()))
			.andExpect(status().is3xxRedirection());
	}

	private org.puente.accounts.AccountSummary secretariat() {
		return accounts.byUsername("st-crm").orElseThrow();
	}
}
