package org.puente.practices;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.puente.DownloadedTable;
import org.puente.PuenteTest;
import org.puente.WebTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The published catalogue downloads as CSV and XLSX for everybody, with the list's filters (session, conference,
 * country, Global Compact objective), headed in the reader's language, drafts left out, formula-like text inert.
 */
@PuenteTest
class PracticeExportTests extends WebTestSupport {

	private static final String TRAP = "=HYPERLINK(\"http://evil.example/\",\"clic\")";

	@Autowired
	JdbcTemplate jdbc;

	/** A practice of México for session 5 and objective 7, written by its focal point; published if asked. */
	String practice(String summary, boolean publish) throws Exception {
		String title = "Exportable " + UUID.randomUUID();
		mvc.perform(post("/practices").with(as("fp-mexico")).with(csrf()).param("countries", "MX")
			.param("originalLanguage", "es").param("esTitle", title).param("esSummary", summary)
			.param("esWhy", "Porque protege a la niñez.").param("esHow", "Objetivo 7.").param("sessions", "5")
			.param("objectives", "7").param("targetGroups", "CHILDREN").param("periodFrom", "2016")
			.param("version", "0")).andExpect(status().is3xxRedirection());
		if (publish) {
			UUID id = jdbc.queryForObject("select practice_id from practice_text where title = ?", UUID.class, title);
			mvc.perform(post("/practices/" + id + "/submit").with(as("fp-mexico")).with(csrf()))
				.andExpect(status().is3xxRedirection());
			mvc.perform(post("/practices/" + id + "/accept").with(as("st-crm")).with(csrf()))
				.andExpect(status().is3xxRedirection());
		}
		return title;
	}

	@Test
	void theCatalogueDownloadsWithItsFiltersForEverybody() throws Exception {
		String published = practice(TRAP, true);
		String draft = practice("Un borrador.", false);

		mvc.perform(get("/practices").param("country", "MX").param("objective", "7"))
			.andExpect(content().string(containsString("/practices/export.csv?country=MX&amp;objective=7")))
			.andExpect(content().string(containsString("aria-label=\"Buenas prácticas en XLSX\"")))
			.andExpect(content().string(containsString("id=\"filter-objective\"")));

		DownloadedTable en = DownloadedTable.csv(mvc.perform(get("/practices/export.csv").param("session", "5")
			.param("country", "MX").param("objective", "7").header("Accept-Language", "en"))
			.andExpect(status().isOk()));
		assertThat(en.headings()).containsExactly("Title", "Summary", "Countries", "Conference", "Thematic sessions",
				"Global Compact objectives", "Period", "Link");
		int line = en.lineWith(0, published);
		assertThat(en.rows().get(line).subList(1, 4)).containsExactly("'" + TRAP, "Mexico",
				"Regional Conference on Migration (RCM)");
		assertThat(en.rows().get(line).get(5)).startsWith("7. ");
		assertThat(en.rows().get(line).get(6)).isEqualTo("2016–");
		assertThat(en.rows().get(line).get(7)).endsWith("/practices/"
				+ jdbc.queryForObject("select practice_id from practice_text where title = ?", UUID.class, published));
		assertThat(en.column(0)).doesNotContain(draft);
		assertThat(en.column(2)).allSatisfy(c -> assertThat(c).contains("Mexico"));
		assertThat(en.column(5)).allSatisfy(o -> assertThat(o).contains("7. "));
		assertThat(en.fileName()).matches("good-practices-\\d{4}-\\d{2}-\\d{2}\\.csv");

		// the author sees the draft on the page, never in the file of published practices
		DownloadedTable es = DownloadedTable.xlsx(mvc.perform(get("/practices/export.xlsx").with(as("fp-mexico"))
			.param("country", "MX").header("Accept-Language", "es")).andExpect(status().isOk()));
		assertThat(es.headings()).containsExactly("Título", "Resumen", "Países", "Conferencia", "Sesiones temáticas",
				"Objetivos del Pacto Mundial", "Período", "Enlace");
		int row = es.lineWith(0, published);
		assertThat(es.isQuoted(row, 1)).as("the formula is shown, never run").isTrue();
		assertThat(es.column(0)).doesNotContain(draft);
		assertThat(es.fileName()).matches("buenas-practicas-\\d{4}-\\d{2}-\\d{2}\\.xlsx");

		DownloadedTable chile = DownloadedTable.csv(mvc.perform(get("/practices/export.csv").param("country", "CL"))
			.andExpect(status().isOk()));
		assertThat(chile.column(0)).doesNotContain(published);
		DownloadedTable otherObjective = DownloadedTable.csv(mvc.perform(get("/practices/export.csv")
			.param("objective", "23")).andExpect(status().isOk()));
		assertThat(otherObjective.column(0)).doesNotContain(published);

		// the API answers the same filters
		mvc.perform(get("/api/v1/practices").param("country", "MX").param("objective", "7"))
			.andExpect(content().string(containsString(published)));
		mvc.perform(get("/api/v1/practices").param("objective", "23"))
			.andExpect(content().string(not(containsString(published))));
	}

	@Test
	void anyOtherFormatIsAnUnknownAddress() throws Exception {
		mvc.perform(get("/practices/export.json")).andExpect(status().isNotFound());
		mvc.perform(get("/practices/export.pdf").with(as("st-crm"))).andExpect(status().isNotFound());
	}
}
