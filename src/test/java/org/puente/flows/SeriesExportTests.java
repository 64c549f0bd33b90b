package org.puente.flows;

import org.apache.poi.ss.usermodel.CellType;
import org.junit.jupiter.api.Test;
import org.puente.DownloadedTable;
import org.puente.PuenteTest;
import org.puente.WebTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The dashboard's series downloads as CSV and XLSX as the page shows it to its reader: 52 weeks as dates, counts as
 * numbers, small cells hidden from the public and only from the public, headings in the reader's language.
 */
@PuenteTest
class SeriesExportTests extends WebTestSupport {

	@Test
	void theSeriesDownloadsAsThePageShowsItToItsReader() throws Exception {
		mvc.perform(get("/flows").param("country", "PA").param("origin", "HTI"))
			.andExpect(content().string(containsString("/flows/series/export.csv?country=PA&amp;origin=HTI")));

		// a series with a small cell, which the public does not see
		String[] found = null;
		DownloadedTable anonymous = null;
		for (String country : FlowRoute.CHAIN) {
			for (String origin : FlowRoute.ORIGINS) {
				DownloadedTable t = DownloadedTable.csv(mvc.perform(get("/flows/series/export.csv")
					.param("country", country).param("origin", origin)).andExpect(status().isOk()));
				if (found == null && t.column(3).contains("<5")) {
					found = new String[] { country, origin };
					anonymous = t;
				}
			}
		}
		assertThat(found).as("a demo series with a week of fewer than 5 people").isNotNull();
		assertThat(anonymous.headings()).containsExactly("Semana", "País", "Origen", "Personas", "Alarma");
		assertThat(anonymous.lines()).hasSize(52);
		int hidden = anonymous.column(3).indexOf("<5");

		DownloadedTable member = DownloadedTable.xlsx(mvc.perform(get("/flows/series/export.xlsx")
			.param("country", found[0]).param("origin", found[1]).with(as("observer-oim"))
			.header("Accept-Language", "en")).andExpect(status().isOk()));
		assertThat(member.headings()).containsExactly("Week", "Country", "Origin", "People", "Alarm");
		assertThat(member.lines()).hasSize(52);
		assertThat(member.column(3)).doesNotContain("<5");
		assertThat(member.cells().get(hidden + 1).get(3).getCellType()).isEqualTo(CellType.NUMERIC);
		assertThat(Integer.parseInt(member.column(3).get(hidden))).isBetween(1, 4);
		assertThat(member.isDate(1, 0)).as("the week is a real date").isTrue();
		assertThat(member.format(1, 0)).isEqualTo("m/d/yyyy");
		assertThat(member.fileName()).matches("weekly-series-[a-z-]+-\\d{4}-\\d{2}-\\d{2}\\.xlsx");
	}

	@Test
	void anUnknownSeriesOrFormatIsAnUnknownAddress() throws Exception {
		mvc.perform(get("/flows/series/export.csv").param("country", "XX").param("origin", "HTI"))
			.andExpect(status().isNotFound());
		mvc.perform(get("/flows/series/export.pdf").param("country", "PA").param("origin", "*"))
			.andExpect(status().isNotFound());
	}
}
