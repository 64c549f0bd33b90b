package org.puente.meetings;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.puente.PuenteTest;
import org.puente.WebTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import static org.puente.PageContent.holds;
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
 * The .ics import accepts nothing the meeting form would refuse, reads dates strictly, keeps what it adds as a
 * reserved draft until a secretariat confirms it, and is capped.
 */
@PuenteTest
class MeetingImportStrictTests extends WebTestSupport {

	@Autowired
	MeetingRepository meetings;

	ResultActions importing(String ics) throws Exception {
		return mvc.perform(upload(ics));
	}

	/** An import that is refused, and leaves no meeting behind. */
	ResultActions importingNothing(String ics) throws Exception {
		return storingNothingIn("meeting", upload(ics));
	}

	MockMultipartHttpServletRequestBuilder upload(String ics) {
		return multipart("/meetings/import")
			.file(new MockMultipartFile("file", "partner.ics", "text/calendar", ics.getBytes(StandardCharsets.UTF_8)))
			.with(as("st-crm"))
			.with(csrf());
	}

	static String event(String uid, String lines) {
		return "BEGIN:VEVENT\r\nUID:" + uid + "\r\nDTSTAMP:20170101T000000Z\r\nSUMMARY:Evento de socio\r\n" + lines
				+ "END:VEVENT\r\n";
	}

	static String calendar(String events) {
		return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Socio//ES\r\n" + events + "END:VCALENDAR\r\n";
	}

	@Test
	void refusesAJavascriptLinkAndImportsNothing() throws Exception {
		String uid = UUID.randomUUID() + "@socio.example";
		importingNothing(calendar(event("ok-" + uid, "DTSTART;VALUE=DATE:20271010\r\n")
				+ event(uid, "DTSTART;VALUE=DATE:20271011\r\nURL:javascript:alert(document.cookie)\r\n")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(holds(uid, "https://"));
	}

	@Test
	void refusesAnImpossibleDateInsteadOfMovingItToAnotherDay() throws Exception {
		importingNothing(calendar(event(UUID.randomUUID() + "@socio.example", "DTSTART;VALUE=DATE:20170230\r\n")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("20170230")));
		importingNothing(calendar(event(UUID.randomUUID() + "@socio.example", "DTSTART:20170610T250000Z\r\n")))
			.andExpect(status().isUnprocessableContent());
	}

	@Test
	void refusesAnEndBeforeTheStartInsteadOfMakingItOneDay() throws Exception {
		importingNothing(calendar(event(UUID.randomUUID() + "@socio.example",
				"DTSTART;VALUE=DATE:20270612\r\nDTEND;VALUE=DATE:20270610\r\n")))
			.andExpect(status().isUnprocessableContent());
		importingNothing(calendar(event(UUID.randomUUID() + "@socio.example",
				"DTSTART:20270612T100000Z\r\nDTEND:20270612T090000Z\r\n")))
			.andExpect(status().isUnprocessableContent());
	}

	@Test
	void importsADraftThatStaysReservedUntilASecretariatConfirmsIt() throws Exception {
		String uid = UUID.randomUUID() + "@socio.example";
		importing(calendar(event(uid, "DTSTART;VALUE=DATE:20271015\r\nSTATUS:CONFIRMED\r\n")))
			.andExpect(status().is3xxRedirection());
		Meeting draft = meetings.findByUid(uid).orElseThrow();
		assertThat(draft.isDraft()).isTrue();
		assertThat(draft.getVisibility()).isEqualTo(MeetingVisibility.RESERVED);
		mvc.perform(get("/meetings/" + draft.getId())).andExpect(status().isNotFound());
		mvc.perform(get("/calendar.ics")).andExpect(content().string(not(containsString(uid))));
		mvc.perform(get("/meetings/" + draft.getId()).with(as("st-crm")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Borrador importado")));
		mvc.perform(post("/meetings/" + draft.getId() + "/confirm").with(as("fp-panama")).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(post("/meetings/" + draft.getId() + "/confirm").with(as("st-crm")).with(csrf()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/meetings/" + draft.getId())).andExpect(status().isOk());
		assertThat(meetings.findByUid(uid).orElseThrow().isDraft()).isFalse();
	}

	@Test
	void refusesAFileWithMoreEventsThanTheCap() throws Exception {
		StringBuilder events = new StringBuilder();
		for (int i = 0; i <= MeetingImport.MAX_EVENTS; i++) {
			events.append(event("cap-" + i + "-" + UUID.randomUUID() + "@socio.example", "DTSTART;VALUE=DATE:20271101\r\n"));
		}
		importingNothing(calendar(events.toString())).andExpect(status().isPayloadTooLarge());
	}

	@Test
	void anObserverReadsAReservedMeetingAsTheReadmeSays() throws Exception {
		String created = mvc.perform(post("/api/v1/meetings").with(as("st-crm")).with(csrf())
			.contentType(org.springframework.http.MediaType.APPLICATION_JSON)
			.content("""
					{"titleEs":"Reunión reservada de las ST","kind":"WORKING_MEETING","precision":"DAYS",
					 "startDate":"2027-05-10","status":"TENTATIVE","visibility":"RESERVED","processes":["CRM"]}"""))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		Meeting reserved = meetings.findById(UUID.fromString(created.replaceAll("(?s).*\"id\":\"([^\"]+)\".*", "$1")))
			.orElseThrow();
		mvc.perform(get("/meetings/" + reserved.getId())).andExpect(status().isNotFound());
		mvc.perform(get("/meetings/" + reserved.getId()).with(as("observer-oim"))).andExpect(status().isOk());
	}

	@Test
	void theCalendarFeedFoldsLinesAt75Octets() throws Exception {
		byte[] feed = mvc.perform(get("/calendar.ics")).andReturn().getResponse().getContentAsByteArray();
		String text = new String(feed, StandardCharsets.UTF_8);
		assertThat(text.split("\r\n")).allSatisfy(line -> assertThat(line.getBytes(StandardCharsets.UTF_8).length)
			.isLessThanOrEqualTo(75));
		assertThat(IcsFolding.fold("DESCRIPTION:" + "Reunión ".repeat(30)).replace("\r\n ", ""))
			.isEqualTo("DESCRIPTION:" + "Reunión ".repeat(30));
	}
}
