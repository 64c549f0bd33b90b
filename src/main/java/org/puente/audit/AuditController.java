package org.puente.audit;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The administrators' view of the audit log, filtered by actor, capability, entity and period, sign-ins hidden unless
 * asked for, each summary in the reader's language ({@link AuditWording}).
 */
@Controller
class AuditController {

	private static final int PAGE_SIZE = 50;

	private final AuditLog log;

	private final AuditSummaries summaries;

	AuditController(AuditLog log, AuditSummaries summaries) {
		this.log = log;
		this.summaries = summaries;
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
		List<AuditLog.AuditRow> rows = log.page(actor, capability, entity, from, to, signIns, safePage, PAGE_SIZE);
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
}
