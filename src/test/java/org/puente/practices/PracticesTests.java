package org.puente.practices;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.puente.PuenteTest;
import org.puente.WebTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.puente.PageContent.holds;
import static org.puente.PageContent.lacks;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The good-practices catalogue over HTTP on the real database: required texts, workflow, rankings, Borda, API. */
@PuenteTest
class PracticesTests extends WebTestSupport {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Prioritisation prioritisation;

	/** A complete practice form of México for a session, with a unique title. */
	MockHttpServletRequestBuilder practiceForm(String title, int session, String why) {
		return practiceForm(title, session, why, "Aporta al objetivo 7 del PMM.");
	}

	MockHttpServletRequestBuilder practiceForm(String title, int session, String why, String how) {
		return post("/practices").with(as("fp-mexico"))
			.with(csrf())
			.param("countries", "MX")
			.param("originalLanguage", "es")
			.param("esTitle", title)
			.param("esSummary", "Acompañamiento a familias migrantes en tránsito.")
			.param("esWhy", why)
			.param("esHow", how)
			.param("sessions", String.valueOf(session))
			.param("objectives", "7")
			.param("targetGroups", "CHILDREN")
			.param("periodFrom", "2016")
			.param("version", "0");
	}

	UUID idOf(String title) {
		return jdbc.queryForObject("select practice_id from practice_text where title = ?", UUID.class, title);
	}

	String statusOf(UUID id) {
		return jdbc.queryForObject("select status from practice where id = ?", String.class, id);
	}

	@Test
	void theDemoHoldsPracticesOfBothRegionsWithMexicosProgrammeAndRankings() {
		Map<String, Object> counts = jdbc.queryForMap("""
				select count(*) filter (where status = 'ACCEPTED' and demo and process = 'CRM') crm,
				       count(*) filter (where status = 'ACCEPTED' and demo and process = 'CSM') csm,
				       count(*) filter (where status = 'SUBMITTED' and demo) submitted
				from practice""");
		assertThat((Long) counts.get("crm") + (Long) counts.get("csm")).isEqualTo(12L);
		assertThat((Long) counts.get("crm")).isGreaterThanOrEqualTo(5L);
		assertThat((Long) counts.get("csm")).isGreaterThanOrEqualTo(5L);
		assertThat(counts.get("submitted")).isEqualTo(1L);
		assertThat(jdbc.queryForObject("select count(*) from practice_text where title = "
				+ "'Programa de Alternativas al Alojamiento en Estaciones Migratorias para Solicitantes de Refugio'",
				Integer.class)).isEqualTo(1);
		assertThat(jdbc.queryForList("select distinct process from practice_ranking where thematic_session = 1",
				String.class)).containsExactlyInAnyOrder("CRM", "CSM");
	}

	@Test
	void theSecretariatsHomeListsThePracticesItHasToReview() throws Exception {
		// Ecuador's demo practice waits for the CSM secretariat, not for the CRM's
		mvc.perform(get("/home").with(as("st-csm")))
			.andExpect(content().string(containsString("Ley Orgánica de Movilidad Humana")));
		mvc.perform(get("/home").with(as("st-crm")))
			.andExpect(content().string(not(containsString("Ley Orgánica de Movilidad Humana"))));
	}

