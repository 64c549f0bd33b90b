package org.puente.flows;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.puente.accounts.AccountSummary;
import org.puente.refusal.RefusalKind;
import org.puente.web.FormSubmission;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
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

	record TableRow(String week, String value, boolean alarm) {
	}

	private final FlowSubmissions flows;

	private final MessageSource messages;

	FlowsController(FlowSubmissions flows, MessageSource messages) {
		this.flows = flows;
		this.messages = messages;
	}

	static String countryName(String code, Locale locale) {
		return CountryNames.of(code, locale);
	}



	@GetMapping("/flows")
	String dashboard(@RequestParam(required = false) @Nullable String country,
			@RequestParam(required = false) @Nullable String origin, Model model, Locale locale,
			Optional<AccountSummary> reader) {
		boolean full = reader.isPresent();
		// the route's totals of the last eight weeks and the one series shown, asked of PostgreSQL: every series of
		// every week was read and summed here to show those (perf21)
		Map<String, long[]> totals = flows.totals(4);
		List<Stop> chain = new ArrayList<>();
		for (String c : FlowRoute.CHAIN) {
			long recent = totals.getOrDefault(c, new long[2])[0];
			long previous = totals.getOrDefault(c, new long[2])[1];
			Long change = previous == 0 ? null : Math.round(100.0 * (recent - previous) / previous);
			chain.add(new Stop(c, recent, previous, change, !full && recent < FlowRoute.SMALL_CELL));
		}
		List<FlowAlerts.AlertView> alerts = flows.alerts();
		String selectedCountry = country != null && country.matches("[A-Z]{2}") ? country
				: alerts.stream().filter(a -> a.kind().equals("ALARM")).map(FlowAlerts.AlertView::country).findFirst().orElse("PA");
		String selectedOrigin = origin != null && origin.matches("[A-Z0-9*-]{1,12}") ? origin
				: alerts.stream().filter(a -> a.kind().equals("ALARM")).map(FlowAlerts.AlertView::origin).findFirst().orElse("*");
		model.addAttribute("chain", chain);
		model.addAttribute("alerts", alerts);
		model.addAttribute("countries", FlowRoute.CHAIN);
		model.addAttribute("origins", FlowRoute.ORIGINS);
		model.addAttribute("country", selectedCountry);
		model.addAttribute("origin", selectedOrigin);
		model.addAttribute("full", full);
		seriesModel(selectedCountry, selectedOrigin, 52, model, locale, full);
		return "flows/dashboard";
	}

	private void seriesModel(String country, String origin, int weeks, Model model, Locale locale, boolean full) {
		ShownSeries shown = ShownSeries.of(flows, country, origin, weeks, full);
		List<FlowChart.Point> points = new ArrayList<>();
		List<TableRow> table = new ArrayList<>();
		for (ShownSeries.Week w : shown.weeks()) {
			points.add(new FlowChart.Point(w.week().toString(), w.hidden() ? 0 : w.people(), w.alarm(), w.hidden()));
			table.add(new TableRow(w.week().toString(), w.shown(), w.alarm()));
		}
		String originName = messages.getMessage("flows.origin." + origin, null, origin, locale);
		String title = messages.getMessage("flows.chart.title", new Object[] { countryName(country, locale),
				originName }, locale);
		String description = points.isEmpty() ? messages.getMessage("flows.chart.empty", null, locale)
				: messages.getMessage("flows.chart.desc", new Object[] { points.get(0).week(),
						points.get(points.size() - 1).week(), points.get(points.size() - 1).value(),
						points.stream().mapToLong(FlowChart.Point::value).max().orElse(0), shown.alarms() }, locale);
		model.addAttribute("chartTitle", title);
		model.addAttribute("chart", FlowChart.svg("flow-chart", title, description, points, false));
		model.addAttribute("table", table);
	}

	@GetMapping(path = "/flows/chart.svg", produces = "image/svg+xml")
	ResponseEntity<String> chartImage(@RequestParam String country, @RequestParam String origin, Locale locale,
			Optional<AccountSummary> reader) {
		Model model = new org.springframework.ui.ExtendedModelMap();
		seriesModel(country, origin, 104, model, locale, reader.isPresent());
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
		model.addAttribute("agreements", flows.exchangeAgreements(locale));
		return "flows/agreements";
	}

	@GetMapping("/flows/alerts/{id}")
	@PreAuthorize("isAuthenticated()")
	String alert(@PathVariable UUID id, Model model, Locale locale, Optional<AccountSummary> reader) {
		FlowAlerts.AlertView alert = flows.alert(id);
		model.addAttribute("alert", alert);
		model.addAttribute("mayAcknowledge", FlowPolicy.mayAcknowledge(FlowPolicy.signedIn(reader), alert));
		seriesModel(alert.country(), alert.origin(), 52, model, locale, true);
		return "flows/alert";
	}

	@PostMapping("/flows/alerts/{id}/acknowledge")
	@PreAuthorize("isAuthenticated()")
	String acknowledge(@PathVariable UUID id, @RequestParam(required = false) @Nullable String notes,
			@RequestParam long version, Model model, Locale locale, HttpServletResponse response,
			Optional<AccountSummary> reader) {
		// refused (someone acknowledged first, 409; notes too long, 422): the alert as it is now, with their notes,
		// and these in the form, to send again
		return FormSubmission.act(response, () -> {
			flows.acknowledge(id, notes, version, FlowPolicy.signedIn(reader));
			return "redirect:/flows/alerts/" + id + "?acknowledged";
		}, refusal -> {
			model.addAttribute("refused", refusal);
			model.addAttribute("typedNotes", notes == null ? "" : notes);
			return alert(id, model, locale, reader);
		}, RefusalKind.FORBIDDEN);
	}
}
