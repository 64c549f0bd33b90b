package org.puente.agreements;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.puente.audit.AuditTrail;
import org.puente.audit.AuditedEntity;
import org.puente.documents.UnreadableFileException;
import org.puente.refusal.NotFoundException;
import org.puente.refusal.RefusalKind;
import org.puente.web.EditConflict;
import org.puente.web.FormSubmission;
import org.puente.web.Mistake;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Upload minutes, correct the proposed agreements beside the source text, and confirm them. */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'SECRETARIAT')")
class ReviewController {

	private static final String LIST = "agreements/reviews";

	private static final String LIST_ADDRESS = "/agreements/reviews";

	/** Refusals of a correction the review page has no place for: any but a conflict goes to the error page. */
	static final RefusalKind[] NOT_ON_THE_PAGE = java.util.EnumSet
		.complementOf(java.util.EnumSet.of(RefusalKind.CONFLICT)).toArray(RefusalKind[]::new);

	private final Reviews reviews;

	private final PartyCatalogue parties;

	private final MinutesUploadCheck check;

	private final ReviewPage page;

	private final AuditTrail audit;

	ReviewController(Reviews reviews, PartyCatalogue parties, MinutesUploadCheck check, ReviewPage page,
			AuditTrail audit) {
		this.page = page;
		this.audit = audit;
		this.reviews = reviews;
		this.parties = parties;
		this.check = check;
	}

	/** A page item: what the reviewer sees and may correct, with the errors of a refused correction. */
	record ItemView(String key, String number, @Nullable String theme, String text, List<String> responsible,
			List<PartyReference> mentioned, List<ReviewForms.DateRow> dates, boolean located, List<String> errors,
			List<ReviewFlags.Flag> flags) {

		static ItemView of(ReviewItem item, List<ReviewFlags.Flag> flags) {
			List<ReviewForms.DateRow> rows = new ArrayList<>();
			for (DateMention d : item.dates()) {
				rows.add(new ReviewForms.DateRow(d.expression(), d.start().toString(), d.end().toString(),
						d.kind().name(), d.precision().name(), false));
			}
			return new ItemView(item.key(), item.number(), item.theme(), item.text(),
					item.responsible().stream().map(PartyReference::id).toList(), item.mentioned(), rows,
					item.sourceStart() >= 0, List.of(), flags);
		}
	}

	@GetMapping("/agreements/reviews")
	String list(Model model) {
		model.addAttribute("upload", ReviewForms.Upload.blank(reviews.reviewable()));
		return showList(model);
	}

	@PostMapping("/agreements/reviews")
	String upload(@ModelAttribute("upload") ReviewForms.Upload form,
			@RequestParam(name = "file", required = false) @Nullable MultipartFile file, Model model,
			HttpServletResponse response, Locale locale) throws IOException {
		MinutesUploadCheck.Checked checked = check.check(form, file, locale);
		List<Mistake> errors = checked.errors();
		if (!errors.isEmpty()) {
			if (file != null && !file.isEmpty()) {
				// browsers never fill a file field again: the form must say so, naming the file, or the next send is
				// refused for a missing file the person thinks was kept (as documents' upload does)
				model.addAttribute("fileAgain", ExtractApiController.name(file));
			}
			return refusedUpload(errors, model, response);
		}
		Reviews.Meeting meeting = checked.meeting();
		Optional<String> lang = checked.lang();
		MinutesUpload upload = MinutesUpload.of(ExtractApiController.name(file), file.getBytes());
		return FormSubmission.act(response, () -> {
			try {
				return "redirect:/agreements/reviews/" + reviews.start(meeting, upload, lang);
			}
			catch (UnreadableFileException ex) {
				model.addAttribute("technical", ex.getMessage());
				return refusedUpload(List.of(Mistake.inField("file", "agreements.reviews.error.unreadable")), model,
						response);
			}
		}, refusal -> {
			if (refusal.cause() instanceof MinutesAlreadyUploaded ex) {
				model.addAttribute("existing", new Existing(ex.messageKey(), ex.arguments(), ex.titleLanguage(),
						ex.link(), ex.mayBeNewVersion()));
			}
			else { // every file reader busy (503, "try again soon"), or refused by a rule: the form, with the reason
				model.addAttribute("uploadErrors", List.of(refusal.messageKey()));
				// and, as for a field's mistake, that the file must be chosen again: a 403 for a conference unticked
				// by mistake came back with the file field empty and no word of it (walk of 5 December #10)
				model.addAttribute("fileAgain", upload.name());
			}
			FormSubmission.shownAt(model, LIST_ADDRESS);
			return showList(model);
		});
	}

