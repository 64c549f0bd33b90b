package org.puente.flows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.puente.accounts.AccountSummary;
import org.puente.accounts.Accounts;
import org.puente.accounts.Role;
import org.puente.audit.AuditAction;
import org.puente.audit.AuditTrail;
import org.puente.refusal.NotFoundException;
import org.puente.refusal.RefusalKind;
import org.puente.refusal.RefusedException;
import org.puente.web.SpreadsheetCells;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** The flows pages: dashboard with early warning, submission with preview, history, agreements, alerts. */
@Controller
class FlowsController {

	static final String SUBMIT = "flows/submit";

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	record Stop(String country, long recent, long previous, @Nullable Long changePercent, boolean hidden) {
	}

	record AlertView(UUID id, String kind, String country, String origin, LocalDate week, @Nullable Integer observed,
			@Nullable Double upperbound, @Nullable String sourceCountry, @Nullable Integer lagWeeks,
			@Nullable String acknowledgedBy, @Nullable Instant acknowledgedAt, @Nullable String notes, long version) {

		public String url() {
			return "/flows/alerts/" + id;
		}
	}

	record AgreementView(String code, String title, List<String> parties, String legalBasis, List<String> categories,
			LocalDate startsOn, @Nullable LocalDate endsOn, @Nullable String documentUrl, @Nullable String notes) {
	}

	record TableRow(String week, String value, boolean alarm) {
	}

	record ProblemView(long line, String column, String message) {
	}

	private final FlowSeries series;

	private final FlowSubmissions submissions;

	private final Accounts accounts;

	private final JdbcClient jdbc;

	private final MessageSource messages;

	private final AuditTrail audit;

	FlowsController(FlowSeries series, FlowSubmissions submissions, Accounts accounts, JdbcClient jdbc,
			MessageSource messages, AuditTrail audit) {
		this.series = series;
		this.submissions = submissions;
		this.accounts = accounts;
		this.jdbc = jdbc;
		this.messages = messages;
		this.audit = audit;
	}

	static String countryName(String code, Locale locale) {
		return CountryNames.of(code, locale);
	}

	private boolean signedIn() {
		return accounts.current().isPresent();
	}

	private AccountSummary actor() {
		return accounts.current().orElseThrow(() -> new RefusedException(RefusalKind.UNAUTHENTICATED, "flows.signIn"));
	}

	/** A count as the viewer may see it: the public sees "<5" for 1–4 people. */
	private String shown(long value, boolean full) {
		return !full && value > 0 && value < FlowRoute.SMALL_CELL ? "<" + FlowRoute.SMALL_CELL : Long.toString(value);
	}

	@GetMapping("/flows")
	String dashboard(@RequestParam(required = false) @Nullable String country,
			@RequestParam(required = false) @Nullable String origin, Model model, Locale locale) {
		boolean full = signedIn();
		List<FlowSeries.Series> all = series.all();
		List<Stop> chain = new ArrayList<>();
		for (String c : FlowRoute.CHAIN) {
			FlowSeries.Series total = FlowSeries.find(all, c, "*");
			long recent = total == null ? 0 : total.lastWeeks(4, 0);
			long previous = total == null ? 0 : total.lastWeeks(4, 4);
			Long change = previous == 0 ? null : Math.round(100.0 * (recent - previous) / previous);
			chain.add(new Stop(c, recent, previous, change, !full && recent < FlowRoute.SMALL_CELL));
		}
		List<AlertView> alerts = alerts(null);
		String selectedCountry = country != null && country.matches("[A-Z]{2}") ? country
				: alerts.stream().filter(a -> a.kind().equals("ALARM")).map(AlertView::country).findFirst().orElse("PA");
		String selectedOrigin = origin != null && origin.matches("[A-Z0-9*-]{1,12}") ? origin
				: alerts.stream().filter(a -> a.kind().equals("ALARM")).map(AlertView::origin).findFirst().orElse("*");
		model.addAttribute("chain", chain);
		model.addAttribute("alerts", alerts);
		model.addAttribute("countries", FlowRoute.CHAIN);
		model.addAttribute("origins", FlowRoute.ORIGINS);
		model.addAttribute("country", selectedCountry);
		model.addAttribute("origin", selectedOrigin);
		model.addAttribute("full", full);
		seriesModel(all, selectedCountry, selectedOrigin, 52, model, locale, full);
		return "flows/dashboard";
	}

