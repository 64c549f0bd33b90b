package org.puente.agreements;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.puente.DownloadedTable;
import org.puente.PuenteTest;
import org.puente.WebTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The agreement board downloads as CSV and XLSX for whoever may open it, with its filters and order, its status and
 * overdue marking, its dates as dates, headed in the reader's language, formula-like text inert.
 */
@PuenteTest
class BoardExportTests extends WebTestSupport {

	@Autowired
	Agreements agreements;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theBoardDownloadsWithItsFiltersAndOverdueMarking() throws Exception {
		DownloadedTable overdue = DownloadedTable.xlsx(mvc.perform(get("/agreements/board/export.xlsx")
			.param("overdue", "true").with(as("observer-oim")).header("Accept-Language", "es"))
			.andExpect(status().isOk()));
		assertThat(overdue.headings()).containsExactly("Reunión", "Fecha de la reunión", "N.º", "Tema", "Acuerdo",
				"Responsables", "Plazo", "Estado", "Vencido");
		int shown = agreements.list(new Agreements.Filter(null, null, null, null, null, true)).size();
		assertThat(shown).isPositive();
		assertThat(overdue.lines()).hasSize(shown);
		assertThat(overdue.column(8)).containsOnly("sí");
		// the API answers the board's filters too
		mvc.perform(get("/api/v1/agreements").param("overdue", "true")).andExpect(jsonPath("$.length()").value(shown));
		assertThat(overdue.isDate(1, 1)).as("the meeting's day is a real date").isTrue();
		assertThat(overdue.isDate(1, 6)).as("the due day is a real date").isTrue();
		assertThat(overdue.format(1, 6)).isEqualTo("d/m/yyyy");
		assertThat(overdue.fileName()).matches("tablero-de-acuerdos-\\d{4}-\\d{2}-\\d{2}\\.xlsx");

		DownloadedTable done = DownloadedTable.csv(mvc.perform(get("/agreements/board/export.csv")
			.param("status", "DONE").param("process", "CRM").with(as("st-crm")).header("Accept-Language", "en"))
			.andExpect(status().isOk()));
		assertThat(done.headings()).containsExactly("Meeting", "Meeting date", "No.", "Theme", "Agreement",
				"Responsible", "Due", "Status", "Overdue");
		assertThat(done.lines()).hasSize(agreements.list(new Agreements.Filter("CRM", AgreementStatus.DONE, null,
				null, null, false)).size()).isNotEmpty();
		assertThat(done.column(7)).containsOnly("Done");
		assertThat(done.column(8)).containsOnly("");
		assertThat(done.column(1)).allSatisfy(d -> assertThat(d).matches("\\d{4}-\\d{2}-\\d{2}"));
	}

	/** A theme typed as a formula (one demo agreement's, for the test) reaches the files as text, alone in its filter. */
	@Test
	void aFormulaLikeThemeIsShownNeverRun() throws Exception {
		Map<String, Object> one = jdbc.queryForMap("select id, theme from agreement order by meeting_date, position limit 1");
		String trap = "=1+1 Tema " + UUID.randomUUID();
		jdbc.update("update agreement set theme = ? where id = ?", trap, one.get("id"));
		try {
			mvc.perform(get("/agreements/board").param("theme", trap).with(as("st-crm")))
				.andExpect(content().string(containsString("/agreements/board/export.xlsx?theme=")))
				.andExpect(content().string(containsString("aria-label=\"Tablero de acuerdos en CSV\"")));
			DownloadedTable csv = DownloadedTable.csv(mvc.perform(get("/agreements/board/export.csv")
				.param("theme", trap).with(as("st-crm"))).andExpect(status().isOk()));
			assertThat(csv.lines()).hasSize(1);
			mvc.perform(get("/api/v1/agreements").param("theme", trap)).andExpect(jsonPath("$.length()").value(1));
			assertThat(csv.column(3)).containsExactly("'" + trap);
			DownloadedTable xlsx = DownloadedTable.xlsx(mvc.perform(get("/agreements/board/export.xlsx")
				.param("theme", trap).with(as("st-crm"))).andExpect(status().isOk()));
			assertThat(xlsx.column(3)).containsExactly(trap);
			assertThat(xlsx.isQuoted(1, 3)).isTrue();
		}
		finally {
			jdbc.update("update agreement set theme = ? where id = ?", one.get("theme"), one.get("id"));
		}
	}

	/** htmx swaps the board's results, and with them the download links, as a filter changes. */
	@Test
	void theLinksFollowTheFiltersInTheSwappedResults() throws Exception {
		mvc.perform(get("/agreements/board").param("status", "DONE").param("overdue", "false").with(as("observer-oim"))
			.header("HX-Request", "true"))
			.andExpect(content().string(containsString("href=\"/agreements/board/export.xlsx?status=DONE\"")));
	}

	@Test
	void onlyForWhoMayOpenTheBoardAndOnlyCsvAndXlsx() throws Exception {
		// signed out: a browser is sent to sign in, a script (no text/html in Accept) asked for credentials
		mvc.perform(get("/agreements/board/export.csv").accept(org.springframework.http.MediaType.TEXT_HTML))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/agreements/board/export.csv")).andExpect(status().isUnauthorized());
		mvc.perform(get("/agreements/board/export.json").with(as("st-crm"))).andExpect(status().isNotFound());
	}
}
