package org.puente.flows;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The template's checks, without the application: every problem named with its line, nothing half-read. */
class FlowTemplateTests {

	static final LocalDate START = LocalDate.of(2026, 1, 1);

	static final LocalDate END = LocalDate.of(2026, 3, 31);

	static FlowTemplate.Parsed parse(String csv) {
		return new FlowTemplate("PA", START, END).parse(csv.getBytes(StandardCharsets.UTF_8));
	}

	@Test
	void readsTheTemplateByItsHxlHashtagsInAnyOrder() {
		var parsed = parse("""
				Personas,Semana,País,Nacionalidad,Comentario
				#affected +num,#date+week,#country+code,#origin+code,#meta
				12,2026-01-07,PA,HTI,x
				3,2026-W02,pa,ven,
				""");
		assertThat(parsed.ok()).as(parsed.problems().toString()).isTrue();
		assertThat(parsed.rows()).extracting(FlowTemplate.Row::week)
			.containsExactly(LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 5));
		assertThat(parsed.rows()).extracting(FlowTemplate.Row::origin).containsExactly("HTI", "VEN");
		assertThat(parsed.total()).isEqualTo(15);
	}

	@Test
	void collectsEveryBadRowAndImportsNothing() {
		var parsed = parse(BlankTemplate.csv() + """
				2026-01-05,PA,HTI,,,,12
				2026-01-05,PA,CUB,,,,-3
				2025-12-01,PA,CUB,,,,4
				2026-01-12,CO,CUB,,,,4
				2026-01-05,PA,HTI,,,,7
				2026-01-19,PA,=HYPERLINK("x"),,,,1
				2026-01-26,PA,VEN,,Q,,1
				2026-02-02,PA,VEN,,,,doce
				""");
		assertThat(parsed.ok()).isFalse();
		assertThat(parsed.rows()).isEmpty();
		assertThat(parsed.problems()).extracting(p -> p.line() + " " + p.key()).containsExactly(
				"4 flows.row.negative", "5 flows.row.outsidePeriod", "6 flows.row.otherCountry",
				"7 flows.row.duplicate", "8 flows.row.formula", "9 flows.row.badSex", "10 flows.row.badCount");
	}

	@Test
	void refusesWrongColumnsAndOversizeFiles() {
		var parsed = parse("fecha,pais,cantidad\n2026-01-05,PA,3\n");
		assertThat(parsed.problems()).extracting(FlowTemplate.Problem::key).containsExactly("flows.row.columns");
		byte[] big = new byte[(int) FlowTemplate.MAX_BYTES + 1];
		assertThat(new FlowTemplate("PA", START, END).parse(big).problems()).extracting(FlowTemplate.Problem::key)
			.containsExactly("flows.row.tooBig");
	}

	@Test
	void readsASemicolonCsvAsASpreadsheetInSpanishPortugueseOrFrenchSavesIt() {
		var parsed = parse(BlankTemplate.csv().replace(',', ';') + "2026-01-05;PA;HTI;Paso Canoas;F;18-59;12\n");
		assertThat(parsed.ok()).as(parsed.problems().toString()).isTrue();
		assertThat(parsed.rows()).singleElement().satisfies(r -> {
			assertThat(r.borderPoint()).isEqualTo("Paso Canoas");
			assertThat(r.people()).isEqualTo(12);
		});
	}

	@Test
	void namesTheLineOfAnUnclosedQuoteAndStillReportsTheLinesAboveIt() {
		var parsed = parse(BlankTemplate.csv() + """
				2026-01-05,PA,HTI,,,,12
				2026-01-05,PA,CUB,,,,-3
				"2026-01-12,PA,VEN,,,,4
				2026-01-19,PA,VEN,,,,5
				""");
		assertThat(parsed.rows()).isEmpty();
		assertThat(parsed.problems()).extracting(p -> p.line() + " " + p.key())
			.containsExactly("4 flows.row.negative", "5 flows.row.unclosedQuote");
	}

	@Test
	void refusesABinaryFileAsNoTable() {
		byte[] executable = { 'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0 };
		assertThat(new FlowTemplate("PA", START, END).parse(executable).problems()).extracting(FlowTemplate.Problem::key)
			.containsExactly("flows.row.notTable");
	}

	@Test
	void readsTheXlsxTemplate() throws Exception {
		try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			var sheet = book.createSheet();
			String[][] rows = { { "week", "country", "origin", "count" },
					{ "#date+week", "#country+code", "#origin+code", "#affected+num" },
					{ "2026-02-03", "PA", "AFR", null } };
			for (int r = 0; r < rows.length; r++) {
				var row = sheet.createRow(r);
				for (int c = 0; c < 3; c++) {
					row.createCell(c).setCellValue(rows[r][c]);
				}
				if (r < 2) {
					row.createCell(3).setCellValue(rows[r][3]);
				}
				else {
					row.createCell(3).setCellValue(41);
				}
			}
			book.write(out);
			var parsed = new FlowTemplate("PA", START, END).parse(out.toByteArray());
			assertThat(parsed.ok()).as(parsed.problems().toString()).isTrue();
			assertThat(parsed.rows()).singleElement().satisfies(r -> {
				assertThat(r.people()).isEqualTo(41);
				assertThat(r.week()).isEqualTo(LocalDate.of(2026, 2, 2));
			});
		}
	}

	@Test
	void theDemoSeriesAreTheSameOnEveryCallAndPropagateTheSurge() {
		assertThat(DemoFlows.csv("PA", DemoFlows.FIRST, DemoFlows.LAST))
			.isEqualTo(DemoFlows.csv("PA", DemoFlows.FIRST, DemoFlows.LAST));
		double[][][] all = DemoFlows.generate();
		int afr = FlowRoute.ORIGINS.indexOf("AFR");
		int last = DemoFlows.WEEKS - 1;
		// the surge is in Colombia for the last four weeks and in Panamá (two weeks later) for the last two
		double colombiaBefore = java.util.Arrays.stream(all[0][afr], last - 15, last - 3).average().orElseThrow();
		double panamaBefore = java.util.Arrays.stream(all[1][afr], last - 15, last - 1).average().orElseThrow();
		assertThat(all[0][afr][last - 3]).isGreaterThan(2 * colombiaBefore);
		assertThat(all[1][afr][last - 1]).isGreaterThan(1.6 * panamaBefore);
		assertThat(all[1][afr][last]).isGreaterThan(1.6 * panamaBefore);
		assertThat(FlowWatch.lag(all[0][FlowRoute.ORIGINS.indexOf("VEN")], all[1][FlowRoute.ORIGINS.indexOf("VEN")]))
			.isEqualTo(2);
	}
}