	private void seriesModel(List<FlowSeries.Series> all, String country, String origin, int weeks, Model model,
			Locale locale, boolean full) {
		FlowSeries.Series s = FlowSeries.find(all, country, origin);
		Set<LocalDate> alarmed = alerts(null).stream()
			.filter(a -> a.kind().equals("ALARM") && a.country().equals(country)
					&& (origin.equals("*") || a.origin().equals(origin)))
			.map(AlertView::week)
			.collect(Collectors.toSet());
		List<FlowChart.Point> points = new ArrayList<>();
		List<TableRow> table = new ArrayList<>();
		if (s != null) {
			for (int i = Math.max(0, s.counts().length - weeks); i < s.counts().length; i++) {
				long v = (long) s.counts()[i];
				boolean hidden = !full && v > 0 && v < FlowRoute.SMALL_CELL;
				boolean alarm = alarmed.contains(s.week(i));
				points.add(new FlowChart.Point(s.week(i).toString(), hidden ? 0 : v, alarm, hidden));
				table.add(new TableRow(s.week(i).toString(), shown(v, full), alarm));
			}
		}
		String originName = messages.getMessage("flows.origin." + origin, null, origin, locale);
		String title = messages.getMessage("flows.chart.title", new Object[] { countryName(country, locale),
				originName }, locale);
		String description = points.isEmpty() ? messages.getMessage("flows.chart.empty", null, locale)
				: messages.getMessage("flows.chart.desc", new Object[] { points.get(0).week(),
						points.get(points.size() - 1).week(), points.get(points.size() - 1).value(),
						points.stream().mapToLong(FlowChart.Point::value).max().orElse(0), alarmed.size() }, locale);
		model.addAttribute("chartTitle", title);
		model.addAttribute("chart", FlowChart.svg("flow-chart", title, description, points, false));
		model.addAttribute("table", table);
	}

