package org.puente.agreements;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.puente.refusal.RefusalKind;
import org.puente.web.FormSubmission;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Adds to the proposal under review what the reading missed: one of its suggestions, or an item typed by hand. */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'SECRETARIAT')")
class ReviewAdditionController {

	/** The refusals the form says on the page (a text refused by the service, someone else's change); others go on. */
	private static final RefusalKind[] NOT_ON_THE_PAGE = EnumSet
		.complementOf(EnumSet.of(RefusalKind.CONFLICT, RefusalKind.INVALID)).toArray(RefusalKind[]::new);

	private final ReviewAdditions additions;

	private final ReviewPage page;

	ReviewAdditionController(ReviewAdditions additions, ReviewPage page) {
		this.additions = additions;
		this.page = page;
	}

	/** "Añadir" beside a suggestion: it becomes an item where it stands in the minutes. */
	@PostMapping("/agreements/reviews/{id}/suggestions/{key}/add")
	String addSuggestion(@PathVariable UUID id, @PathVariable String key, @RequestParam long version,
			HttpServletRequest request, RedirectAttributes redirect) {
		// refused (a stale version), the error page stands at the review, at the suggestion, not at this address
		FormSubmission.shownAt(request, ReviewAddresses.of(id) + "#suggestion-" + key);
		String added = additions.addSuggestion(id, version, key);
		return FormSubmission.redirect(redirect, "agreements.review.suggestion.added",
				ReviewAddresses.atItem(id, added));
	}

	/**
	 * "Descartar" beside a suggestion: out of the list; the page again at the list, where the live count says how many
	 * are left.
	 */
	@PostMapping("/agreements/reviews/{id}/suggestions/{key}/dismiss")
	String dismissSuggestion(@PathVariable UUID id, @PathVariable String key, @RequestParam long version,
			HttpServletRequest request, RedirectAttributes redirect) {
		FormSubmission.shownAt(request, ReviewAddresses.of(id) + "#suggestion-" + key);
		additions.dismissSuggestion(id, version, key);
		return FormSubmission.redirect(redirect, "agreements.review.suggestion.dismissed",
				ReviewAddresses.of(id) + "#suggestions");
	}

	/**
	 * "Añadir un acuerdo": the typed item after the others. Empty or too long → the page again with 422 and the
	 * message on the field; someone else changed the review → 409, the page as it now is with the typed text kept.
	 */
	@PostMapping("/agreements/reviews/{id}/items")
	String addTyped(@PathVariable UUID id, @RequestParam long version,
			@RequestParam(name = "text", defaultValue = "") String text, Model model, Locale locale,
			RedirectAttributes redirect, HttpServletResponse response) {
		Review review = additions.review(id);
		return FormSubmission.act(response, () -> {
			String key = additions.addTyped(id, version, text);
			return FormSubmission.redirect(redirect, "agreements.review.add.success",
					ReviewAddresses.atItem(id, key));
		}, refusal -> {
			// shown from /items: the address bar goes back to the review, at the form (late walk-through #17)
			FormSubmission.shownAt(model, ReviewAddresses.of(id) + "#add-item");
			return page.show(review, Map.of(), new ReviewPage.Addition(text, List.of(refusal.messageKey())), model,
					locale);
		}, NOT_ON_THE_PAGE);
	}
}