	/** The upload form again (422) with what was typed and why it was not accepted; a script gets the problem report. */
	private String refusedUpload(List<Mistake> errors, Model model, HttpServletResponse response) {
		model.addAttribute("uploadErrors", Mistake.codes(errors));
		// the list's own address, but the answer to a POST: a reload would send the file again
		FormSubmission.shownAt(model, LIST_ADDRESS);
		return FormSubmission.refuse(response, errors, () -> showList(model), "error.422.message");
	}

	/** The review; {@code suggestions}: how many of the reading's suggestions to show (ten at first). */
	@GetMapping("/agreements/reviews/{id}")
	String show(@PathVariable UUID id, @RequestParam(name = "suggestions", defaultValue = "0") int suggestions,
			Model model, Locale locale) {
		return page.show(reviews.get(id), suggestions, model, locale);
	}

	/** "Show more suggestions" with htmx: the next ones after the first {@code from}, to add to the list. */
	@GetMapping("/agreements/reviews/{id}/suggestions")
	String moreSuggestions(@PathVariable UUID id, @RequestParam(defaultValue = "0") int from, Model model,
			Locale locale) {
		return page.more(reviews.get(id), from, model, locale);
	}

	@PostMapping("/agreements/reviews/{id}/items/{key}")
	String correct(@PathVariable UUID id, @PathVariable String key, @RequestParam long version,
			@ModelAttribute ReviewForms.Item form, EditConflict.Answer answer, Model model, Locale locale,
			RedirectAttributes redirect, HttpServletResponse response) {
		Review review = reviews.get(id);
		List<Mistake> errors = new ArrayList<>();
		ReviewItem corrected = ItemCorrection.of(key, form, parties, errors, locale);
		if (!errors.isEmpty()) {
			item(review, key); // an item the review does not hold is a 404, even when the form is wrong too
			return FormSubmission.refuse(response, errors,
					() -> showTyped(review, key, form, Mistake.codes(errors), model, locale), "error.422.message");
		}
		// someone else changed the review: theirs shown beside what this reviewer typed, field by field; sent again,
		// the item keeps theirs but where the reviewer chose what they typed
		return FormSubmission.edit(response,
				new EditConflict.Edit<>(corrected, version, answer, () -> stored(id, key), ItemConflicts.fields(locale)),
				saving -> {
					reviews.correct(id, saving.version(), saving.form());
					return FormSubmission.redirect(redirect, "agreements.review.save.success",
							ReviewAddresses.atItem(id, key));
				}, refusal -> showTyped(review, key, form, List.of(refusal.messageKey()), model, locale),
				(refusal, conflict) -> {
					model.addAttribute("conflict", conflict);
					model.addAttribute("conflictKey", key);
					return showTyped(reviews.get(id), key, form, List.of(refusal.messageKey()), model, locale);
				}, NOT_ON_THE_PAGE);
	}

	/** The item as the review holds it now, with who changed the review last and when. */
	private EditConflict.Stored<ReviewItem> stored(UUID id, String key) {
		Review now = reviews.get(id);
		return audit.lastChange(AuditedEntity.AGREEMENT_REVIEW, id,
				(by, at) -> new EditConflict.Stored<>(item(now, key), now.getVersion(), by, at));
	}

	/** The review again, with the item {@code key} as the reviewer typed it and why it was not saved. */
	private String showTyped(Review review, String key, ReviewForms.Item form, List<String> errors, Model model,
			Locale locale) {
		ReviewItem old = item(review, key);
		ItemView typed = new ItemView(key, form.number(), form.theme(), form.text(), form.allResponsible(),
				old.mentioned(), form.dates(), old.sourceStart() >= 0, errors, List.of());
		// shown from /items/{key}: the address bar goes back to the review, at the item (late walk-through #17)
		FormSubmission.shownAt(model, ReviewAddresses.atItem(review.getId(), key));
		return showReview(review, Map.of(key, typed), model, locale);
	}

