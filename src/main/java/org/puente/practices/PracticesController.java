package org.puente.practices;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.puente.accounts.AccountSummary;
import org.puente.directory.Countries;
import org.puente.directory.Directory;
import org.puente.documents.DocumentSummary;
import org.puente.documents.Documents;
import org.puente.documents.ReferenceData;
import org.puente.refusal.RefusalKind;
import org.puente.web.EditConflict;
import org.puente.web.FormSubmission;
import org.puente.refusal.RefusedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The catalogue's pages: the public list and a practice's page, the form a focal point fills and submits, and the
 * secretariat's review (return with a note, or accept and publish).
 */
@Controller
class PracticesController {

	/** The refusals of a review note that the note field shows; what was typed stays in it. */
	private static final java.util.Set<String> NOTE_REFUSALS = java.util.Set.of("practices.error.noteRequired",
			"practices.error.noteTooLong");

	private final PracticeCatalogue catalogue;

	private final PracticePages pages;

	private final Directory directory;

	private final Documents documents;

	private final PracticeConflicts conflicts;

	private final ReferenceData reference;

	PracticesController(PracticeCatalogue catalogue, PracticePages pages, Directory directory,
			Documents documents, PracticeConflicts conflicts, ReferenceData reference) {
		this.conflicts = conflicts;
		this.catalogue = catalogue;
		this.pages = pages;
		this.directory = directory;
		this.documents = documents;
		this.reference = reference;
	}

	/**
	 * Published practices for everybody, filtered by session, conference, country and objective (the filters of
	 * {@link PracticeExportController}'s files too); below, the reader's own work.
	 */
	@GetMapping("/practices")
	String list(@RequestParam(required = false) @Nullable Integer session,
			@RequestParam(required = false) @Nullable String process,
			@RequestParam(required = false) @Nullable String country,
			@RequestParam(required = false) @Nullable Integer objective, Model model, Locale locale,
			Optional<AccountSummary> reader) {
		PracticeFilter filter = PracticeFilter.of(session, process, country, objective);
		List<Practice> visible = catalogue.visible(reader);
		model.addAttribute("published", filter.published(visible, locale));
		model.addAttribute("inProgress", visible.stream().filter(p -> p.getStatus() != PracticeStatus.ACCEPTED).toList());
		model.addAttribute("sessionFilter", session);
		model.addAttribute("process", process);
		model.addAttribute("filter", filter);
		model.addAttribute("countryChoices", new Countries().sortedByName(visible.stream()
			.filter(p -> p.getStatus() == PracticeStatus.ACCEPTED).flatMap(p -> p.getCountries().stream()).distinct()
			.toList(), locale));
		model.addAttribute("objectiveChoices", reference.objectives());
		model.addAttribute("mayCreate", reader.map(PracticesController::mayCreate).orElse(false));
		return "practices/list";
	}

	@GetMapping("/practices/{id}")
	String practice(@PathVariable UUID id, Model model, Locale locale, Optional<AccountSummary> reader) {
		model.addAttribute("view", pages.view(id, reader, locale));
		return "practices/practice";
	}

	@GetMapping("/practices/new")
	@PreAuthorize("hasAnyRole('ADMIN', 'SECRETARIAT', 'FOCAL_POINT')")
	String newPractice(Model model, Locale locale, AccountSummary actor) {
		PracticeForm form = new PracticeForm();
		if (actor.countryIso2() != null) {
			form.setCountries(new ArrayList<>(List.of(actor.countryIso2())));
		}
		// the language the author's country writes in (a Panamanian focal point reading Puente in English still writes
		// the practice in Spanish), Spanish for the secretariats: not the page's language, which made the person who
		// wrote in Spanish on an English page fill in a second, English version (walk-throughs of 4 December)
		form.setOriginalLanguage(Countries.languageOf(actor.countryIso2()));
		model.addAttribute("practiceForm", form);
		choices(model, locale, actor);
		return "practices/form";
	}

	@PostMapping("/practices")
	@PreAuthorize("hasAnyRole('ADMIN', 'SECRETARIAT', 'FOCAL_POINT')")
	String create(@Valid @ModelAttribute("practiceForm") PracticeForm form, BindingResult errors,
			HttpServletResponse response, Model model, Locale locale, RedirectAttributes redirect,
			AccountSummary actor) {
		choices(model, locale, actor);
		PracticeContent content = form.check(errors);
		return FormSubmission.handle(errors, response, "practices/form", () -> {
			UUID id = catalogue.create(content, actor);
			return FormSubmission.redirect(redirect, "practices.flash.created", "/practices/" + id);
		});
	}

