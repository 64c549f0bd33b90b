package org.puente.meetings;

import org.junit.jupiter.api.Test;
import org.puente.PuenteTest;
import org.puente.WebTestSupport;
import org.springframework.http.MediaType;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Scheduling a meeting through the API is for secretariats and administrators: anyone else hears 403 whatever the
 * body holds (api12). The rule was only the service's, after the body was read and validated, so an observer or a
 * focal point who sent an invalid body heard 422 about a field, and one who sent no JSON at all 400.
 */
@PuenteTest
class MeetingCreateRoleTests extends WebTestSupport {

	static final String VALID = """
			{"titleEs": "Reunión que no se agenda", "kind": "VIRTUAL_MEETING", "processes": ["CSM"],
			 "precision": "EXACT", "startDate": "2032-10-03", "startTime": "10:00", "endTime": "12:00",
			 "timeZone": "America/Panama", "status": "CONFIRMED", "visibility": "PUBLIC",
			 "onlineUrl": "https://meet.example/no"}""";

	/** The end before the start: a secretariat hears 422 for it. */
	static final String INVALID = VALID.replace("\"endTime\": \"12:00\"", "\"endTime\": \"08:00\"");

	@Test
	void anObserverOrAFocalPointIsRefusedWhateverTheBodyAndNothingIsStored() throws Exception {
		for (String username : new String[] { "observer-oim", "fp-panama" }) {
			for (String body : new String[] { VALID, INVALID, "{\"titleEs\": ", "" }) {
				storingNothingIn("meeting", post("/api/v1/meetings").with(as(username)).with(csrf())
					.contentType(MediaType.APPLICATION_JSON).content(body).header("Accept-Language", "en"))
					.andExpect(status().isForbidden());
			}
		}
	}

	@Test
	void aSecretariatStillHearsWhatIsWrongWithTheBody() throws Exception {
		storingNothingIn("meeting", post("/api/v1/meetings").with(as("st-crm")).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content(INVALID))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("meetings.dates.endBeforeStart"));
		storingNothingIn("meeting", post("/api/v1/meetings").with(as("st-crm")).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"titleEs\": "))
			.andExpect(status().isBadRequest());
	}
}
