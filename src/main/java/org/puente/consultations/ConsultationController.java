package org.puente.consultations;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.puente.accounts.AccountSummary;
import org.puente.directory.Countries;
import org.puente.glossary.Glossary;
import org.puente.glossary.TermSummary;
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

/** A secretariat builds a consultation, sends it, follows who answered, reminds and reopens. */
@Controller
class ConsultationController {

	/** The flash attribute that carries the section of the question just added to the page shown next. */
	private static final String LAST_SECTION = "lastSection";

	private final ConsultationManagement management;

	private final Glossary glossary;

	ConsultationController(ConsultationManagement management, Glossary glossary) {
		this.management = management;
		this.glossary = glossary;
	}

	@ModelAttribute("latePolicies")
	LatePolicy[] latePolicies() {
		return LatePolicy.values();
	}

	@GetMapping("/consultations")
	@PreAuthorize("hasAnyRole('ADMIN', 'SECRETARIAT', 'FOCAL_POINT')")
	String list(Model model) {
		AccountSummary me = management.currentAccount();
		if (me != null && me.isFocalPoint() && me.countryIso2() != null) {
			List<ConsultationResponse> mine = management.ofCountry(me.countryIso2());
			model.addAttribute("mine", mine);
			model.addAttribute("titles", mine.stream()
				.collect(java.util.stream.Collectors.toMap(r -> r.getConsultationId(),
						r -> management.find(r.getConsultationId()))));
		}
		else {
			model.addAttribute("consultations", management.all());
		}
		return "consultations/list";
	}

	@GetMapping("/consultations/new")
	@PreAuthorize("hasAnyRole('ADMIN', 'SECRETARIAT')")
	String newConsultation(Model model) {
		AccountSummary me = management.currentAccount();
		model.addAttribute("form", ConsultationForm.to(me != null && me.processCode() != null ? List.of(me.processCode())
				: List.of()));
		return "consultations/form";
	}

	@PostMapping("/consultations")
	@PreAuthorize("hasAnyRole('ADMIN', 'SECRETARIAT')")
	String create(@Valid @ModelAttribute("form") ConsultationForm form, BindingResult errors,
			RedirectAttributes redirect, HttpServletResponse response) {
		// also after a value that could not be read: the form is built all the same, that value empty (FormBinding),
		// and its own checks add their mistakes, so that one submit shows every one
		form.check(errors);
		form.checkNew(errors, management.deadlineDay());
		return FormSubmission.handle(errors, response, "consultations/form", redirect, "consultations.create.success",
				() -> "/consultations/" + management.create(form));
	}

	@GetMapping("/consultations/{id}")
	@PreAuthorize("hasAnyRole('ADMIN', 'SECRETARIAT', 'FOCAL_POINT')")
	String detail(@PathVariable UUID id, Model model) {
		AccountSummary me = management.currentAccount();
		if (me != null && me.isFocalPoint()) {
			return "redirect:/consultations/" + id + "/answer";
		}
		// the next question goes, unless the secretariat picks another, where the last one went (a section just made)
model.addAttribute("questionForm", QuestionForm.blank((UUID) model.getAttribute(LAST_SECTION)));
		return detailPage(id, model);
	}

	@PostMapping("/consultations/{id}/questions")
	@PreAuthorize("hasAnyRole('ADMIN', 'SECRETARIAT')")
	String addQuestion(@PathVariable UUID id, @Valid @ModelAttribute("questionForm") QuestionForm form,
			BindingResult errors, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		// also after a value that could not be read: the form is built all the same, that value empty (FormBinding),
		// and its own checks add their mistakes, so that one submit shows every one
		form.check(errors, management.view(id).sections().isEmpty());
		return FormSubmission.handle(errors, response, () -> detailPage(id, model), redirect,
				"consultations.question.added", () -> {
					redirect.addFlashAttribute(LAST_SECTION, management.addQuestion(id, form));
					return "/consultations/" + id + "#add-question";
				});
	}

	@PostMapping("/consultations/{id}/send")
	@PreAuthorize("hasAnyRole('ADMIN', 'SECRETARIAT')")
	String send(@PathVariable UUID id, RedirectAttributes redirect) {
		management.send(id);
		return FormSubmission.redirect(redirect, "consultations.send.success", "/consultations/" + id);
	}

	@PostMapping("/consultations/{id}/remind")
	@PreAuthorize("hasAnyRole('ADMIN', 'SECRETARIAT')")
	String remind(@PathVariable UUID id, RedirectAttributes redirect, Locale locale) {
		Reminder reminder = management.remind(id);
		// whom it reached, and which countries have nobody to receive it ("sent" was said when it reached nobody)
		redirect.addFlashAttribute("flashArgs", reminder.arguments(locale));
		return FormSubmission.redirect(redirect, reminder.messageKey(), "/consultations/" + id);
	}

