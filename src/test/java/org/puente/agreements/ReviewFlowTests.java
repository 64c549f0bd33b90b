package org.puente.agreements;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.puente.TestMail;
import org.puente.PuenteTest;
import org.puente.WebTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;

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
import static org.awaitility.Awaitility.await;

/**
 * A secretariat reviews minutes, corrects and merges items, confirms them; the participants, then the followers of a
 * status change, and the responsible parties before a due date are told by e-mail, each once.
 */
@PuenteTest
class ReviewFlowTests extends WebTestSupport {

	@RegisterExtension
	static GreenMailExtension greenMail = TestMail.server();

	@Autowired
	ReviewRepository reviews;

	@Autowired
	Agreements agreements;

	@Autowired
	AgreementReminders reminders;

	@Test
	void confirmsCorrectedAgreementsAndTellsParticipantsFollowersAndResponsibleParties() throws Exception {
		var file = new MockMultipartFile("file", "minuta.txt", "text/plain",
				TestMinutes.minuta("flujo de revisión"));
		String location = mvc.perform(multipart("/agreements/reviews").file(file)
				.param("meetingTitle", "Reunión de prueba del flujo").param("meetingDate", "2017-05-11")
				.param("processes", "CRM", "CSM").with(as("st-crm")).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn().getResponse().getRedirectedUrl();
		UUID id = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
		Review review = reviews.findById(id).orElseThrow();
		assertThat(review.items()).hasSize(8);
		assertThat(agreements.list(new Agreements.Filter(null, null, null, null, id, false)))
			.as("nothing is official before confirmation").isEmpty();

		mvc.perform(get(location).with(as("st-crm")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<mark id=\"src-i1\"")));

		// a wrong date is refused with what was typed kept
		ReviewItem first = review.items().get(0);
		mvc.perform(post(location + "/items/i1").param("version", String.valueOf(review.getVersion()))
				.param("number", "1").param("text", "Texto corregido por la ST").param("responsible", "country:MX")
				.param("dates[0].start", "11/05/2017").with(as("st-crm")).with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Texto corregido por la ST")));
		// a script that asks for JSON gets the mistakes, each on its field, as a problem report
		mvc.perform(post(location + "/items/i1").param("version", String.valueOf(review.getVersion()))
				.param("number", "").param("text", "Texto").param("dates[0].start", "11/05/2017")
				.header("Accept-Language", "en").accept(MediaType.APPLICATION_JSON).with(as("st-crm")).with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[?(@.field == 'number')].code").value("agreements.review.error.number"))
			.andExpect(jsonPath("$.errors[?(@.field == 'dates[0]')].message").value("Write dates as YYYY-MM-DD."));

		// a correction of an item the review does not hold is a 404, even when the form is wrong too
		for (MediaType accept : new MediaType[] { MediaType.TEXT_HTML, MediaType.APPLICATION_JSON }) {
			mvc.perform(post(location + "/items/i99").param("version", String.valueOf(review.getVersion()))
					.param("number", "1").param("text", "Texto").param("dates[0].start", "11/05/2017")
					.accept(accept).with(as("st-crm")).with(csrf()))
				.andExpect(status().isNotFound());
		}

		// the responsible party is corrected and a deadline three days from now added
		String dueSoon = LocalDate.now().plusDays(3).toString();
		mvc.perform(post(location + "/items/i1").param("version", String.valueOf(review.getVersion()))
				.param("number", "1").param("text", first.text()).param("responsible", "country:MX")
				.param("dates[0].expression", "en tres días").param("dates[0].start", dueSoon)
				.param("dates[0].kind", "DEADLINE").param("dates[0].precision", "DAY").with(as("st-crm")).with(csrf()))
			.andExpect(status().is3xxRedirection());

		// a second editor with the old version gets a conflict, and keeps their text
		mvc.perform(post(location + "/items/i2").param("version", String.valueOf(review.getVersion()))
				.param("number", "2").param("text", "Mi versión del acuerdo dos").with(as("st-csm")).with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("Otra persona cambió esta revisión mientras usted escribía")))
			.andExpect(content().string(containsString("Mi versión del acuerdo dos")));

		long version = reviews.findById(id).orElseThrow().getVersion();
		mvc.perform(post(location + "/items/i2/merge").param("version", String.valueOf(version))
				.with(as("st-crm")).with(csrf()))
			.andExpect(status().is3xxRedirection());
		review = reviews.findById(id).orElseThrow();
		assertThat(review.items()).hasSize(7);
		assertThat(review.items().get(0).responsible()).extracting(PartyReference::id).containsExactly("country:MX");

		mvc.perform(post(location + "/confirm").param("version", String.valueOf(review.getVersion()))
				.with(as("fp-mexico")).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(post(location + "/confirm").param("version", String.valueOf(review.getVersion()))
				.with(as("st-crm")).with(csrf()))
			.andExpect(status().is3xxRedirection());

		List<AgreementSummary> register = agreements.list(new Agreements.Filter(null, null, null, null, id, false));
		assertThat(register).hasSize(7);
		AgreementSummary one = register.get(0);
		assertThat(one.dueDate()).hasToString(dueSoon);
		assertThat(mailsTo("punto.focal.mexico@demo.puente.example", "Acuerdos confirmados: Reunión de prueba"))
			.singleElement()
			.satisfies(m -> assertThat(GreenMailUtil.getBody(m)).contains("Responsables: M"))
			// why it was sent, and the one-click unsubscribe (RFC 8058) that stops the confirmed agreements' notices
			.satisfies(m -> assertThat(TestMail.textPart(m)).contains("Recibe este correo porque su país o su Secretaría"))
			.satisfies(m -> assertThat(TestMail.unsubscribePath(m)).startsWith("/unsubscribe/agreement-notices/"));

		// the public sees the confirmed register, signed out
		mvc.perform(get("/agreements/minutes/" + id))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Reunión de prueba del flujo")));

		// an English-speaking observer follows; the status change reaches them in English
		mvc.perform(post("/agreements/items/" + one.id() + "/follow").with(as("observer-oim")).with(csrf()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/agreements/items/" + one.id() + "/updates").param("version", String.valueOf(one.version()))
				.param("status", "DONE").param("note", "Insumos enviados").param("evidenceUrl", "javascript:alert(1)")
				.with(as("fp-mexico")).with(csrf()))
			.andExpect(status().isUnprocessableContent());
		// a script that asks for JSON gets the refusal as a problem report, not the page
		mvc.perform(post("/agreements/items/" + one.id() + "/updates").param("version", String.valueOf(one.version()))
				.param("status", "DONE").param("evidenceUrl", "ftp://example.org/x").with(as("fp-mexico")).with(csrf())
				.accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code")
				.value("agreements.update.badLink"));
		mvc.perform(post("/agreements/items/" + one.id() + "/updates").param("version", String.valueOf(one.version()))
				.param("status", "DONE").param("note", "Insumos enviados")
				.param("evidenceUrl", "https://example.org/insumos.pdf").with(as("fp-panama")).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(post("/agreements/items/" + one.id() + "/updates").param("version", String.valueOf(one.version()))
				.param("status", "DONE").param("note", "Insumos enviados")
				.param("evidenceUrl", "https://example.org/insumos.pdf").with(as("fp-mexico")).with(csrf()))
			.andExpect(status().is3xxRedirection());
		// a follower is told because they follow it; the mail's "Unsubscribe" stops following this agreement
		assertThat(mailsTo("observador.oim@demo.puente.example", "Agreement 1 of \"Reunión de prueba del flujo\": Done"))
			.singleElement()
			.satisfies(m -> assertThat(TestMail.textPart(m)).contains("because you follow this agreement"))
			.satisfies(m -> assertThat(TestMail.unsubscribePath(m)).startsWith("/unsubscribe/agreement/")
				.contains("/" + one.id() + "/").endsWith("?lang=en"));
		mvc.perform(get("/agreements/items/" + one.id()))
			.andExpect(content().string(containsString("https://example.org/insumos.pdf")))
			.andExpect(content().string(not(containsString("javascript:alert"))));

		// a DONE item is not reminded; an open one due in three days is, once
		AgreementSummary open = register.get(1);
		mvc.perform(post("/agreements/items/" + open.id() + "/updates").param("version", String.valueOf(open.version()))
				.param("status", "IN_PROGRESS").param("note", "").with(as("st-crm")).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(reminders.sendDue()).isZero();
	}

	@Test
	void remindsTheResponsiblePartiesOnceBeforeTheDueDate() throws Exception {
		var text = ("Acuerdos:\n1. México enviará el informe a más tardar el " + LocalDate.now().plusDays(2) + ".\n")
			.getBytes(java.nio.charset.StandardCharsets.UTF_8);
		String location = mvc.perform(multipart("/agreements/reviews")
				.file(new MockMultipartFile("file", "acta.txt", "text/plain", text))
				.param("meetingTitle", "Reunión de recordatorios").param("meetingDate", LocalDate.now().toString())
				.param("processes", "CRM").with(as("st-crm")).with(csrf()))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		UUID id = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
		// the other conference's secretariat may not correct it: the error page, not the review with a reason
		mvc.perform(post(location + "/items/i1").param("version", "0").param("number", "1").param("text", "Otra")
				.with(as("st-csm")).with(csrf()))
			.andExpect(status().isForbidden())
			.andExpect(content().string(containsString("Solo la Secretaría de la Conferencia puede revisar esta acta")))
			.andExpect(content().string(not(containsString("id=\"src-i1\""))));
		mvc.perform(post(location + "/confirm").param("version", String.valueOf(reviews.findById(id).orElseThrow()
				.getVersion())).with(as("st-crm")).with(csrf())).andExpect(status().is3xxRedirection());
		AgreementSummary due = agreements.list(new Agreements.Filter(null, null, null, null, id, false)).get(0);
		assertThat(due.dueDate()).isEqualTo(LocalDate.now().plusDays(2));

		assertThat(reminders.sendDue()).isPositive();
		assertThat(reminders.sentTo(due.id(), AgreementReminders.Kind.DUE_SOON))
			.contains("punto.focal.mexico@demo.puente.example", "st.crm@demo.puente.example");
		assertThat(reminders.sendDue()).as("no reminder twice").isZero();
		assertThat(mailsTo("punto.focal.mexico@demo.puente.example", "Recordatorio: el acuerdo 1 de «Reunión de recordatorios»"))
			.singleElement()
			.satisfies(m -> assertThat(TestMail.textPart(m)).contains("porque su país o su Secretaría responde de este acuerdo"))
			.satisfies(m -> assertThat(TestMail.unsubscribePath(m)).startsWith("/unsubscribe/agreement-reminders/"));
	}

	/** The mails to the address whose subject starts so, once one arrived and no duplicate followed for 200 ms. */
	private List<MimeMessage> mailsTo(String address, String subjectStart) {
		List<MimeMessage> found = await().atMost(Duration.ofSeconds(10))
			.until(() -> received(address, subjectStart), mails -> !mails.isEmpty());
		return await("no duplicate of «" + subjectStart + "» to " + address).during(Duration.ofMillis(200)).atMost(Duration.ofSeconds(2))
			.until(() -> received(address, subjectStart), mails -> mails.size() == found.size());
	}

	private List<MimeMessage> received(String address, String subjectStart) {
		return Arrays.stream(greenMail.getReceivedMessages()).filter(m -> {
			try {
				return m.getSubject().startsWith(subjectStart) && Arrays.stream(m.getRecipients(Message.RecipientType.TO))
					.anyMatch(a -> a.toString().equals(address));
			}
			catch (jakarta.mail.MessagingException ex) {
				return false;
			}
		}).toList();
	}
}