	private static ReviewItem item(Review review, String key) {
		return review.items().stream().filter(i -> i.key().equals(key)).findFirst()
			.orElseThrow(() -> new NotFoundException("agreements.review.itemNotFound"));
	}

	/** Reshapes an item: merges it with the next one, or splits it where {@code secondStartsWith} begins. */
	@PostMapping("/agreements/reviews/{id}/items/{key}/{step:merge|split}")
	String reshape(@PathVariable UUID id, @PathVariable String key, @PathVariable String step,
			@RequestParam long version, @RequestParam(defaultValue = "") String secondStartsWith,
			HttpServletRequest request, RedirectAttributes redirect) {
		// refused (a stale version), the error page stands at the review, not at this sending address
		FormSubmission.shownAt(request, ReviewAddresses.atItem(id, key));
		String flash = "agreements.review.merge.success";
		if (step.equals("merge")) {
			reviews.mergeWithNext(id, version, key);
		}
		else {
			reviews.split(id, version, key, secondStartsWith);
			flash = "agreements.review.split.success";
		}
		return FormSubmission.redirect(redirect, flash, ReviewAddresses.atItem(id, key));
	}

	@PostMapping("/agreements/reviews/{id}/items/{key}/delete")
	String delete(@PathVariable UUID id, @PathVariable String key, @RequestParam long version,
			HttpServletRequest request, RedirectAttributes redirect) {
		FormSubmission.shownAt(request, ReviewAddresses.atItem(id, key));
		// back where the deleted agreement stood, at the next one (or the form that adds one): at the page's top, a
		// keyboard user tabbed through every agreement above, fifty boxes each, to go on
		List<String> keys = reviews.get(id).items().stream().map(ReviewItem::key).toList();
		int at = keys.indexOf(key);
		String next = at >= 0 && at + 1 < keys.size() ? "#item-" + keys.get(at + 1) : "#add-item";
		reviews.delete(id, version, key);
		return FormSubmission.redirect(redirect, "agreements.review.delete.success", ReviewAddresses.of(id) + next);
	}

	@PostMapping("/agreements/reviews/{id}/confirm")
	String confirm(@PathVariable UUID id, @RequestParam long version, HttpServletRequest request,
			RedirectAttributes redirect) {
		FormSubmission.shownAt(request, ReviewAddresses.of(id));
		reviews.confirm(id, version);
		return FormSubmission.redirect(redirect, "agreements.review.confirm.success", "/agreements/minutes/" + id);
	}

	/** "These minutes hold no agreement": the empty proposal confirmed, so the meeting shows its minutes reviewed. */
	@PostMapping("/agreements/reviews/{id}/confirm-none")
	String confirmNone(@PathVariable UUID id, @RequestParam long version, HttpServletRequest request,
			RedirectAttributes redirect) {
		FormSubmission.shownAt(request, ReviewAddresses.of(id));
		reviews.confirmNone(id, version);
		return FormSubmission.redirect(redirect, "agreements.review.none.success", "/agreements/minutes/" + id);
	}

	@PostMapping("/agreements/reviews/{id}/discard")
	String discard(@PathVariable UUID id, @RequestParam long version, HttpServletRequest request,
			RedirectAttributes redirect) {
		FormSubmission.shownAt(request, ReviewAddresses.of(id));
		reviews.discard(id, version);
		return FormSubmission.redirect(redirect, "agreements.review.discard.success", "/agreements/reviews");
	}

	/**
	 * Minutes the meeting already has, to link to from the refusal (its meeting's title, the first argument, in
	 * {@code titleLanguage}), and whether a new version may be declared.
	 */
	record Existing(String messageKey, Object[] arguments, @Nullable String titleLanguage, String link,
			boolean mayBeNewVersion) {
	}

	private String showList(Model model) {
		model.addAttribute("drafts", page.views(reviews.drafts()));
		return LIST;
	}

	private String showReview(Review review, Map<String, ItemView> typed, Model model, Locale locale) {
		return page.show(review, typed, model, locale);
	}
}
