package org.puente.glossary;

import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.puente.directory.Countries;
import org.puente.directory.Directory;
import org.puente.i18n.Language;
import org.puente.meetings.MeetingSummary;
import org.puente.meetings.Meetings;
import org.puente.refusal.RefusalKind;
import org.puente.web.EditConflict;
import org.puente.web.FormSubmission;
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

/** A secretariat adds and corrects terms, records countries' definitions, and moves the shared definition on. */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'SECRETARIAT')")
class GlossaryEditController {

	private static final String TERM_FORM = "glossary/term-form";

	private final Glossary glossary;

	private final Directory directory;

	private final TermPage termPage;

	private final Meetings meetings;

	private final CoincidencesPage coincidencesPage;

	private final TermConflicts conflicts;

	GlossaryEditController(Glossary glossary, Directory directory, TermPage termPage, Meetings meetings,
			CoincidencesPage coincidencesPage, TermConflicts conflicts) {
		this.conflicts = conflicts;
		this.glossary = glossary;
		this.directory = directory;
		this.termPage = termPage;
		this.meetings = meetings;
		this.coincidencesPage = coincidencesPage;
	}

	@GetMapping({ "/glossary/terms/new", "/glossary/{slug}/edit" })
	String edit(@PathVariable(required = false) @Nullable String slug, Model model) {
		model.addAttribute("form", slug == null ? TermForm.blank() : TermForm.of(glossary.term(slug)));
		model.addAttribute("slug", slug);
		return TERM_FORM;
	}

	@PostMapping({ "/glossary", "/glossary/{slug}" })
	String save(@PathVariable(required = false) @Nullable String slug, @Valid @ModelAttribute("form") TermForm form,
			BindingResult errors, EditConflict.Answer answer, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		model.addAttribute("slug", slug);
		// also after a value that could not be read: the form is built all the same, that value empty (FormBinding),
		// and its own checks add their mistakes, so that one submit shows every one
		form.check(errors);
		if (slug == null || form.version() == null) {
			return FormSubmission.handle(errors, response, TERM_FORM, redirect, "glossary.term.saved",
					() -> "/glossary/" + glossary.saveTerm(slug, form));
		}
		// someone else changed the term meanwhile: theirs beside what was typed, language by language
		return FormSubmission.edit(errors, response, model, () -> TERM_FORM, redirect, "glossary.term.saved",
				conflicts.edit(slug, form, form.version(), answer),
				saving -> "/glossary/" + glossary.saveTerm(slug, saving.form()));
	}

	@GetMapping("/glossary/{slug}/definitions/new")
	String newDefinition(@PathVariable String slug, Model model, Locale locale) {
		model.addAttribute("form", DefinitionForm.blank());
		return definitionPage(slug, model, locale);
	}

	@PostMapping("/glossary/{slug}/definitions")
	String addDefinition(@PathVariable String slug, @Valid @ModelAttribute("form") DefinitionForm form,
			BindingResult errors, Model model, Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
		return FormSubmission.handle(errors, response, () -> definitionPage(slug, model, locale), redirect,
				"glossary.definition.saved", () -> {
					glossary.addDefinition(slug, form);
					return "/glossary/" + slug;
				});
	}

	private String definitionPage(String slug, Model model, Locale locale) {
		model.addAttribute("term", glossary.term(slug));
		model.addAttribute("countryCodes", new Countries().sortedByName(directory.allMemberStates(), locale));
		model.addAttribute("languages4", Language.CODES);
		return "glossary/definition-form";
	}

	@PostMapping("/glossary/{slug}/biregional")
	String saveBiregional(@PathVariable String slug, @Valid @ModelAttribute("draft") BiregionalForm form,
			BindingResult errors, Model model, Locale locale, RedirectAttributes redirect,
			HttpServletResponse response) {
		// too long, no text, overtaken: the coincidences page again, around the draft as typed and the reason
		return FormSubmission.handle(errors, response,
				() -> coincidencesPage.show(slug, 0, GlossaryController.THRESHOLD, model, locale), redirect,
				"glossary.biregional.saved", () -> {
					glossary.saveBiregional(slug, form);
					return "/glossary/" + slug;
				});
	}

	@PostMapping("/glossary/{slug}/biregional/agree")
	String agree(@PathVariable String slug, @RequestParam(required = false) @Nullable String process, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		return FormSubmission.act(response, () -> {
			glossary.agree(slug, process);
			return FormSubmission.redirect(redirect, "glossary.biregional.agreed", "/glossary/" + slug);
		}, refusal -> {
			model.addAttribute("agreeError", refusal.messageKey());
			return termPage.show(slug, model, null);
		}, RefusalKind.FORBIDDEN);
	}

	/**
	 * Records the adoption at a meeting chosen in the calendar (or, when it is not there, named and dated by hand). A
	 * refusal shows the term's page again with the reason and what was chosen or typed.
	 */
	@PostMapping("/glossary/{slug}/biregional/adopt")
	String adopt(@PathVariable String slug, @Valid @ModelAttribute("adoption") BiregionalForm adoption,
			BindingResult errors, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		MeetingSummary meeting = adoption.getMeetingId() == null ? null
				: meetings.find(adoption.getMeetingId()).orElse(null);
		String title = meeting != null ? meeting.titleEs()
				: adoption.getMeetingTitle() == null ? "" : adoption.getMeetingTitle().strip();
		if (adoption.getMeetingId() != null && meeting == null) {
			errors.rejectValue("meetingId", "typeMismatch.java.util.UUID");
		}
		else if (title.isEmpty() && !errors.hasFieldErrors("meetingTitle")) {
			errors.rejectValue("meetingId", "glossary.biregional.meetingRequired");
		}
		java.time.LocalDate date = adoption.getMeetingDate() != null ? adoption.getMeetingDate()
				: meeting != null ? meeting.endDate() : null;
		// a meeting outside the calendar still gets an id, the same for the same name
		UUID meetingId = meeting != null ? meeting.id()
				: UUID.nameUUIDFromBytes(title.getBytes(java.nio.charset.StandardCharsets.UTF_8));
		return FormSubmission.handle(errors, response, () -> termPage.show(slug, model, adoption), redirect,
				"glossary.biregional.adopted", () -> {
					glossary.adopt(slug, meetingId, title, date);
					return "/glossary/" + slug;
				});
	}
}