	@GetMapping(path = "/flows/chart.svg", produces = "image/svg+xml")
	ResponseEntity<String> chartImage(@RequestParam String country, @RequestParam String origin, Locale locale) {
		Model model = new org.springframework.ui.ExtendedModelMap();
		seriesModel(series.all(), country, origin, 104, model, locale, signedIn());
		String svg = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
				+ ((String) model.getAttribute("chart")).replaceFirst("<svg ", "<svg xmlns=\"http://www.w3.org/2000/svg\" ");
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename("flows-" + country + "-" + origin.replace("*", "all") + ".svg").build().toString())
			.contentType(MediaType.parseMediaType("image/svg+xml"))
			.body(svg);
	}

	/** Every series' weekly counts (small cells hidden from the public), as CSV or XLSX, formula-safe. */
	@GetMapping("/flows/export.{format}")
	ResponseEntity<byte[]> export(@PathVariable String format) throws IOException {
		boolean full = signedIn();
		List<String[]> rows = new ArrayList<>();
		for (FlowSeries.Series s : series.all()) {
			if (s.origin().equals("*")) {
				continue;
			}
			for (int i = 0; i < s.counts().length; i++) {
				rows.add(new String[] { s.week(i).toString(), s.country(), s.origin(), shown((long) s.counts()[i], full) });
			}
		}
		String[] header = { "week", "country", "origin", "count" };
		String[] hxl = { "#date+week", "#country+code", "#origin+code", "#affected+num" };
		if (format.equals("csv")) {
			StringBuilder out = new StringBuilder(String.join(",", header)).append("\r\n")
				.append(String.join(",", hxl)).append("\r\n");
			for (String[] r : rows) {
				out.append(java.util.Arrays.stream(r).map(SpreadsheetCells::csv).collect(Collectors.joining(",")))
					.append("\r\n");
			}
			return download(out.toString().getBytes(StandardCharsets.UTF_8), "flows.csv",
					MediaType.parseMediaType("text/csv;charset=UTF-8"));
		}
		if (format.equals("xlsx")) {
			try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
				Sheet sheet = book.createSheet("flows");
				SpreadsheetCells.Quoted quoted = new SpreadsheetCells.Quoted(book);
				List<String[]> all = new ArrayList<>();
				all.add(header);
				all.add(hxl);
				all.addAll(rows);
				for (int r = 0; r < all.size(); r++) {
					var row = sheet.createRow(r);
					for (int c = 0; c < all.get(r).length; c++) {
						String v = all.get(r)[c];
						if (r > 1 && c == 3 && v.matches("\\d+")) {
							row.createCell(c).setCellValue(Long.parseLong(v));
						}
						else {
							SpreadsheetCells.text(row.createCell(c), v, quoted);
						}
					}
				}
				book.write(out);
				return download(out.toByteArray(), "flows.xlsx", XLSX);
			}
		}
		throw new NotFoundException("flows.notFound");
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
			return download(FlowTemplate.csvTemplate().getBytes(StandardCharsets.UTF_8), "puente-flows-template.csv",
					MediaType.parseMediaType("text/csv;charset=UTF-8"));
		}
		if (format.equals("xlsx")) {
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
				return download(out.toByteArray(), "puente-flows-template.xlsx", XLSX);
			}
		}
		throw new NotFoundException("flows.notFound");
	}

	@GetMapping("/flows/agreements")
	String agreements(Model model, Locale locale) {
		model.addAttribute("agreements", jdbc.sql("""
				select code, title, parties, legal_basis, data_categories, starts_on, ends_on, document_url, notes
				from flow_exchange_agreement order by starts_on desc, code""")
			.query((rs, n) -> new AgreementView(rs.getString(1), rs.getString(2),
					java.util.Arrays.stream(rs.getString(3).split(",")).map(c -> countryName(c.strip(), locale)).toList(),
					rs.getString(4), List.of(rs.getString(5).split(",")), rs.getObject(6, LocalDate.class),
					rs.getObject(7, LocalDate.class), rs.getString(8), rs.getString(9)))
			.list());
		return "flows/agreements";
	}

	@GetMapping("/flows/submit")
	@PreAuthorize("hasAnyRole('ADMIN', 'SECRETARIAT', 'FOCAL_POINT')")
	String submitForm(Model model) {
		AccountSummary actor = actor();
		submitModel(model, actor, actor.countryIso2(), null, null);
		return SUBMIT;
	}

	private void submitModel(Model model, AccountSummary actor, @Nullable String country, @Nullable LocalDate start,
			@Nullable LocalDate end) {
		boolean any = actor.role() == Role.ADMIN || actor.role() == Role.SECRETARIAT;
		model.addAttribute("countries", any ? FlowRoute.CHAIN
				: actor.countryIso2() == null ? List.of() : List.of(actor.countryIso2()));
		model.addAttribute("country", country == null ? "" : country);
		model.addAttribute("periodStart", start == null ? "" : start.toString());
		model.addAttribute("periodEnd", end == null ? "" : end.toString());
		model.addAttribute("history", submissions.history(any ? null : actor.countryIso2()));
		model.addAttribute("problems", List.of());
	}

	@PostMapping("/flows/submit")
	@PreAuthorize("isAuthenticated()")
	String upload(@RequestParam(required = false) @Nullable String country,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate periodStart,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate periodEnd,
			@RequestParam(required = false) @Nullable MultipartFile file, Model model, Locale locale,
			HttpServletResponse response) throws IOException {
		AccountSummary actor = actor();
		submitModel(model, actor, country, periodStart, periodEnd);
		List<ProblemView> problems = new ArrayList<>();
		try {
			if (country == null || !country.matches("[A-Z]{2}")) {
				throw new RefusedException(RefusalKind.MALFORMED, "flows.submit.noCountry");
			}
			FlowSubmissions.authorise(actor, country);
			FlowSubmissions.checkPeriod(periodStart, periodEnd);
			if (file == null || file.isEmpty()) {
				throw new RefusedException(RefusalKind.MALFORMED, "flows.submit.noFile");
			}
			if (file.getSize() > FlowTemplate.MAX_BYTES) {
				throw new RefusedException(RefusalKind.TOO_LARGE, "flows.row.tooBig",
						file.getSize() / (1024 * 1024), FlowTemplate.MAX_BYTES / (1024 * 1024));
			}
			String name = file.getOriginalFilename() == null ? "upload" : file.getOriginalFilename();
			FlowSubmissions.Checked checked = submissions.check(file.getBytes(), name, country, periodStart,
					periodEnd, actor);
			if (checked.parsed().ok()) {
				model.addAttribute("checked", checked);
				model.addAttribute("byOrigin", checked.parsed().rows().stream().collect(Collectors.groupingBy(
						FlowTemplate.Row::origin, java.util.TreeMap::new, Collectors.summingLong(FlowTemplate.Row::people))));
				model.addAttribute("sample", checked.parsed().rows().stream().limit(20).toList());
				return "flows/preview";
			}
			for (FlowTemplate.Problem p : checked.parsed().problems()) {
				problems.add(new ProblemView(p.line(), p.column(),
						messages.getMessage(p.key(), p.arguments().toArray(), locale)));
			}
			model.addAttribute("problemCount", checked.parsed().problemCount());
		}
		catch (RefusedException ex) {
			problems.add(new ProblemView(0, "", messages.getMessage(ex.messageKey(), ex.arguments(), locale)));
			model.addAttribute("problemCount", 1);
		}
		model.addAttribute("problems", problems);
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return SUBMIT;
	}

	@PostMapping("/flows/submit/{id}/commit")
	@PreAuthorize("isAuthenticated()")
	String commit(@PathVariable UUID id) {
		submissions.commit(id, actor());
		return "redirect:/flows?committed";
	}

	List<AlertView> alerts(@Nullable UUID id) {
		return jdbc.sql("""
				select id, kind, country, origin, week, observed, upperbound, source_country, lag_weeks,
				       acknowledged_by, acknowledged_at, notes, version
				from flow_alert where (cast(? as uuid) is null or id = ?)
				order by week desc, kind, country, origin limit 60""")
			.params(id, id)
			.query((rs, n) -> new AlertView(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3).strip(),
					rs.getString(4), rs.getObject(5, LocalDate.class), (Integer) rs.getObject(6),
					(Double) rs.getObject(7), rs.getString(8) == null ? null : rs.getString(8).strip(),
					(Integer) rs.getObject(9), rs.getString(10),
					rs.getTimestamp(11) == null ? null : rs.getTimestamp(11).toInstant(), rs.getString(12),
					rs.getLong(13)))
			.list();
	}

	@GetMapping("/flows/alerts/{id}")
	@PreAuthorize("isAuthenticated()")
	String alert(@PathVariable UUID id, Model model, Locale locale) {
		AlertView alert = alerts(id).stream().findFirst().orElseThrow(() -> new NotFoundException("flows.alert.notFound"));
		model.addAttribute("alert", alert);
		model.addAttribute("mayAcknowledge", mayAcknowledge(actor(), alert));
		seriesModel(series.all(), alert.country(), alert.origin(), 52, model, locale, true);
		return "flows/alert";
	}

	static boolean mayAcknowledge(AccountSummary actor, AlertView alert) {
		return actor.role() == Role.ADMIN || actor.role() == Role.SECRETARIAT
				|| (actor.role() == Role.FOCAL_POINT && alert.country().equals(actor.countryIso2()));
	}

	@PostMapping("/flows/alerts/{id}/acknowledge")
	@PreAuthorize("isAuthenticated()")
	@Transactional
	String acknowledge(@PathVariable UUID id, @RequestParam(required = false) @Nullable String notes,
			@RequestParam long version) {
		AccountSummary actor = actor();
		AlertView alert = alerts(id).stream().findFirst().orElseThrow(() -> new NotFoundException("flows.alert.notFound"));
		if (!mayAcknowledge(actor, alert)) {
			throw new RefusedException(RefusalKind.FORBIDDEN, "flows.alert.notYours", alert.country());
		}
		String text = notes == null ? "" : notes.strip();
		if (text.length() > 4000) {
			text = text.substring(0, 4000);
		}
		int updated = jdbc.sql("""
				update flow_alert set acknowledged_by = ?, acknowledged_at = now(), notes = ?, version = version + 1
				where id = ? and version = ?""")
			.params(actor.username(), text, id, version)
			.update();
		if (updated == 0) {
			throw new org.springframework.dao.OptimisticLockingFailureException("flow_alert " + id);
		}
		audit.record(AuditAction.UPDATE, "flows", "flow_alert", id, "acknowledged " + alert.kind() + " "
				+ alert.country() + " " + alert.origin() + " " + alert.week(), null, Map.of("notes", text), false);
		return "redirect:/flows/alerts/" + id + "?acknowledged";
	}
}
