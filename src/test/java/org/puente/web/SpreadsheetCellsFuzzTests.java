package org.puente.web;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fuzzing the CSV the exports write and a spreadsheet reads back: any text — quotes, separators, line breaks,
 * formula triggers — comes back as one cell with the same text, and never as something that starts a formula.
 */
class SpreadsheetCellsFuzzTests {

	@Property
	void anyTextSurvivesTheRoundTripAndNeverStartsAFormula(@ForAll String first, @ForAll String second)
			throws Exception {
		StringWriter out = new StringWriter();
		try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT)) {
			csv.printRecord(SpreadsheetCells.csv(first), SpreadsheetCells.csv(second));
		}
		try (CSVParser parser = CSVFormat.DEFAULT.parse(new StringReader(out.toString()))) {
			List<String> cells = parser.getRecords().get(0).toList();
			assertThat(cells).containsExactly(SpreadsheetCells.csv(first), SpreadsheetCells.csv(second));
			assertThat(cells).noneMatch(SpreadsheetCells::isFormulaLike);
		}
	}
}
