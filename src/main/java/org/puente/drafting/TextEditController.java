package org.puente.drafting;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.puente.accounts.AccountSummary;
import org.puente.refusal.RefusalKind;
import org.puente.refusal.RefusedException;
import org.puente.web.EditConflict;
import org.puente.web.FormSubmission;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What a secretariat does to a text: reword and add paragraphs, keep the translations aligned, open and close
 * amendment rounds, record the plenary's approval and the submission. A refusal shows the page again with the reason
 * and what was typed.
 */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'SECRETARIAT')")
class TextEditController {

	private final DraftingManagement drafting;

	private final RefusedTextPage refusedPage;

	private final ParagraphConflicts conflicts;

	TextEditController(DraftingManagement drafting, RefusedTextPage refusedPage, ParagraphConflicts conflicts) {
		this.conflicts = conflicts;
		this.drafting = drafting;
		this.refusedPage = refusedPage;
	}

	@PostMapping("/drafting/paragraphs/{paragraphId}")
	String rewrite(@PathVariable UUID paragraphId, @RequestParam UUID textId, @RequestParam long version,
			@RequestParam(defaultValue = "") String body, EditConflict.Answer answer, Model model, Locale locale,
			HttpServletResponse response, RedirectAttributes redirect, AccountSummary actor) {
		model.addAttribute("typedParagraph", paragraphId);
		model.addAttribute("typedBody", body);
		// reworded by someone else meanwhile: their wording beside this one (EditConflict); sent again, theirs stays
		// unless this one is chosen
		return FormSubmission.edit(response, conflicts.edit(paragraphId, body, version, answer), saving -> {
			drafting.rewrite(paragraphId, saving.version(), saving.form().body(), actor);
			return FormSubmission.redirect(redirect, "drafting.paragraph.saved",
					"/drafting/" + textId + "#paragraph-" + paragraphId);
		}, refusal -> refusedPage.show(textId, refusal, actor, model, locale), (refusal, conflict) -> {
			model.addAttribute("conflict", conflict);
			return refusedPage.show(textId, refusal, actor, model, locale);
		});
	}

	@PostMapping("/drafting/{id}/paragraphs")
	String append(@PathVariable UUID id, @RequestParam(defaultValue = "") String body, Model model, Locale locale,
			HttpServletResponse response, RedirectAttributes redirect, AccountSummary actor) {
		model.addAttribute("typedNewParagraph", body);
		return act(id, actor, model, locale, response, redirect, "drafting.paragraph.added", "#add-paragraph",
				() -> drafting.append(id, body, actor));
	}

	/** Master and translation side by side, one language at a time; stale ones are marked. */
	@GetMapping("/drafting/{id}/translations")
	String translations(@PathVariable UUID id, @RequestParam(defaultValue = "en") String language, Model model,
			Locale locale, AccountSummary actor) {
		if (!List.of("en", "pt", "fr").contains(language)) {
			throw new RefusedException(RefusalKind.MALFORMED, "drafting.translation.language");
		}
		model.addAttribute("page", drafting.page(id, actor, locale));
		model.addAttribute("language", language);
		return "drafting/translations";
	}

	/** A refused translation (an empty one, 422; the text closed meanwhile, 409): the page again, with what was typed. */
	@PostMapping("/drafting/paragraphs/{paragraphId}/translations/{language}")
	String translate(@PathVariable UUID paragraphId, @PathVariable String language, @RequestParam UUID textId,
			@RequestParam(defaultValue = "") String body, Model model, Locale locale, HttpServletResponse response,
			RedirectAttributes redirect, AccountSummary actor) {
		return FormSubmission.act(response, () -> {
			drafting.translate(paragraphId, language, body, actor);
			return FormSubmission.redirect(redirect, "drafting.translation.saved",
					"/drafting/" + textId + "/translations?language=" + language + "#paragraph-" + paragraphId);
		}, refusal -> {
			model.addAttribute("refused", refusal);
			model.addAttribute("refusedParagraph", paragraphId);
			model.addAttribute("typedTranslation", body);
			return translations(textId, language, model, locale, actor);
		}, RefusalKind.FORBIDDEN);
	}

	@PostMapping("/drafting/{id}/rounds")
	String openRound(@PathVariable UUID id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate lastDay,
			@RequestParam(defaultValue = "REFUSE") LatePolicy latePolicy, Model model, Locale locale,
			HttpServletResponse response, RedirectAttributes redirect, AccountSummary actor) {
		model.addAttribute("typedLastDay", lastDay);
		return act(id, actor, model, locale, response, redirect, "drafting.round.opened", "#round",
				() -> drafting.openRound(id, lastDay, latePolicy, actor));
	}

	@PostMapping("/drafting/{id}/rounds/closing")
	String closeRound(@PathVariable UUID id, Model model, Locale locale, HttpServletResponse response,
			RedirectAttributes redirect, AccountSummary actor) {
		return act(id, actor, model, locale, response, redirect, "drafting.round.closedNow", "#round",
				() -> drafting.closeRound(id, actor));
	}

	@PostMapping("/drafting/{id}/approval")
	String approve(@PathVariable UUID id, @RequestParam(required = false) @Nullable UUID meetingId,
			@RequestParam(required = false) @Nullable String meetingTitle,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate on,
			@RequestParam(required = false) @Nullable String agreement, Model model, Locale locale,
			HttpServletResponse response, RedirectAttributes redirect, AccountSummary actor) {
		model.addAttribute("typedApproval", new DraftingManagement.Approval(meetingId, meetingTitle, on, agreement));
		return act(id, actor, model, locale, response, redirect, "drafting.approve.done", "#approval",
				() -> drafting.approve(id, new DraftingManagement.Approval(meetingId, meetingTitle, on, agreement),
						actor));
	}

	@PostMapping("/drafting/{id}/submission")
	String submit(@PathVariable UUID id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate on,
			@RequestParam(required = false) @Nullable String reference, Model model, Locale locale,
			HttpServletResponse response, RedirectAttributes redirect, AccountSummary actor) {
		model.addAttribute("typedReference", reference);
		return act(id, actor, model, locale, response, redirect, "drafting.submit.done", "#approval",
				() -> drafting.submit(id, on, reference, actor));
	}

	private String act(UUID textId, AccountSummary actor, Model model, Locale locale, HttpServletResponse response,
			RedirectAttributes redirect, String success, String anchor, Runnable action) {
		return FormSubmission.act(response, () -> {
			action.run();
			return FormSubmission.redirect(redirect, success, "/drafting/" + textId + anchor);
		}, refusal -> refusedPage.show(textId, refusal, actor, model, locale));
	}

}