	@GetMapping("/practices/{id}/edit")
	@PreAuthorize("isAuthenticated()")
	String edit(@PathVariable UUID id, Model model, Locale locale, AccountSummary actor) {
		Practice practice = catalogue.readable(id, Optional.of(actor));
		if (!catalogue.mayEdit(practice, actor)) {
			throw new RefusedException(RefusalKind.FORBIDDEN, "practices.error.notEditable");
		}
		model.addAttribute("practiceForm", PracticeForm.of(practice));
		model.addAttribute("practiceId", id);
		choices(model, locale, actor);
		return "practices/form";
	}

	@PostMapping("/practices/{id}")
	@PreAuthorize("isAuthenticated()")
	String update(@PathVariable UUID id, @Valid @ModelAttribute("practiceForm") PracticeForm form,
			BindingResult errors, EditConflict.Answer answer, HttpServletResponse response, Model model,
			Locale locale, RedirectAttributes redirect, AccountSummary actor) {
		catalogue.readable(id, Optional.of(actor));
		model.addAttribute("practiceId", id);
		choices(model, locale, actor);
		form.check(errors);
		// someone else changed the practice meanwhile: theirs beside what was typed, field by field (EditConflict)
		return FormSubmission.edit(errors, response, model, () -> "practices/form", redirect, "practices.flash.saved",
				new EditConflict.Edit<>(form, form.getVersion(), answer, () -> conflicts.stored(id, actor),
						conflicts.fields(locale)),
				saving -> {
					catalogue.update(id, PracticeConflicts.content(saving.form()), saving.version(), actor);
					return "/practices/" + id;
				});
	}

	@PostMapping("/practices/{id}/submit")
	@PreAuthorize("isAuthenticated()")
	String submit(@PathVariable UUID id, RedirectAttributes redirect, AccountSummary actor) {
		catalogue.submit(id, actor);
		return FormSubmission.redirect(redirect, "practices.flash.submitted", "/practices/" + id);
	}

	@PostMapping("/practices/{id}/request-changes")
	@PreAuthorize("hasAnyRole('ADMIN', 'SECRETARIAT')")
	String requestChanges(@PathVariable UUID id, @RequestParam(defaultValue = "") String note, Model model,
			Locale locale, RedirectAttributes redirect, HttpServletResponse response, AccountSummary actor) {
		return FormSubmission.act(response, () -> {
			catalogue.requestChanges(id, note, actor);
			return FormSubmission.redirect(redirect, "practices.flash.changesRequested", "/practices/" + id);
		}, refusal -> {
			RefusedException other = refusal.cause();
			if (other != null && !NOTE_REFUSALS.contains(other.messageKey())) {
				throw other; // only what is wrong with the note has a place on the page: the rest is the error page's
			}
			model.addAttribute("view", pages.view(id, Optional.of(actor), locale));
			model.addAttribute("noteError", refusal);
			model.addAttribute("typedNote", note);
			return "practices/practice";
		});
	}

	@PostMapping("/practices/{id}/accept")
	@PreAuthorize("hasAnyRole('ADMIN', 'SECRETARIAT')")
	String accept(@PathVariable UUID id, RedirectAttributes redirect, AccountSummary actor) {
		catalogue.accept(id, actor);
		return FormSubmission.redirect(redirect, "practices.flash.accepted", "/practices/" + id);
	}

	/** What the form offers: member states by name, the sessions, objectives, target groups and documents. */
	private void choices(Model model, Locale locale, AccountSummary actor) {
		model.addAttribute("memberStates", new Countries().sortedByName(directory.allMemberStates(), locale));
		model.addAttribute("targetGroups", TargetGroup.values());
		model.addAttribute("practiceLanguages", PracticeForm.LANGUAGES);
		List<DocumentSummary> docs = documents.latest(Optional.of(actor), 200);
		model.addAttribute("documentChoices", docs);
	}

	static boolean mayCreate(AccountSummary actor) {
		return actor.isSecretariatOrAdmin() || actor.isFocalPoint(); // observers read only
	}

}
