package org.puente.experts;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.puente.accounts.AccountSummary;
import org.puente.directory.Directory;
import org.puente.i18n.Collation;
import org.puente.refusal.RefusalKind;
import org.puente.web.EditConflict;
import org.puente.web.FormSubmission;
import org.puente.web.Mistake;
import org.puente.refusal.NotFoundException;
import org.puente.refusal.RefusedException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The roster pages: the list, an expert, the form, consent withdrawal, export, erasure and the CSV import. */
@Controller
@PreAuthorize("isAuthenticated()")
class ExpertsController {

	static final String FORM = "experts/form";

	private final Roster roster;

	private final Directory directory;

	private final ExpertConflicts conflicts;

	ExpertsController(Roster roster, Directory directory, ExpertConflicts conflicts) {
		this.conflicts = conflicts;
		this.roster = roster;
		this.directory = directory;
	}

	@ModelAttribute("genders")
	Gender[] genders() {
		return Gender.values();
	}

	@ModelAttribute("regions")
	Region[] regions() {
		return Region.values();
	}

	@GetMapping("/experts")
	String roster(RosterFilter.Query query, Model model, AccountSummary actor, Locale locale) {
		// members work with the whole roster; observers see only those who consented to be listed
		RosterFilter.Result found = roster.search(query, actor, locale);
		model.addAttribute("experts", found.experts());
		model.addAttribute("query", query);
		model.addAttribute("filterLanguages", found.languages());
		model.addAttribute("filterCountries", found.countries());
		model.addAttribute("filterRounds", found.rounds());
		model.addAttribute("mayAdd", ExpertPolicy.mayEdit(actor));
		model.addAttribute("isSecretariat", ExpertPolicy.isSecretariat(actor));
		return "experts/roster";
	}

	@GetMapping("/experts/new")
	@PreAuthorize("hasAnyRole('ADMIN', 'SECRETARIAT', 'FOCAL_POINT')")
	String newExpert(Model model) {
		model.addAttribute("expertForm", ExpertForm.blank());
		return form(model, null);
	}

	// the form's rule also on its sending, so that an observer hears 403 before any check of what was sent, not the
	// form again with its mistakes listed (422) for something they may not do at all (walk 8)
	@PostMapping("/experts")
	@PreAuthorize("hasAnyRole('ADMIN', 'SECRETARIAT', 'FOCAL_POINT')")
	String create(@ModelAttribute("expertForm") ExpertForm form, BindingResult errors, HttpServletResponse response,
			Model model, RedirectAttributes redirect, AccountSummary actor) {
		form.check(errors, roster.problems(form.data(), form.consent()));
		form(model, null);
		return FormSubmission.handle(errors, response, FORM, () -> {
			UUID id = roster.create(form.data(), form.consent(), actor);
			return FormSubmission.redirect(redirect, "experts.saved", "/experts/" + id);
		});
	}

	@GetMapping("/experts/{id}")
	String expert(@PathVariable UUID id, Model model, AccountSummary actor) {
		ExpertSummary expert = roster.find(id).filter(e -> ExpertPolicy.mayEdit(actor) || e.consented())
			.orElseThrow(() -> new NotFoundException("experts.expert.notFound"));
		model.addAttribute("expert", expert);
		model.addAttribute("mayEdit", roster.mayEdit(id, actor));
		model.addAttribute("isSecretariat", ExpertPolicy.isSecretariat(actor));
		return "experts/expert";
	}

	@GetMapping("/experts/{id}/edit")
	String edit(@PathVariable UUID id, Model model, AccountSummary actor) {
		ExpertSummary expert = roster.find(id).orElseThrow(() -> new NotFoundException("experts.expert.notFound"));
		if (!roster.mayEdit(id, actor)) {
			throw new RefusedException(RefusalKind.FORBIDDEN, "experts.forbidden.edit");
		}
		model.addAttribute("expertForm", ExpertForm.of(expert));
		return form(model, id);
	}

	@PostMapping("/experts/{id}")
	String update(@PathVariable UUID id, @ModelAttribute("expertForm") ExpertForm form, BindingResult errors,
			EditConflict.Answer answer, HttpServletResponse response, Model model, RedirectAttributes redirect,
			AccountSummary actor, java.util.Locale locale) {
		form.check(errors, roster.problems(form.data(), form.consent()));
		form(model, id);
		// someone else changed the record meanwhile: theirs beside what was typed, field by field (EditConflict)
		return FormSubmission.edit(errors, response, model, () -> FORM, redirect, "experts.saved",
				new EditConflict.Edit<>(form, form.version(), answer, () -> conflicts.stored(id),
						conflicts.fields(locale)),
				saving -> {
					roster.update(id, saving.version(), saving.form().data(), saving.form().consent(), actor);
					return "/experts/" + id;
				});
	}

