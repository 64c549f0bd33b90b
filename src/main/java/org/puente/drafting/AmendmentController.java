package org.puente.drafting;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.puente.accounts.AccountSummary;
import org.puente.web.FormSubmission;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Proposing an amendment to a paragraph (the form saves as the person types), and rebasing one on a paragraph
 * reworded since. A paragraph changed under the proponent answers 409 with the wording they read, the wording now
 * and what they typed, ready to resubmit on the new wording.
 */
@Controller
@PreAuthorize("isAuthenticated()")
class AmendmentController {

	private static final String FORM = "drafting/amend";

	private final DraftingManagement drafting;

	private final MessageSource messages;

	AmendmentController(DraftingManagement drafting, MessageSource messages) {
		this.drafting = drafting;
		this.messages = messages;
	}

	@GetMapping("/drafting/paragraphs/{paragraphId}/amend")
	String form(@PathVariable UUID paragraphId, Model model, Locale locale, AccountSummary actor) {
		TextPages.ParagraphContext context = drafting.paragraph(paragraphId, actor, locale);
		AmendmentForm blank = AmendmentForm.blank(context.paragraph().getRevision(),
				context.proponents().isEmpty() ? "" : context.proponents().get(0));
		Optional<AmendmentForm> restored = drafting.restoreDraft(actor.username(), paragraphId, blank);
		model.addAttribute("restored", restored.isPresent());
		return show(context, restored.orElse(blank), null, model);
	}

	@PostMapping("/drafting/paragraphs/{paragraphId}/amendments")
	String propose(@PathVariable UUID paragraphId, @Valid @ModelAttribute("amendmentForm") AmendmentForm form,
			BindingResult errors, HttpServletResponse response, Model model, Locale locale,
			RedirectAttributes redirect, AccountSummary actor) {
		TextPages.ParagraphContext context = drafting.paragraph(paragraphId, actor, locale);
		checkWords(context, form, errors);
		return submit(context, form, errors, response, model, () -> {
			// the form's change is checked before the service is asked, as it always was (the API's only after)
			AmendmentChange change = form.change();
			UUID id = drafting.propose(paragraphId, form.seenRevision(), form.proponent(), () -> change, actor);
			drafting.dropDraft(actor.username(), paragraphId);
			redirect.addFlashAttribute("flash", "drafting.amendment.proposed");
			return "redirect:/drafting/" + context.text().getId() + "#amendment-" + id;
		});
	}

	/** What the form holds, kept on the server a moment after each keystroke (htmx). */
	@PostMapping("/drafting/paragraphs/{paragraphId}/draft")
	String keep(@PathVariable UUID paragraphId, @ModelAttribute("amendmentForm") AmendmentForm form, Model model,
			AccountSummary actor) {
		drafting.keepDraft(actor.username(), paragraphId, form);
		model.addAttribute("savedAt", Instant.now());
		return FORM + " :: saved";
	}

	@GetMapping("/drafting/amendments/{id}/rebase")
	String rebaseForm(@PathVariable UUID id, Model model, Locale locale, AccountSummary actor) {
		Amendment amendment = amendment(id);
		TextPages.ParagraphContext context = drafting.paragraph(amendment.getParagraphId(), actor, locale);
		model.addAttribute("rebasing", amendment);
		return show(context, AmendmentForm.of(amendment, context.paragraph().getRevision()), null, model);
	}

	@PostMapping("/drafting/amendments/{id}/rebase")
	String rebase(@PathVariable UUID id, @Valid @ModelAttribute("amendmentForm") AmendmentForm form,
			BindingResult errors, HttpServletResponse response, Model model, Locale locale,
			RedirectAttributes redirect, AccountSummary actor) {
		Amendment amendment = amendment(id);
		TextPages.ParagraphContext context = drafting.paragraph(amendment.getParagraphId(), actor, locale);
		model.addAttribute("rebasing", amendment);
		checkWords(context, form, errors);
		return submit(context, form, errors, response, model, () -> {
			drafting.rebase(id, form.seenRevision(), form.change(), actor);
			return FormSubmission.redirect(redirect, "drafting.amendment.rebased",
					"/drafting/" + context.text().getId() + "#amendment-" + id);
		});
	}

	/**
	 * The form's submit: invalid → the form again (422); refused, or overtaken → the form with the reason and the
	 * refusal's status; the paragraph reworded meanwhile → the form on the new wording, beside the one read (409); a
	 * script that asks for JSON gets the problem report instead ({@link FormSubmission#handle}).
	 */
	private String submit(TextPages.ParagraphContext context, AmendmentForm form, BindingResult errors,
			HttpServletResponse response, Model model, Supplier<String> save) {
		return FormSubmission.handle(errors, response, () -> show(context, form, null, model), save,
				refusal -> refusal.cause() instanceof ParagraphChanged changed
						? conflict(context, form, changed, errors, model) : show(context, form, null, model));
	}

	/**
	 * The words of a proposal refused at the field they are about, with the form's other mistakes (walk 17: "copy the
	 * words you want to replace" was a line of the error summary that led nowhere, the field neither marked nor
	 * described by it, and it came only once the reason had been given — two refusals for one form).
	 */
	private static void checkWords(TextPages.ParagraphContext context, AmendmentForm form, BindingResult errors) {
		form.wordsMistake(context.paragraph()).ifPresent(m -> errors.rejectValue(m.field(), m.messageKey()));
	}

	private String conflict(TextPages.ParagraphContext context, AmendmentForm form, ParagraphChanged changed,
			BindingResult errors, Model model) {
		String read = context.paragraph().getRevision() == form.seenRevision() ? null
				: drafting.wordingAt(context.paragraph(), form.seenRevision());
		// the next submit is made on the wording now shown; the refusal stays with the form shown
		AmendmentForm next = form.onRevision(changed.revision());
		BindingResult shown = new BeanPropertyBindingResult(next, "amendmentForm");
		shown.addAllErrors(errors);
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "amendmentForm", shown);
		return show(context, next, read == null ? "" : read, model);
	}

	private String show(TextPages.ParagraphContext context, AmendmentForm form, @Nullable String wordingRead,
			Model model) {
		model.addAttribute("context", context);
		model.addAttribute("amendmentForm", form);
		model.addAttribute("kinds", AmendmentKind.values());
		model.addAttribute("wordingRead", wordingRead);
		// a round that takes no proposal leaves nothing to fill in, except what the person typed before (kept or
		// refused), shown so it is not lost; a rebase changes an amendment already taken
		model.addAttribute("formShown",
				model.getAttribute("rebasing") != null || context.takesProposals() || form.typed());
		return FORM;
	}

	private Amendment amendment(UUID id) {
		return drafting.amendment(id);
	}


	String message(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}
}
