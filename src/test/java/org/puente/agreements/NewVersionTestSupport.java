package org.puente.agreements;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.puente.TestMail;
import org.puente.WebTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What the tests of new versions of minutes share: a meeting, minutes uploaded for it as a first or a new version,
 * their review page, their confirmation and the register's agreements of them.
 */
abstract class NewVersionTestSupport extends WebTestSupport {

	@RegisterExtension
	static GreenMailExtension greenMail = TestMail.server();

	/** The agreements of the minutes both tests upload, under a heading of each test's. */
	static final String THREE_AGREEMENTS = """

			Acuerdos:
			1. La ST de la CRM elaborará un informe sobre migrantes extrarregionales a más tardar el 30 de junio de 2017.
			2. La ST de la CSM circulará el glosario a los países miembros antes del 15 de julio de 2017.
			3. La PPT de la CRM convocará una reunión virtual de las troikas en agosto de 2017.
			""";

	@Autowired
	Agreements agreements;

	@Autowired
	ReviewRepository reviews;

	/** The register's agreements of these minutes. */
	List<AgreementSummary> agreementsOf(UUID minutes) {
		return agreements.list(new Agreements.Filter(null, null, null, null, minutes, false));
	}

	String version(UUID review) {
		return String.valueOf(reviews.findById(review).orElseThrow().getVersion());
	}

	String reviewPage(UUID review) throws Exception {
		return mvc.perform(get("/agreements/reviews/" + review).with(as("st-crm")))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	String newMeeting() throws Exception {
		String body = """
				{"titleEs": "Reunión de prueba de versiones del acta", "kind": "VIRTUAL_MEETING", "processes": ["CRM", "CSM"],
				 "startDate": "2017-06-20", "endDate": "2017-06-20", "visibility": "PUBLIC", "status": "CONFIRMED"}""";
		String created = mvc.perform(post("/api/v1/meetings").with(as("st-crm")).with(csrf())
				.contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
		return created.replaceAll("(?s).*\"id\"\\s*:\\s*\"([0-9a-f-]{36})\".*", "$1");
	}

	UUID upload(String text, String meetingId, boolean newVersion) throws Exception {
		String location = upload(text, meetingId, newVersion, 302);
		return UUID.fromString(location.substring(location.lastIndexOf('/') + 1).replaceAll("#.*", ""));
	}

	String upload(String text, String meetingId, boolean newVersion, int expected) throws Exception {
		var file = new MockMultipartFile("file", "acta.txt", "text/plain", text.getBytes(StandardCharsets.UTF_8));
		var request = multipart("/agreements/reviews").file(file).param("meetingId", meetingId)
			.param("meetingDate", "2017-06-20").param("processes", "CRM", "CSM");
		if (newVersion) {
			request.param("newVersion", "true");
		}
		var response = mvc.perform(request.with(as("st-crm")).with(csrf()))
			.andExpect(status().is(expected))
			.andReturn().getResponse();
		return response.getRedirectedUrl() == null ? "" : response.getRedirectedUrl();
	}

	UUID confirm(UUID review) throws Exception {
		long version = reviews.findById(review).orElseThrow().getVersion();
		mvc.perform(post("/agreements/reviews/" + review + "/confirm").param("version", String.valueOf(version))
				.with(as("st-crm")).with(csrf()))
			.andExpect(status().is3xxRedirection());
		return review;
	}
}