	@PostMapping("/experts/{id}/withdraw-consent")
	String withdrawConsent(@PathVariable UUID id, RedirectAttributes redirect, AccountSummary actor) {
		roster.withdrawConsent(id, actor);
		return FormSubmission.redirect(redirect, "experts.consent.withdrawn", "/experts/" + id);
	}

	/** Everything held about the expert, as JSON, for their own request. */
	@GetMapping("/experts/{id}/export")
	ResponseEntity<Roster.Export> export(@PathVariable UUID id, AccountSummary actor) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename("expert-" + id + ".json", StandardCharsets.UTF_8).build().toString())
			.body(roster.export(id, actor));
	}

	@PostMapping("/experts/{id}/erase")
	String erase(@PathVariable UUID id, RedirectAttributes redirect, AccountSummary actor) {
		roster.erase(id, actor);
		return FormSubmission.redirect(redirect, "experts.erased", "/experts");
	}

	@GetMapping("/experts/import")
	String importForm(Model model, AccountSummary actor) {
		if (!ExpertPolicy.isSecretariat(actor)) {
			throw new RefusedException(RefusalKind.FORBIDDEN, "experts.forbidden.secretariat");
		}
		model.addAttribute("columns", Roster.CSV_COLUMNS);
		return "experts/import";
	}

	@PostMapping("/experts/import")
	String importCsv(@RequestParam("file") MultipartFile file, Model model, HttpServletResponse response,
			RedirectAttributes redirect, AccountSummary actor) throws IOException {
		Roster.ImportResult result = roster.importCsv(file.getBytes(), actor);
		if (result.errors().isEmpty()) {
			redirect.addFlashAttribute("flash", "experts.import.done");
			redirect.addFlashAttribute("imported", result.imported());
			return "redirect:/experts";
		}
		model.addAttribute("columns", Roster.CSV_COLUMNS);
		model.addAttribute("rowErrors", result.errors());
		model.addAttribute("fileName", file.getOriginalFilename());
		// every problem with its line and column: the page's table, or the problem report's list for a script
		return FormSubmission.refuse(response,
				result.errors().stream().map(e -> Mistake.onLine(e.line(), e.column(), e.key(), e.args())).toList(),
				() -> "experts/import", "experts.import.refused", result.errors().size());
	}

	/** The UN's six languages, Portuguese, and the region's own most often met in nominations. */
	private static final List<String> COMMON_LANGUAGES = java.util.stream.Stream.concat(
			org.puente.i18n.Language.CODES.stream(), java.util.stream.Stream.of("ar", "zh", "ru", "ht", "qu", "gn",
					"ay", "de", "it")).toList();

	private String form(Model model, @org.jspecify.annotations.Nullable UUID id) {
		model.addAttribute("expertId", id);
		model.addAttribute("countryCodes", java.util.Arrays.asList(java.util.Locale.getISOCountries()));
		model.addAttribute("memberStates", directory.allMemberStates());
		model.addAttribute("languageChoices", languageChoices(model,
				org.springframework.context.i18n.LocaleContextHolder.getLocale()));
		return FORM;
	}

	/**
	 * The languages the form offers as boxes, named in the reader's language: the ones the roster already holds,
	 * the common ones, and any the form carries (so a refused code stays in view, ticked, beside its message).
	 * Codes were typed before (walk13 #16); a rarer language still goes in the "other languages" field.
	 */
	private List<RosterFilter.Choice> languageChoices(Model model, Locale locale) {
		java.util.Set<String> codes = new java.util.LinkedHashSet<>(COMMON_LANGUAGES);
		roster.all().forEach(e -> codes.addAll(e.data().languages()));
		if (model.getAttribute("expertForm") instanceof ExpertForm f) {
			codes.addAll(ExpertRules.codes(String.join(" ", f.languages())));
		}
		return Collation.sort(codes.stream()
			.map(code -> new RosterFilter.Choice(code, ExpertReference.languageName(code, locale))).toList(),
				RosterFilter.Choice::label, locale);
	}


}
