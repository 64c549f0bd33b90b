package org.puente.consultations;

import java.time.LocalDate;
import java.util.UUID;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.puente.TestMail;
import org.puente.WebTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What the consultation tests share: a consultation made and sent by the CRM's secretariat over HTTP, and the mail
 * server its notices go to.
 */
abstract class ConsultationTestSupport extends WebTestSupport {

	@RegisterExtension
	static GreenMailExtension greenMail = TestMail.server();

	@Autowired
	ResponseRepository responses;

	@Autowired
	ConsultationManagement management;

	@Autowired
	JdbcTemplate jdbc;

	/** Waits until the consultation's notices went out: they are sent after the change commits. */
	void noticesSent(UUID id) {
		String sql = """
				select count(*) from event_publication where listener_id like '%ConsultationNotices%'
				  and serialized_event like ? and completion_date is null""";
		await().atMost(java.time.Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(jdbc.queryForObject(sql, Integer.class, "%" + id + "%")).isZero());
	}

	/**
	 * A consultation with one term to define, then a question of each kind in {@code moreKinds} (each in a section of
	 * its own, in that order; a choice offers «Sí» and «No»), sent to {@code processes}.
	 */
	UUID sendConsultation(String processes, LocalDate deadline, String policy, String... moreKinds) throws Exception {
		// a past deadline is refused on creation: such a consultation is made for tomorrow, then its deadline moved back
		LocalDate tomorrow = LocalDate.now().plusDays(1);
		MvcResult created = mvc.perform(post("/consultations").with(as("st-crm")).with(csrf())
			.param("title.es", "Cuestionario de prueba " + UUID.randomUUID())
			.param("processes", processes)
			.param("deadline", (deadline.isBefore(tomorrow) ? tomorrow : deadline).toString())
			.param("latePolicy", policy)).andExpect(status().is3xxRedirection()).andReturn();
		UUID id = UUID.fromString(created.getResponse().getRedirectedUrl().substring("/consultations/".length()));
		jdbc.update("update consultation set deadline = ? where id = ?", deadline, id);
		mvc.perform(post("/consultations/{id}/questions", id).with(as("st-crm")).with(csrf())
			.param("sectionTitle.es", "Conceptos")
			.param("kind", "TERM_DEFINITION")
			.param("prompt.es", "¿Cómo define su país este término?")
			.param("term", "retorno asistido")).andExpect(status().is3xxRedirection());
		for (String kind : moreKinds) {
			mvc.perform(post("/consultations/{id}/questions", id).with(as("st-crm")).with(csrf())
				.param("sectionTitle.es", "Sección " + kind)
				.param("kind", kind)
				.param("options", QuestionKind.valueOf(kind).hasOptions() ? "Sí\nNo" : "")
				.param("prompt.es", "Pregunta " + kind)).andExpect(status().is3xxRedirection());
		}
		mvc.perform(post("/consultations/{id}/send", id).with(as("st-crm")).with(csrf()))
			.andExpect(status().is3xxRedirection());
		noticesSent(id);
		return id;
	}

	UUID firstQuestion(UUID id) {
		return management.view(id).questions().get(0).getId();
	}
}
