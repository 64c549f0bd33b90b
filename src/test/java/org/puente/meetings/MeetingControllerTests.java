package org.puente.meetings;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.puente.PuenteTest;
import org.puente.WebTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import tools.jackson.databind.ObjectMapper;

import static org.puente.meetings.PostedMeetingForm.meeting;
import static org.puente.PageContent.holds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The calendar over HTTP: pages, forms and the import, with the answers people get on bad input. */
@PuenteTest
class MeetingControllerTests extends WebTestSupport {

	@Autowired
	MeetingRepository meetings;

	@Autowired
	ObjectMapper json;

	@Autowired
	org.puente.accounts.Accounts accounts;

	UUID plenary() {
		return meetings.findByUid(MeetingDemoData.uid("plenary-2017-09-26")).orElseThrow().getId();
	}

	@Test
	void listsJointMeetingsUnderEitherConferenceAndAnswersHtmxWithTheResultsOnly() throws Exception {
		mvc.perform(get("/meetings?process=CSM"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Consulta plenaria CRM–CSM")))
			.andExpect(content().string(not(containsString("Reunión de la CRM en San Salvador"))))
			.andExpect(content().string(containsString("<h1")));
		mvc.perform(get("/meetings?process=CRM&kind=WORKING_MEETING").header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(holds("Reunión de la CRM en San Salvador", "noviembre de 2017"))
			.andExpect(content().string(not(containsString("<h1"))));
		// each table (upcoming meetings, past meetings) has its column headings
		String all = mvc.perform(get("/meetings")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(all.split("<th scope=\"col\">Calendario</th>", -1)).hasSizeGreaterThan(1)
			.hasSameSizeAs(all.split("<table", -1));
	}

	@Test
	void findsTheMeetingAFormMeansFromAFewWordsInAnyLanguageAndHidesReservedOnes() throws Exception {
		String brussels = mvc.perform(get("/meetings/picker").param("field", "meetingId").param("optional", "true")
			.param("meetingIdSearch", "bruselas 2017"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(brussels).contains("Reunión CRM–CSM previa a la reunión CELAC–UE sobre migraciones")
			.contains("name=\"meetingId\"").contains("1 reunión coincide").doesNotContain("Consulta plenaria")
			.doesNotContain("<h1");
		// English words find it too, and the meeting chosen so far stays first whatever is typed
		mvc.perform(get("/meetings/picker?lang=en").param("field", "meetingId").param("meetingIdSearch", "plenary")
			.param("meetingId", plenary().toString()))
			.andExpect(holds("RCM–SACM plenary consultation", "checked"));
		mvc.perform(get("/meetings/picker").param("field", "x\"><script>").param("meetingIdSearch", "a"))
			.andExpect(status().isBadRequest());
		mvc.perform(get("/api/v1/meetings/choices").param("q", "troikas santiago"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].title").value("Reunión anual de las troikas CRM–CSM"))
			.andExpect(jsonPath("$[0].place").value("Santiago (Chile)"));
	}

	@Test
	void offersTheMonthsThatHaveMeetingsFromAQuietOne() throws Exception {
		mvc.perform(get("/meetings/month?month=2030-01"))
			.andExpect(status().isOk())
			.andExpect(holds("Meses con reuniones", "month=2017-12", "type=\"month\""));
	}

	@Test
	void showsAMonthAsATableWithItsMeetings() throws Exception {
		mvc.perform(get("/meetings/month?month=2017-09"))
			.andExpect(status().isOk())
			.andExpect(holds("<caption>septiembre de 2017</caption>", "Consulta plenaria CRM–CSM", "month=2017-10"));
		mvc.perform(get("/meetings/month?month=septiembre")).andExpect(status().isBadRequest());
		// French elides "de" before a vowel: "Réunions de août" was seen in the walk-through
		mvc.perform(get("/meetings/month?month=2017-08").header("Accept-Language", "fr"))
			.andExpect(holds("<h1>Réunions en août 2017</h1>"));
	}

	@Test
	void showsAMeetingWithItsHostAndAddToCalendarLinks() throws Exception {
		UUID side = meetings.findByUid(MeetingDemoData.uid("geneva-side-2017-06-20")).orElseThrow().getId();
		mvc.perform(get("/meetings/" + side))
			.andExpect(status().isOk())
			.andExpect(holds("Sesión temática 3", "calendar.google.com/calendar/render", "dates=20170620/20170621",
					"webcal://"));
		mvc.perform(get("/meetings/" + UUID.randomUUID())).andExpect(status().isNotFound());
	}

	@Test
	void refusesAnEndBeforeTheStartWith422AndKeepsWhatWasTyped() throws Exception {
		mvc.perform(meeting("Reunión de prueba mal fechada", "2017-10-10").with("endDate", "2017-10-09")
				.with("status", "TENTATIVE").postTo("/meetings").with(as("st-crm")).with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(holds("El fin debe ser posterior al inicio.", "value=\"Reuni&oacute;n de prueba mal fechada\""));
	}

	@Test
	void refusesAnUnknownTimeZoneWith422() throws Exception {
		mvc.perform(meeting("Reunión con hora", "2017-10-10").with("kind", "VIRTUAL_MEETING").with("precision", "EXACT")
				.with("endDate").with("startTime", "09:00").with("endTime", "11:00").with("timeZone", "America/Atlantis")
				.postTo("/meetings").with(as("st-crm")).with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Zona horaria desconocida")));
	}

	@Test
	void answersAStaleEditWith409AndKeepsWhatWasTyped() throws Exception {
		Meeting m = meetings.findByUid(MeetingDemoData.uid("brussels-2017-09-07")).orElseThrow();
		mvc.perform(meeting("Reunion en Bruselas, titulo nuevo", "2017-09-07").with("endDate", "2017-09-08")
				.with("processes", "CRM", "CSM").with("version", String.valueOf(m.getVersion() - 1))
				.postTo("/meetings/" + m.getId()).with(as("st-csm")).with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(holds("Otra persona guardó cambios en este registro", "Reunion en Bruselas, titulo nuevo"));
		assertThat(meetings.findById(m.getId()).orElseThrow().getTitleEs()).doesNotContain("titulo nuevo");
	}

	@Test
	void offersTheVenueCountryAmongMemberStatesFirstThenEveryOtherCountryByItsName() throws Exception {
		String page = mvc.perform(get("/meetings/new").with(as("st-crm"))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		String venue = page.substring(page.indexOf("id=\"countryIso2\""), page.indexOf("</select>", page.indexOf("id=\"countryIso2\"")));
		int members = venue.indexOf("label=\"Estados miembros\""), others = venue.indexOf("label=\"Otros pa");
		assertThat(members).isPositive().isLessThan(others);
		assertThat(venue.indexOf("value=\"PA\"")).isBetween(members, others);
		// By name in the reader's language, not by code: Suecia (SE) before Suiza (CH), Afganistán (AF) before Andorra (AD).
		assertThat(venue.indexOf("value=\"SE\"")).isGreaterThan(others).isLessThan(venue.indexOf("value=\"CH\""));
		assertThat(venue.indexOf("value=\"AF\"")).isLessThan(venue.indexOf("value=\"AD\""));
		assertThat(venue.indexOf("value=\"PA\"", others)).as("a member state is offered once").isNegative();
	}

	@Test
	void refusesEditsByFocalPointsAndByTheOtherConferencesSecretariat() throws Exception {
		UUID november = meetings.findByUid(MeetingDemoData.uid("crm-2017-11")).orElseThrow().getId();
		mvc.perform(get("/meetings/" + november + "/edit").with(as("fp-panama"))).andExpect(status().isForbidden());
		mvc.perform(get("/meetings/" + november + "/edit").with(as("st-csm"))).andExpect(status().isForbidden());
		mvc.perform(get("/meetings/" + november + "/edit").with(as("st-crm"))).andExpect(status().isOk());
		mvc.perform(get("/meetings/new")).andExpect(status().is3xxRedirection());
	}

	@Test
	void refusesAnUnreadableCalendarFileAndImportsNothing() throws Exception {
		long before = meetings.count();
		mvc.perform(multipart("/meetings/import").file(new MockMultipartFile("file", "x.ics", "text/calendar",
				"BEGIN:VCALENDAR\nthis is not a calendar".getBytes(StandardCharsets.UTF_8)))
			.with(as("st-crm")).with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("no es un calendario iCalendar (.ics) válido")));
		// the second event has no UID: the first must not stay behind
		String half = ics("import-half-1@un.example", "Evento completo", "20171015") .replace("END:VCALENDAR", "")
				+ "BEGIN:VEVENT\r\nDTSTAMP:20170101T000000Z\r\nDTSTART;VALUE=DATE:20171016\r\nSUMMARY:Sin UID\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
		mvc.perform(multipart("/meetings/import").file(new MockMultipartFile("file", "half.ics", "text/calendar",
				half.getBytes(StandardCharsets.UTF_8))).with(as("st-crm")).with(csrf()))
			.andExpect(status().isUnprocessableContent());
		assertThat(meetings.count()).isEqualTo(before);
	}

	@Test
	void importsACalendarAndUpdatesTheSameMeetingWhenImportedAgain() throws Exception {
		String uid = "gcm-intergov-" + UUID.randomUUID() + "@un.example";
		mvc.perform(multipart("/meetings/import").file(new MockMultipartFile("file", "un.ics", "text/calendar",
				ics(uid, "Intergovernmental conference", "20181210").getBytes(StandardCharsets.UTF_8)))
			.with(as("st-crm")).with(csrf()))
			.andExpect(status().is3xxRedirection());
		Meeting first = meetings.findByUid(uid).orElseThrow();
		assertThat(first.getStartDate()).hasToString("2018-12-10");
		mvc.perform(multipart("/meetings/import").file(new MockMultipartFile("file", "un.ics", "text/calendar",
				ics(uid, "Intergovernmental conference", "20181211").getBytes(StandardCharsets.UTF_8)))
			.with(as("st-crm")).with(csrf()))
			.andExpect(status().is3xxRedirection());
		Meeting again = meetings.findByUid(uid).orElseThrow();
		assertThat(again.getId()).isEqualTo(first.getId());
		assertThat(again.getStartDate()).hasToString("2018-12-11");
		assertThat(again.getSequence()).isEqualTo(first.getSequence() + 1);
	}

	@Test
	void hidesReservedMeetingsFromThePublicAndShowsThemToFocalPointsAndObservers() throws Exception {
		String body = """
				{"titleEs": "Reunión reservada de troikas", "kind": "TROIKA_MEETING", "processes": ["CSM"],
				 "precision": "DAYS", "startDate": "2017-10-20", "status": "CONFIRMED", "visibility": "RESERVED"}""";
		String created = mvc.perform(post("/api/v1/meetings").with(as("st-csm")).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		String id = json.readTree(created).get("id").asString();
		mvc.perform(get("/meetings/" + id)).andExpect(status().isNotFound());
		mvc.perform(get("/calendar.ics")).andExpect(content().string(not(containsString(id))));
		mvc.perform(get("/meetings/" + id).with(as("fp-chile"))).andExpect(status().isOk());
		// observers read what is reserved to the conferences (the README), as they do for documents
		mvc.perform(get("/meetings/" + id).with(as("observer-oim"))).andExpect(status().isOk());
	}

	@Test
	void showsTheHistoryOfAMeetingFromTheAuditLog() throws Exception {
		mvc.perform(get("/meetings/" + plenary() + "/history").with(as("fp-panama")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Alta")))
			.andExpect(content().string(containsString("<td>Puente (automático)</td>")))
			.andExpect(content().string(not(containsString("<td>system</td>"))));
		mvc.perform(get("/meetings/" + plenary() + "/history").header("Accept-Language", "fr").with(as("fp-panama")))
			.andExpect(content().string(containsString("<td>Puente (automatique)</td>")));
	}

	@Test
	void cancelsAMeetingOnceAndRefusesASecondCancellationWithAConflict() throws Exception {
		String body = """
				{"titleEs": "Reunión que se cancelará", "kind": "WORKING_MEETING", "processes": ["CRM"],
				 "precision": "DAYS", "startDate": "2017-11-20", "status": "CONFIRMED", "visibility": "PUBLIC"}""";
		String id = json.readTree(mvc.perform(post("/api/v1/meetings").with(as("st-crm")).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content(body))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8)).get("id").asString();
		mvc.perform(post("/meetings/" + id + "/cancel").with(as("st-crm")).with(csrf()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/meetings/" + id + ".ics")).andExpect(content().string(containsString("STATUS:CANCELLED")))
			.andExpect(content().string(containsString("SEQUENCE:1")));
		mvc.perform(post("/meetings/" + id + "/cancel").with(as("st-crm")).with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("La reunión ya estaba cancelada.")));
	}

	@Test
	void offersToMarkAMeetingHeldOnlyOnceItHasStarted() throws Exception {
		// seen in the walk-through: "Marcar como celebrada" on a meeting of 2027 led to a refusal page with no way back
		String future = """
				{"titleEs": "Reunión que aún no empieza", "kind": "WORKING_MEETING", "processes": ["CRM"],
				 "precision": "DAYS", "startDate": "2099-06-10", "status": "CONFIRMED", "visibility": "PUBLIC"}""";
		String id = json.readTree(mvc.perform(post("/api/v1/meetings").with(as("st-crm")).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content(future))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8)).get("id").asString();
		mvc.perform(get("/meetings/" + id).with(as("st-crm")))
			.andExpect(status().isOk())
			.andExpect(holds("Cancelar la reunión"))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("/held\""))));
		String past = future.replace("Reunión que aún no empieza", "Reunión ya empezada").replace("2099-06-10",
				"2017-06-10");
		String started = json.readTree(mvc.perform(post("/api/v1/meetings").with(as("st-crm")).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content(past))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8)).get("id").asString();
		mvc.perform(get("/meetings/" + started).with(as("st-crm")))
			.andExpect(holds("/meetings/" + started + "/held\""));
	}

	@Test
	void offersASignedInMemberTheirPrivateFeed() throws Exception {
		var chile = accounts.byUsername("fp-chile").orElseThrow();
		String token = accounts.renewFeedToken(chile.id());
		mvc.perform(get("/meetings").with(as("fp-chile")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/calendar/private/" + token + ".ics\"")));
		mvc.perform(get("/meetings")).andExpect(content().string(not(containsString("/calendar/private/"))));
	}

	static String ics(String uid, String summary, String day) {
		return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//UN//Calendar//EN\r\nBEGIN:VEVENT\r\nUID:" + uid
				+ "\r\nDTSTAMP:20170101T000000Z\r\nDTSTART;VALUE=DATE:" + day + "\r\nSUMMARY:" + summary
				+ "\r\nLOCATION:Marrakech\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
	}
}
