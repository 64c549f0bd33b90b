package org.puente.meetings;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.puente.PuenteTest;
import org.puente.WebTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The calendar's JSON API: listing, creating, changing and deleting meetings, with the problems it answers. */
@PuenteTest
class MeetingApiTests extends WebTestSupport {

	@Autowired
	ObjectMapper json;

	@Test
	void listsMeetingsAsJsonAndRefusesABadDateWithAProblem() throws Exception {
		mvc.perform(get("/api/v1/meetings?from=2017-09-01&to=2017-09-30&process=CSM"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.uid == 'demo-plenary-2017-09-26@puente')].when").value("26–27 de septiembre de 2017"))
			.andExpect(jsonPath("$[?(@.uid == 'demo-crm-2017-11@puente')]").isEmpty());
		mvc.perform(get("/api/v1/meetings?from=26/09/2017"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void refusesAnUnknownFilterValueNamingTheFilterInsteadOfFailing() throws Exception {
		// an unknown conference failed with a 500 (a null looked up in the meeting's set of conferences); an unknown
		// kind or status was a 400 that named nothing
		for (String[] filter : new String[][] { { "process", "XYZ" }, { "kind", "PICNIC" }, { "status", "MAYBE" } }) {
			mvc.perform(get("/api/v1/meetings").param(filter[0], filter[1]).header("Accept-Language", "pt"))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.code").value("error.400.unreadable"))
				.andExpect(jsonPath("$.detail").value("«" + filter[0] + "»: o valor enviado não tem o formato esperado."));
		}
		mvc.perform(get("/calendar.ics").param("process", "XYZ")).andExpect(status().isBadRequest());
		mvc.perform(get("/meetings/export.csv").param("process", "XYZ").with(as("st-crm")))
			.andExpect(status().isBadRequest());
		mvc.perform(get("/api/v1/meetings").param("process", "csm").param("kind", "plenary"))
			.andExpect(status().isOk());
	}

	@Test
	void createsChangesAndDeletesAMeetingThroughTheApiWithOptimisticLocking() throws Exception {
		String body = """
				{"titleEs": "Reunión virtual de las ST", "kind": "VIRTUAL_MEETING", "processes": ["CRM", "CSM"],
				 "precision": "EXACT", "startDate": "2017-10-03", "startTime": "10:00", "endTime": "12:00",
				 "timeZone": "America/Panama", "status": "CONFIRMED", "visibility": "PUBLIC",
				 "onlineUrl": "https://meet.example/st"}""";
		var response = mvc.perform(post("/api/v1/meetings").with(as("st-crm")).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isCreated())
			.andReturn().getResponse();
		String created = response.getContentAsString(StandardCharsets.UTF_8);
		String location = response.getHeader("Location");
		JsonNode meeting = json.readTree(created);
		String id = meeting.get("id").asString();
		mvc.perform(get("/api/v1/meetings").with(as("st-crm")).param("from", "2017-10-03").param("to", "2017-10-03"))
			.andExpect(jsonPath("$[?(@.id == '" + id + "')]").isNotEmpty());
		assertThat(location).as("where the created meeting is read").isEqualTo("/api/v1/meetings/" + id);
		long version = meeting.get("version").asLong();

		String ics = mvc.perform(get("/meetings/" + id + ".ics")).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(ics).contains("BEGIN:VTIMEZONE", "TZID:America/Panama", "DTSTART;TZID=America/Panama:20171003T100000");

		String stale = body.replace("10:00", "11:00").replace("{", "{\"version\": " + (version + 5) + ", ");
		mvc.perform(put("/api/v1/meetings/" + id).with(as("st-crm")).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content(stale))
			.andExpect(status().isConflict());
		String fresh = body.replace("10:00", "11:00").replace("{", "{\"version\": " + version + ", ");
		mvc.perform(put("/api/v1/meetings/" + id).with(as("st-crm")).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content(fresh))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.sequence").value(1));
		String backwards = body.replace("\"endTime\": \"12:00\"", "\"endTime\": \"08:00\"");
		mvc.perform(post("/api/v1/meetings").with(as("st-crm")).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content(backwards))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("meetings.dates.endBeforeStart"));
		mvc.perform(delete("/api/v1/meetings/" + id).with(as("fp-chile")).with(csrf()))
			.andExpect(status().isForbidden());
		// an unknown meeting is a 404 for the focal point too: the role is refused only for a meeting that exists
		// (rules12; it was 403 for any id, the rule being only the service's)
		String unknown = "/api/v1/meetings/" + java.util.UUID.randomUUID();
		mvc.perform(delete(unknown).with(as("fp-chile")).with(csrf())).andExpect(status().isNotFound());
		mvc.perform(put(unknown).with(as("fp-chile")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content(fresh)).andExpect(status().isNotFound());
		// a deletion with a stale version: 409 with the version stored now, in the caller's language (finding 15)
		long now = json.readTree(mvc.perform(get("/api/v1/meetings/" + id)).andReturn().getResponse()
			.getContentAsString()).get("version").asLong();
		mvc.perform(delete("/api/v1/meetings/" + id).param("version", String.valueOf(now - 1)).with(as("st-crm"))
			.with(csrf()).header("Accept-Language", "pt"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.currentVersion").value(now))
			.andExpect(jsonPath("$.code").value("error.conflict.message"))
			// a script's sentence, not the form's "your entries are still in the form" (finding 16)
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith(
					"Outra pessoa salvou alterações neste registro depois da versão enviada: nada foi salvo.")));
		mvc.perform(delete("/api/v1/meetings/" + id).with(as("st-crm")).with(csrf()))
			.andExpect(status().isNoContent());
		mvc.perform(get("/api/v1/meetings/" + id)).andExpect(status().isNotFound());
	}

	/**
	 * Two scripts change a meeting from the version they both read: the second gets a 409 whose report carries the
	 * stored version, the stored values of the fields it would have overwritten, who saved them and when, and the
	 * meeting keeps the first one's change (before, a bare 409 said nothing of what was stored).
	 */
	@Test
	void aScriptOvertakenByAnotherGetsTheCurrentVersionAndValues() throws Exception {
		String body = """
				{"titleEs": "Reunión de dos scripts", "kind": "VIRTUAL_MEETING", "processes": ["CRM"],
				 "precision": "EXACT", "startDate": "2031-10-03", "startTime": "10:00", "endTime": "12:00",
				 "timeZone": "America/Panama", "status": "CONFIRMED", "visibility": "PUBLIC",
				 "onlineUrl": "https://meet.example/dos"}""";
		JsonNode meeting = json.readTree(mvc.perform(post("/api/v1/meetings").with(as("st-crm")).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
		String id = meeting.get("id").asString();
		long read = meeting.get("version").asLong();
		String first = body.replace("Reunión de dos scripts", "Título del primer script")
			.replace("{", "{\"version\": " + read + ", ");
		mvc.perform(put("/api/v1/meetings/" + id).with(as("st-crm")).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content(first))
			.andExpect(status().isOk());
		String second = body.replace("https://meet.example/dos", "https://meet.example/segundo")
			.replace("{", "{\"version\": " + read + ", ");
		mvc.perform(put("/api/v1/meetings/" + id).with(as("admin")).with(csrf()).header("Accept-Language", "en")
			.contentType(MediaType.APPLICATION_JSON).content(second))
			.andExpect(status().isConflict())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.currentVersion").value(read + 1))
			.andExpect(jsonPath("$.current.titleEs").value("Título del primer script"))
			.andExpect(jsonPath("$.current.onlineUrl").value("https://meet.example/dos"))
			.andExpect(jsonPath("$.changedBy").value("st-crm"))
			.andExpect(jsonPath("$.changedAt").exists());
		mvc.perform(get("/api/v1/meetings/" + id))
			.andExpect(jsonPath("$.titleEs").value("Título del primer script"))
			.andExpect(jsonPath("$.onlineUrl").value("https://meet.example/dos"));
	}
}
