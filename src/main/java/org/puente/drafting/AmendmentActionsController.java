package org.puente.drafting;

import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.puente.accounts.AccountSummary;
import org.puente.web.FormSubmission;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What is done on an amendment from the text's page: support it, discuss it, withdraw it, decide on it. A refusal
 * shows the same page again with the reason beside the amendment and what was typed still in its field, answering
 * with the status that says why.
 */
@Controller
@PreAuthorize("isAuthenticated()")
class AmendmentActionsController {

	private final DraftingManagement drafting;

	private final RefusedTextPage refusedPage;

	AmendmentActionsController(DraftingManagement drafting, RefusedTextPage refusedPage) {
		this.drafting = drafting;
		this.refusedPage = refusedPage;
	}

	@PostMapping("/drafting/amendments/{id}/support")
	String support(@PathVariable UUID id, @RequestParam(defaultValue = "true") boolean supporting, Model model,
			Locale locale, HttpServletResponse response, RedirectAttributes redirect, AccountSummary actor) {
		return act(id, actor, model, locale, response, redirect,
				supporting ? "drafting.support.given" : "drafting.support.withdrawn",
				() -> drafting.support(id, supporting, actor));
	}

	@PostMapping("/drafting/amendments/{id}/comments")
	String comment(@PathVariable UUID id, @RequestParam(required = false) @Nullable UUID parentId,
			@RequestParam(defaultValue = "") String body, Model model, Locale locale, HttpServletResponse response,
			RedirectAttributes redirect, AccountSummary actor) {
		model.addAttribute("typedComment", body);
		model.addAttribute("typedParent", parentId);
		return act(id, actor, model, locale, response, redirect, "drafting.comment.saved",
				() -> drafting.comment(id, parentId, body, actor));
	}

	@PostMapping("/drafting/amendments/{id}/withdrawal")
	String withdraw(@PathVariable UUID id, Model model, Locale locale, HttpServletResponse response,
			RedirectAttributes redirect, AccountSummary actor) {
		return act(id, actor, model, locale, response, redirect, "drafting.amendment.withdrawn",
				() -> drafting.withdraw(id, actor));
	}

	@PostMapping("/drafting/amendments/{id}/decision")
	@PreAuthorize("hasAnyRole('ADMIN', 'SECRETARIAT')")
	String decide(@PathVariable UUID id, @RequestParam AmendmentStatus outcome, @RequestParam long version,
			@RequestParam(required = false) @Nullable UUID meetingId,
			@RequestParam(required = false) @Nullable String meetingTitle,
			@RequestParam(required = false) @Nullable String note,
			@RequestParam(required = false) @Nullable UUID mergeInto, Model model, Locale locale,
			HttpServletResponse response, RedirectAttributes redirect, AccountSummary actor) {
		model.addAttribute("typedNote", note);
		return act(id, actor, model, locale, response, redirect, "drafting.decision.saved", () -> drafting.decide(id,
				new Amending.Decision(outcome, meetingId, meetingTitle, note, mergeInto),
					version, actor));
	}

	private String act(UUID amendmentId, AccountSummary actor, Model model, Locale locale, HttpServletResponse response,
			RedirectAttributes redirect, String success, Runnable action) {
		UUID textId = drafting.amendment(amendmentId).getTextId();
		return FormSubmission.act(response, () -> {
			action.run();
			return FormSubmission.redirect(redirect, success, "/drafting/" + textId + "#amendment-" + amendmentId);
		}, refusal -> {
			model.addAttribute("refusedAmendment", amendmentId);
			return refusedPage.show(textId, refusal, actor, model, locale);
		});
	}

}
