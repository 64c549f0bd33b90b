package org.puente.agreements;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.puente.directory.Conference;
import org.puente.i18n.DatePrecision;
import org.puente.meetings.Meetings;
import org.puente.minutes.MinutesReading;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The review page: the proposed items beside the source text, the suggestions the reading did not keep, and the form
 * to add an item it missed. Shown by the review's controllers, again with what a reviewer typed when it was refused.
 */
@Component
class ReviewPage {

	static final String PAGE = "agreements/review";

	/**
	 * How many suggestions the page shows at first, and how many more each "show more" adds: the review keeps up to
	 * {@link ReviewItem#KEPT_SUGGESTIONS}, those past the first ten typed again by hand before (walk of 5 December #9).
	 */
	static final int STEP = MinutesReading.ReadRequest.DEFAULT_SUGGESTIONS;

	private final Reviews reviews;

	private final PartyCatalogue parties;

	private final ReviewFlags flags;

	private final Meetings meetings;

	private final MeetingTitleShown titles;

	private final MinutesRevision revision;

	ReviewPage(Reviews reviews, PartyCatalogue parties, ReviewFlags flags, Meetings meetings,
			MeetingTitleShown titles, MinutesRevision revision) {
		this.titles = titles;
		this.reviews = reviews;
		this.revision = revision;
		this.parties = parties;
		this.flags = flags;
		this.meetings = meetings;
	}

	/**
	 * "noviembre de 2017" when the calendar knows the review's meeting only to the week or the month (its first day
	 * then resolves the minutes' relative dates, and the page says so), or null.
	 */
	private @Nullable String coarseWhen(Review review, Locale locale) {
		UUID id = review.meeting().id();
		return id == null ? null : meetings.find(id)
			.filter(m -> m.precision() == DatePrecision.WEEK || m.precision() == DatePrecision.MONTH)
			.map(m -> m.when(locale)).orElse(null);
	}

	/** The review's header, for the page, with the language the minutes were read in (es, en, pt or fr). */
	record ReviewView(UUID id, long version, String meetingTitle, LocalDate meetingDate, String processes,
			String fileName, String status, String createdBy, String language,
			@Nullable String meetingTitleLanguage) {

		/** The header with the meeting's title as this reader reads it ({@link MeetingTitleShown}). */
		static ReviewView of(Review review, MeetingTitleShown.Shown title) {
			return new ReviewView(review.getId(), review.getVersion(), title.title(),
					review.meeting().date(), String.join(" ", Conference.codes(review.meeting().processes())),
					review.getFileName(), review.getStatus().name(), review.getCreatedByName(),
					review.getLanguage(), title.language());
		}
	}

	/** The headers of a list of reviews, their meetings' titles asked of the calendar once. */
	List<ReviewView> views(List<Review> list) {
		var shown = titles.forAll(list.stream().map(Review::meeting).toList());
		return list.stream().map(r -> ReviewView.of(r, shown.apply(r.meeting()))).toList();
	}

	/** A suggestion of the reading: its words, and whether it can be shown in the source. */
	record SuggestionView(String key, String text, boolean located, List<PartyReference> responsible,
			List<DateMention> dates) {

		/** With the parties and dates the reading read in it: what "Añadir" adds with its words (suggest19). */
		static SuggestionView of(ReviewItem item) {
			return new SuggestionView(item.key(), item.text(), item.sourceStart() >= 0, item.responsible(),
					item.dates());
		}
	}

	/** The form to add an item the reading missed, as typed, with why it was not added. */
	record Addition(String text, List<String> errors) {

		static final Addition BLANK = new Addition("", List.of());
	}

	/** The page, with the items of {@code typed} as the reviewer typed them. */
	String show(Review review, Map<String, ReviewController.ItemView> typed, Model model, Locale locale) {
		return show(review, typed, Addition.BLANK, model, locale);
	}

	/** The page, with the items of {@code typed} and the item to add as the reviewer typed them. */
	String show(Review review, Map<String, ReviewController.ItemView> typed, Addition addition, Model model,
			Locale locale) {
		return show(review, typed, addition, STEP, model, locale);
	}

	/** The page with {@code shown} suggestions (or as many as the review keeps), as "show more" without script asks. */
	String show(Review review, int shown, Model model, Locale locale) {
		return show(review, Map.of(), Addition.BLANK, shown, model, locale);
	}

	/**
	 * The suggestions after the first {@code from} (as many as the page shows at first), for "show more": the list's
	 * next items, the count, the link to the next ones and the source with their words marked.
	 */
	String more(Review review, int from, Model model, Locale locale) {
		List<ReviewItem> all = review.getStatus() == ReviewStatus.DRAFT ? review.suggestions() : List.of();
		int start = Math.max(0, Math.min(from, all.size()));
		int end = Math.min(all.size(), start + STEP);
		model.addAttribute("review", ReviewView.of(review, titles.of(review.meeting())));
		model.addAttribute("suggestions", all.subList(start, end).stream().map(SuggestionView::of).toList());
		count(all, end, model);
		model.addAttribute("sourceHtml", SourceHighlighter.mark(review.getSourceText(), review.items(),
				all.subList(0, end)));
		return "agreements/suggestions :: more";
	}

	/** How many suggestions are shown of how many, the next one's key and how many "show more" adds. */
	private static void count(List<ReviewItem> all, int shown, Model model) {
		model.addAttribute("shown", shown);
		model.addAttribute("step", STEP);
		model.addAttribute("suggestionsTotal", all.size());
		model.addAttribute("nextKey", shown < all.size() ? all.get(shown).key() : null);
		model.addAttribute("moreCount", Math.min(STEP, all.size() - shown));
	}

	private String show(Review review, Map<String, ReviewController.ItemView> typed, Addition addition, int shown,
			Model model, Locale locale) {
		List<ReviewItem> items = review.items();
		boolean draft = review.getStatus() == ReviewStatus.DRAFT;
		List<ReviewItem> kept = draft ? review.suggestions() : List.of();
		List<ReviewItem> suggestions = kept.subList(0, Math.max(0, Math.min(kept.size(), Math.max(STEP, shown))));
		count(kept, suggestions.size(), model);
		model.addAttribute("review", ReviewView.of(review, titles.of(review.meeting())));
		model.addAttribute("meetingWhen", coarseWhen(review, locale));
		model.addAttribute("minutesDocument", reviews.minutesDocument(review.getMinutesDocumentId()).orElse(null));
		model.addAttribute("items", items.stream()
			.map(i -> typed.getOrDefault(i.key(), ReviewController.ItemView.of(i, flags.of(i, locale)))).toList());
		model.addAttribute("suggestions", suggestions.stream().map(SuggestionView::of).toList());
		model.addAttribute("addition", addition);
		model.addAttribute("longestText", ItemCorrection.LONGEST_TEXT);
		model.addAttribute("longestTheme", ItemCorrection.LONGEST_THEME);
		model.addAttribute("sourceHtml", SourceHighlighter.mark(review.getSourceText(), items, suggestions));
		model.addAttribute("choices", parties.choices(locale));
		model.addAttribute("draft", draft);
		model.addAttribute("revision", draft ? revision.preview(review) : null);
		model.addAttribute("dateKinds", DateKind.values());
		model.addAttribute("precisions", DatePrecision.WORDS);
		return PAGE;
	}
}