	/** Before closing: how many countries answered and which did not, and what closing does. */
	// Signed-in is enough to reach closing and reopening: whoever else may not close is told who may
	// (ConsultationPolicy.requireMayClose), rather than a bare 403; the stages keep the role rule behind it.
	@GetMapping("/consultations/{id}/close")
	@PreAuthorize("isAuthenticated()")
	String confirmClose(@PathVariable UUID id, Model model, Locale locale) {
		management.closable(id);
		ConsultationView view = management.view(id);
		if (!view.consultation().isOpen()) {
			return "redirect:/consultations/" + id; // closed already, or a draft: its page says where it stands
		}
		List<ConsultationResponse> all = management.responses(id);
		model.addAttribute("view", view);
		model.addAttribute("total", all.size());
		model.addAttribute("notAnswered", org.puente.i18n.Collation.sort(all.stream()
			.filter(r -> !r.isSubmitted()).map(r -> Countries.nameOf(r.getCountryIso2(), locale)).toList(),
				name -> name, locale));
		return "consultations/close";
	}

	@PostMapping("/consultations/{id}/close")
	@PreAuthorize("isAuthenticated()")
	String close(@PathVariable UUID id, @RequestParam long version, RedirectAttributes redirect) {
		management.close(id, version);
		return FormSubmission.redirect(redirect, "consultations.close.success", "/consultations/" + id);
	}

	@PostMapping("/consultations/{id}/reopen")
	@PreAuthorize("isAuthenticated()")
	String reopenConsultation(@PathVariable UUID id, @RequestParam long version, RedirectAttributes redirect) {
		management.reopenConsultation(id, version);
		return FormSubmission.redirect(redirect, "consultations.close.reopened", "/consultations/" + id);
	}

	@PostMapping("/consultations/{id}/responses/{iso2}/reopen")
	@PreAuthorize("hasAnyRole('ADMIN', 'SECRETARIAT')")
	String reopen(@PathVariable UUID id, @PathVariable String iso2, RedirectAttributes redirect) {
		management.reopen(id, iso2.toUpperCase(Locale.ROOT));
		return FormSubmission.redirect(redirect, "consultations.reopen.success", "/consultations/" + id);
	}

	/** One country's submitted answers; drafts stay with the country until it submits. */
	@GetMapping("/consultations/{id}/responses/{iso2}")
	@PreAuthorize("hasAnyRole('ADMIN', 'SECRETARIAT')")
	String response(@PathVariable UUID id, @PathVariable String iso2, Model model, Locale locale) {
		ConsultationResponse response = management.response(id, iso2);
		model.addAttribute("view", management.view(id));
		model.addAttribute("response", response);
		// the page's title is handed to the layout, where a bean may not be called
		model.addAttribute("countryName", Countries.nameOf(response.getCountryIso2(), locale));
		model.addAttribute("answers", management.answersByQuestion(response.getId()));
		return "consultations/response";
	}

	private String detailPage(UUID id, Model model) {
		ConsultationView view = management.view(id);
		// by the country's name in the reader's language, as people look for it (they were in code order: "Brasil,
		// Belice", "Surinam, El Salvador, Estados Unidos")
		Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
		List<ConsultationResponse> all = org.puente.i18n.Collation.sort(management.responses(id),
				r -> Countries.nameOf(r.getCountryIso2(), locale), locale);
		model.addAttribute("view", view);
		model.addAttribute("responses", all);
		model.addAttribute("tally", tally(all));
		model.addAttribute("kinds", QuestionKind.values());
		// the glossary's terms in the reader's words and alphabetical order (a French page listed them in the order of
		// their Spanish names), and a question tied to one names it so (walk of 5 December, evening)
		List<TermSummary> terms = org.puente.i18n.Collation.sort(glossary.terms(), t -> t.label(locale), locale);
		model.addAttribute("terms", terms);
		model.addAttribute("termNames", glossary.names(locale));
		AccountSummary me = management.currentAccount();
		model.addAttribute("mayEdit", me != null && ConsultationPolicy.mayEdit(view.consultation(), me));
		model.addAttribute("submittedCount", all.stream().filter(ConsultationResponse::isSubmitted).count());
		model.addAttribute("closedBy", management.savedBy(view.consultation().getClosedBy(), null));
		return "consultations/detail";
	}

	/** Counts per status, for the summary line of the status table. */
	private static Map<ResponseStatus, Long> tally(List<ConsultationResponse> all) {
		Map<ResponseStatus, Long> counts = new LinkedHashMap<>();
		for (ResponseStatus s : ResponseStatus.values()) {
			counts.put(s, all.stream().filter(r -> r.getStatus() == s).count());
		}
		return counts;
	}
}
