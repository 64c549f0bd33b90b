package org.puente.flows;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.puente.accounts.AccountSummary;
import org.puente.accounts.Accounts;
import org.puente.audit.AuditedEntity;
import org.puente.audit.AuditedChange;
import org.puente.refusal.NotFoundException;
import org.puente.refusal.RefusalKind;
import org.puente.refusal.RefusedException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
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

/** The flows pages anyone reads: dashboard with early warning, chart, agreements; and the alerts, to acknowledge. */
@Controller
class FlowsController {

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

	private final FlowSeries series;

	private final Accounts accounts;

	private final JdbcClient jdbc;

	private final MessageSource messages;

	private final ApplicationEventPublisher events;

	FlowsController(FlowSeries series, Accounts accounts, JdbcClient jdbc, MessageSource messages,
			ApplicationEventPublisher events) {
		this.series = series;
		this.accounts = accounts;
		this.jdbc = jdbc;
		this.messages = messages;
		this.events = events;
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
				table.add(new TableRow(s.week(i).toString(), FlowRoute.shown(v, full), alarm));
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
		return actor.isSecretariatOrAdmin() || actor.isFocalPoint() && alert.country().equals(actor.countryIso2());
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
		events.publishEvent(new FlowEvents.FlowAlertAcknowledged(id, AuditedChange.updated(AuditedEntity.FLOW_ALERT, id,
				"acknowledged " + alert.kind() + " " + alert.country() + " " + alert.origin() + " " + alert.week())
			.after(Map.of("notes", text))));
		return "redirect:/flows/alerts/" + id + "?acknowledged";
	}
}
