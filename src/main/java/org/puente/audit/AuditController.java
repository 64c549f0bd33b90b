package org.puente.audit;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.puente.i18n.DateFormats;
import org.puente.refusal.NotFoundException;
import org.puente.web.TableFiles;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The administrators' view of the audit log, filtered by actor, capability, words and period, sign-ins hidden unless
 * asked for, each summary in the reader's language ({@link AuditWording}); the same entries as CSV or XLSX.
 */
@Controller
class AuditController {

	private static final int PAGE_SIZE = 50;

	/**
	 * The most entries one export holds: a year of a busy secretariat's work; a longer log is exported by period.
	 * Bounded so that a download cannot hold the whole log in memory.
	 */
	static final int EXPORT_LIMIT = 20_000;

	private static final String[] COLUMNS = { "audit.field.at", "audit.field.actor", "audit.field.action",
			"audit.field.capability", "audit.field.kind", "audit.field.entity", "audit.field.link" };

	private final AuditLog log;

	private final AuditSummaries summaries;

	private final MessageSource messages;

	AuditController(AuditLog log, AuditSummaries summaries, MessageSource messages) {
		this.log = log;
		this.summaries = summaries;
		this.messages = messages;
	}

	@GetMapping("/admin/audit")
	String list(@RequestParam(required = false) @Nullable String actor,
			@RequestParam(required = false) @Nullable String capability,
			@RequestParam(required = false) @Nullable String entity,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			@RequestParam(defaultValue = "false") boolean signIns, @RequestParam(defaultValue = "0") int page,
			Locale locale, Model model) {
		int safePage = Math.max(0, page);
		AuditLog.Filter filter = new AuditLog.Filter(actor, capability, entity, from, to, signIns);
		List<AuditLog.AuditRow> rows = log.page(filter, locale, safePage, PAGE_SIZE);
		model.addAttribute("entries", summaries.worded(rows.subList(0, Math.min(rows.size(), PAGE_SIZE)), locale));
		model.addAttribute("hasNext", rows.size() > PAGE_SIZE);
		model.addAttribute("page", safePage);
		model.addAttribute("capabilities", log.capabilities());
		model.addAttribute("signIns", signIns);
		model.addAttribute("actor", actor);
		model.addAttribute("capability", capability);
		model.addAttribute("entity", entity);
		model.addAttribute("from", from);
		model.addAttribute("to", to);
		return "audit/list";
	}

	/**
	 * The entries of the page's filters as a spreadsheet, worded as the page words them, newest first, at most
	 * {@link #EXPORT_LIMIT}; worded by slices of a page's size, so each module is asked once per slice.
	 */
	@GetMapping("/admin/audit/export.{format}")
	ResponseEntity<byte[]> export(@PathVariable String format,
			@RequestParam(required = false) @Nullable String actor,
			@RequestParam(required = false) @Nullable String capability,
			@RequestParam(required = false) @Nullable String entity,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			@RequestParam(defaultValue = "false") boolean signIns, Locale locale) {
		if (!format.equals("csv") && !format.equals("xlsx")) {
			throw new NotFoundException("error.404.message");
		}
		List<AuditLog.AuditRow> rows = log.all(new AuditLog.Filter(actor, capability, entity, from, to, signIns),
				locale, EXPORT_LIMIT);
		List<String[]> lines = new java.util.ArrayList<>(rows.size());
		for (int i = 0; i < rows.size(); i += PAGE_SIZE) {
			summaries.worded(rows.subList(i, Math.min(rows.size(), i + PAGE_SIZE)), locale)
				.forEach(r -> lines.add(line(r, locale)));
		}
		String[] headings = Arrays.stream(COLUMNS).map(key -> text(key, locale)).toArray(String[]::new);
		return TableFiles.download(format, text("audit.list.heading", locale), headings, lines, "audit")
			.orElseThrow(() -> new NotFoundException("error.404.message"));
	}

	private String[] line(AuditLog.AuditRow r, Locale locale) {
		String module = messages.getMessage("audit.capability." + r.capability(), null, r.capability(), locale);
		String kind = messages.getMessage("audit.entity." + r.entityType(), null, r.entityType(), locale);
		String actor = AuditTrail.SYSTEM.equals(r.actor()) ? text("audit.actor.system", locale) : r.actor();
		return new String[] { DateFormats.moment(r.at(), locale), actor, text("audit.action." + r.action(), locale),
				module, kind, r.summary(), r.link() == null ? "" : r.link() };
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}
}
