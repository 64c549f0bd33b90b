package org.puente.flows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.puente.accounts.AccountSummary;
import org.puente.refusal.NotFoundException;
import org.puente.web.ListDownloads;
import org.puente.web.SpreadsheetCells;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The flows downloads: every series' counts, and the empty template to fill in. */
@Controller
class FlowDownloadsController {

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	/** Rows an XLSX export keeps in memory before writing them out. */
	private static final int STREAMED_ROWS = 200;

	private static final Pattern DIGITS = Pattern.compile("\\d+");

	private final FlowSubmissions flows;

	private final MessageSource messages;

	private final Clock clock;

	FlowDownloadsController(FlowSubmissions flows, MessageSource messages, Clock clock) {
		this.flows = flows;
		this.messages = messages;
		this.clock = clock;
	}

	/** Every series' weekly counts (small cells hidden from the public), as CSV or XLSX, formula-safe. */
	@GetMapping("/flows/export.{format}")
	ResponseEntity<byte[]> export(@PathVariable String format, Optional<AccountSummary> reader, Locale locale)
			throws IOException {
		boolean full = reader.isPresent();
		List<String[]> rows = new ArrayList<>();
		for (FlowSeries.Series s : flows.series()) {
			if (s.origin().equals("*")) {
				continue;
			}
			for (int i = 0; i < s.counts().length; i++) {
				rows.add(new String[] { s.week(i).toString(), s.country(), s.origin(), FlowRoute.shown((long) s.counts()[i], full) });
			}
		}
		String[] header = { "week", "country", "origin", "count" };
		String[] hxl = { "#date+week", "#country+code", "#origin+code", "#affected+num" };
		// named in the reader's words and dated as every other download ("series-de-flujos-extrarregionales-2026-12-06"),
		// not "flows.csv" (walk17 #14); the headings stay the columns the upload reads, the HXL tags a standard
		String name = ListDownloads.fileName(messages.getMessage("flows.export.fileName", null, locale),
				LocalDate.now(clock)) + "." + format;
		if (format.equals("csv")) {
			StringBuilder out = new StringBuilder(String.join(",", header)).append("\r\n")
				.append(String.join(",", hxl)).append("\r\n");
			for (String[] r : rows) {
				out.append(java.util.Arrays.stream(r).map(SpreadsheetCells::csv).collect(Collectors.joining(",")))
					.append("\r\n");
			}
			return download(out.toString().getBytes(StandardCharsets.UTF_8), name,
					MediaType.parseMediaType("text/csv;charset=UTF-8"));
		}
		if (format.equals("xlsx")) {
			return download(xlsx(header, hxl, rows), name, XLSX);
		}
		throw new NotFoundException("flows.notFound");
	}

	/**
	 * The rows as a workbook written as a stream (a few rows in memory at a time, strings inline): the whole series
	 * are tens of thousands of cells, which an in-memory workbook took seconds to build and write.
	 */
	private static byte[] xlsx(String[] header, String[] hxl, List<String[]> rows) throws IOException {
		SXSSFWorkbook book = new SXSSFWorkbook(STREAMED_ROWS);
		try (book; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = book.createSheet("flows");
			SpreadsheetCells.Quoted quoted = new SpreadsheetCells.Quoted(book);
			List<String[]> all = new ArrayList<>(rows.size() + 2);
			all.add(header);
			all.add(hxl);
			all.addAll(rows);
			for (int r = 0; r < all.size(); r++) {
				var row = sheet.createRow(r);
				for (int c = 0; c < all.get(r).length; c++) {
					String v = all.get(r)[c];
					if (r > 1 && c == 3 && DIGITS.matcher(v).matches()) {
						row.createCell(c).setCellValue(Long.parseLong(v));
					}
					else {
						SpreadsheetCells.text(row.createCell(c), v, quoted);
					}
				}
			}
			book.write(out);
			return out.toByteArray();
		}
		finally {
			book.dispose();
		}
	}

	private static ResponseEntity<byte[]> download(byte[] body, String name, MediaType type) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.contentType(type)
			.body(body);
	}

	@GetMapping("/flows/template.{format}")
	ResponseEntity<byte[]> template(@PathVariable String format) throws IOException {
		if (format.equals("csv")) {
			return download(BlankTemplate.csv().getBytes(StandardCharsets.UTF_8), "puente-flows-template.csv",
					MediaType.parseMediaType("text/csv;charset=UTF-8"));
		}
		if (format.equals("xlsx")) {
			return download(BlankTemplate.xlsx(), "puente-flows-template.xlsx", XLSX);
		}
		throw new NotFoundException("flows.notFound");
	}
}