	@Test
	void aPracticeWithoutItsWhyIsRefusedWithAClearMessageAndNothingIsStored() throws Exception {
		String title = "Práctica sin porqué " + UUID.randomUUID();
		mvc.perform(practiceForm(title, 5, " ", ""))
			.andExpect(status().isUnprocessableContent())
			.andExpect(holds("Falta por qué es una buena práctica (español)",
					"Falta cómo contribuye al PMM (español)", title.substring(title.length() - 36)));
		assertThat(jdbc.queryForObject("select count(*) from practice_text where title = ?", Integer.class, title))
			.isZero();
		// a translation begun must be complete too
		mvc.perform(practiceForm(title, 5, "Porque protege.").param("enTitle", "A practice"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Falta por qué es una buena práctica (inglés)")));
	}

	@Test
	void focalPointsSubmitAndTheirConferencesSecretariatReviewsThenItIsPublic() throws Exception {
		String title = "Acompañamiento a familias en tránsito " + UUID.randomUUID();
		mvc.perform(practiceForm(title, 5, "Porque protege a la niñez en tránsito.")).andExpect(status().is3xxRedirection());
		UUID id = idOf(title);
		assertThat(statusOf(id)).isEqualTo("DRAFT");
		// a draft is not public, nor visible to another country's focal point
		mvc.perform(get("/practices/" + id)).andExpect(status().isNotFound());
		mvc.perform(get("/practices/" + id).with(as("fp-chile"))).andExpect(status().isNotFound());
		// a focal point writes only for their own country
		mvc.perform(practiceForm("Otra " + title, 5, "Porque sí.").with(as("fp-chile")))
			.andExpect(status().isForbidden());
		mvc.perform(post("/practices/" + id + "/submit").with(as("fp-mexico")).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(statusOf(id)).isEqualTo("SUBMITTED");
		// the focal point may not accept; the other conference's secretariat may not review
		mvc.perform(post("/practices/" + id + "/accept").with(as("fp-mexico")).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(post("/practices/" + id + "/accept").with(as("st-csm")).with(csrf()))
			.andExpect(status().isForbidden());
		// changes need a note
		mvc.perform(post("/practices/" + id + "/request-changes").with(as("st-crm")).with(csrf()).param("note", " "))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Escriba qué hay que cambiar")));
		mvc.perform(post("/practices/" + id + "/request-changes").with(as("st-crm")).with(csrf())
			.param("note", "Añadan cifras de resultados.")).andExpect(status().is3xxRedirection());
		assertThat(statusOf(id)).isEqualTo("CHANGES_REQUESTED");
		// asked twice: the practice is no longer under review, which the error page says (no note field to point at)
		mvc.perform(post("/practices/" + id + "/request-changes").with(as("st-crm")).with(csrf())
			.param("note", "Otra vez.")).andExpect(status().isConflict())
			.andExpect(holds("Solo se revisa una práctica enviada")).andExpect(lacks("href=\"#note\""));
		mvc.perform(get("/practices/" + id).with(as("fp-mexico")))
			.andExpect(content().string(containsString("Añadan cifras de resultados.")));
		long version = jdbc.queryForObject("select version from practice where id = ?", Long.class, id);
		mvc.perform(post("/practices/" + id).with(as("fp-mexico")).with(csrf())
			.param("countries", "MX").param("originalLanguage", "es").param("esTitle", title)
			.param("esSummary", "Acompañamiento.").param("esWhy", "Porque protege.").param("esHow", "Objetivo 7.")
			.param("sessions", "5").param("periodFrom", "2016").param("results", "300 familias acompañadas.")
			.param("version", String.valueOf(version)))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/practices/" + id + "/submit").with(as("fp-mexico")).with(csrf()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/practices/" + id + "/accept").with(as("st-crm")).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(statusOf(id)).isEqualTo("ACCEPTED");
		// published: public, editable no more, in the search entries
		mvc.perform(get("/practices/" + id)).andExpect(status().isOk())
			.andExpect(content().string(containsString("300 familias acompañadas.")));
		mvc.perform(get("/practices")).andExpect(content().string(containsString(title.substring(title.length() - 36))));
		mvc.perform(get("/practices/" + id + "/edit").with(as("fp-mexico"))).andExpect(status().isForbidden());
		assertThat(jdbc.queryForObject("select count(*) from search_entry where type = 'practice' and source_id = ?",
				Integer.class, id.toString())).isEqualTo(1);
	}

	@Test
	void aRankingWithTiesOrGapsIsRefusedWithItsReasonAndAGoodOneCounts() throws Exception {
		List<Practice> session3 = prioritisation.eligible(3);
		assertThat(session3).hasSizeGreaterThanOrEqualTo(3);
		var tie = post("/practices/ranking/rank").with(as("fp-chile")).with(csrf()).param("session", "3")
			.param("country", "CL");
		for (int i = 0; i < session3.size(); i++) {
			tie.param("place-" + session3.get(i).getId(), String.valueOf(i == 0 ? 1 : i));
		}
		mvc.perform(tie).andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Dos prácticas tienen el mismo puesto (1)")));
		var gap = post("/practices/ranking/rank").with(as("fp-chile")).with(csrf()).param("session", "3")
			.param("country", "CL");
		for (int i = 0; i < session3.size(); i++) {
			gap.param("place-" + session3.get(i).getId(), String.valueOf(i + 1 == session3.size() ? i + 2 : i + 1));
		}
		mvc.perform(gap).andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("el puesto debe ser un número del 1 al " + session3.size())));
		var missing = post("/practices/ranking/rank").with(as("fp-chile")).with(csrf()).param("session", "3")
			.param("country", "CL").param("place-" + session3.get(0).getId(), "1");
		mvc.perform(missing).andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Falta el puesto de")));
		// a focal point ranks for their own country only
		var other = post("/practices/ranking/rank").with(as("fp-chile")).with(csrf()).param("session", "3")
			.param("country", "AR");
		mvc.perform(other).andExpect(status().isForbidden())
			.andExpect(holds("Solo puede ordenar por su país")).andExpect(lacks("id=\"ranking-error\""));
		assertThat(jdbc.queryForObject("select count(*) from practice_ranking where thematic_session = 3 and country = 'CL'",
				Integer.class)).isZero();
		var good = post("/practices/ranking/rank").with(as("fp-chile")).with(csrf()).param("session", "3")
			.param("country", "CL");
		for (int i = 0; i < session3.size(); i++) {
			good.param("place-" + session3.get(i).getId(), String.valueOf(session3.size() - i));
		}
		mvc.perform(good).andExpect(status().is3xxRedirection());
		JointRanking ranking = prioritisation.compute(3, "es");
		assertThat(ranking.countries().get("CSM")).contains("CL");
		assertThat(ranking.rows().get(0).id()).isEqualTo(session3.get(session3.size() - 1).getId());
		assertThat(ranking.rows().get(0).score()).isEqualTo(100.0);
	}

	@Test
	void theBordaCountWeighsBothConferencesEquallyAndTiesShareAPlace() {
		// session 1 of the demo: México, Guatemala and Panamá rank for the CRM; Chile, Argentina and Brasil for the CSM
		JointRanking ranking = prioritisation.compute(1, "es");
		assertThat(ranking.practices()).isEqualTo(6);
		Map<String, JointRanking.Row> byCountry = new java.util.HashMap<>();
		ranking.rows().forEach(r -> byCountry.put(r.countries().get(0), r));
		JointRanking.Row mexico = byCountry.get("MX");
		// CRM: 13 points of 15 → 86.7; CSM: 9 of 15 → 60.0; joint: 73.3
		assertThat(mexico.place()).isEqualTo(1);
		assertThat(mexico.crmScore()).isEqualTo(86.7);
		assertThat(mexico.csmScore()).isEqualTo(60.0);
		assertThat(mexico.score()).isEqualTo(73.3);
		assertThat(mexico.crmPlace()).isEqualTo(1);
		assertThat(mexico.csmPlace()).isEqualTo(4);
		assertThat(mexico.spread()).isEqualTo(3);
		assertThat(mexico.disagree()).isTrue();
		assertThat(byCountry.get("CL").place()).isEqualTo(2);
		// Guatemala (12 + 2) and Brasil (4 + 10) tie: both third, and nobody is fourth
		assertThat(byCountry.get("GT").place()).isEqualTo(3);
		assertThat(byCountry.get("BR").place()).isEqualTo(3);
		assertThat(byCountry.get("GT").tied()).isTrue();
		assertThat(byCountry.get("AR").place()).isEqualTo(5);
		assertThat(byCountry.get("PA").place()).isEqualTo(6);
		assertThat(byCountry.get("AR").spread()).isEqualTo(5);
	}

	@Test
	void theApiListsPublishedPracticesAndRankingsAndIsDocumented() throws Exception {
		mvc.perform(get("/api/v1/practices").param("session", "6"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(5)))
			.andExpect(content().string(not(containsString("Movilidad Humana"))));
		mvc.perform(get("/api/v1/practices").param("country", "MX"))
			.andExpect(jsonPath("$[0].texts.es.why").exists());
		mvc.perform(get("/api/v1/practices/ranking").param("session", "1"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.method", containsString("Borda")))
			.andExpect(jsonPath("$.ranking[0].title").value(
					"Programa de Alternativas al Alojamiento en Estaciones Migratorias para Solicitantes de Refugio"))
			.andExpect(jsonPath("$.ranking[0].spread").value(3));
		mvc.perform(get("/api/v1/practices/ranking").param("session", "9")).andExpect(status().isBadRequest());
		mvc.perform(get("/v3/api-docs"))
			.andExpect(holds("/api/v1/practices/ranking", "\"/api/v1/practices\""));
	}

	@Test
	void publicPagesShowTheMethodSimilarPracticesAndTheCompiledDocument() throws Exception {
		mvc.perform(get("/practices/ranking").param("session", "1"))
			.andExpect(status().isOk())
			.andExpect(holds("recuento de Borda", "3="));
		UUID mexico = idOf("Programa de Alternativas al Alojamiento en Estaciones Migratorias para Solicitantes de Refugio");
		mvc.perform(get("/practices/" + mexico).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(holds("Programme of Alternatives to Detention", "Similar practices of the other Conference"));
		String similar = mvc.perform(get("/practices/" + mexico)).andReturn().getResponse().getContentAsString();
		assertThat(similar.substring(similar.indexOf("id=\"similar\""))).containsAnyOf("Brasil", "Chile", "Argentina");
		byte[] docx = mvc.perform(get("/practices/compilation").param("format", "docx"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
			List<String> paragraphs = doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
			int session1 = paragraphs.indexOf(paragraphs.stream().filter(p -> p.startsWith("Sesión 1:")).findFirst().orElseThrow());
			assertThat(paragraphs.get(session1 + 1)).startsWith("1. Programa de Alternativas");
			assertThat(paragraphs).anyMatch(p -> p.startsWith("3= "));
		}
		byte[] pdf = mvc.perform(get("/practices/compilation").param("format", "pdf"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(new String(pdf, 0, 4, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF");
		mvc.perform(get("/api/v1/search").param("q", "alojamiento").param("type", "practice"))
			.andExpect(content().string(containsString("Alternativas al Alojamiento")));
	}
}
