package org.puente.flows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The empty {@link FlowTemplate} a focal point downloads: its two header rows, titles and HXL hashtags. */
final class BlankTemplate {

	private BlankTemplate() {
	}

	static String csv() {
		List<String> titles = new ArrayList<>();
		List<String> tags = new ArrayList<>();
		for (FlowTemplate.Column c : FlowTemplate.Column.values()) {
			titles.add(c.title);
			tags.add(c.hxl);
		}
		return String.join(",", titles) + "\r\n" + String.join(",", tags) + "\r\n";
	}

	static byte[] xlsx() throws IOException {
		try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = book.createSheet("counts");
			var titles = sheet.createRow(0);
			var tags = sheet.createRow(1);
			int c = 0;
			for (FlowTemplate.Column column : FlowTemplate.Column.values()) {
				titles.createCell(c).setCellValue(column.title);
				tags.createCell(c++).setCellValue(column.hxl);
			}
			book.write(out);
			return out.toByteArray();
		}
	}
}
