package org.puente.drafting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.puente.accounts.AccountSummary;
import org.puente.meetings.MeetingKind;
import org.puente.meetings.MeetingSummary;
import org.puente.meetings.Meetings;
import org.puente.refusal.NotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Assembles {@link TextPage} for a reader: paragraphs numbered, amendments grouped, threads ordered. */
@Component
class TextPages {

	private static final List<String> TRANSLATIONS = List.of("en", "pt", "fr");

	private final TextRepository texts;

	private final ParagraphRepository paragraphs;

	private final AmendmentRepository amendments;

	private final CommentRepository comments;

	private final Rounds rounds;

	private final DraftingPolicy policy;

	private final Compilations compilations;

	private final ParagraphHistory history;

	private final Meetings meetings;

	private final Clock clock;

	TextPages(TextRepository texts, ParagraphRepository paragraphs, AmendmentRepository amendments,
			CommentRepository comments, Rounds rounds, DraftingPolicy policy, Compilations compilations,
			ParagraphHistory history, Meetings meetings, Clock clock) {
		this.history = history;
		this.meetings = meetings;
		this.texts = texts;
		this.paragraphs = paragraphs;
		this.amendments = amendments;
		this.comments = comments;
		this.rounds = rounds;
		this.policy = policy;
		this.compilations = compilations;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	TextPage page(UUID textId, AccountSummary reader, Locale locale) {
		DraftText text = texts.findById(textId).orElseThrow(() -> new NotFoundException("drafting.text.notFound"));
		List<Amendment> all = amendments.findByTextIdOrderByCreatedAt(textId);
		Map<UUID, List<AmendmentComment>> threads = comments.findByAmendmentIdInOrderByCreatedAt(
				all.stream().map(Amendment::getId).toList()).stream()
			.collect(Collectors.groupingBy(AmendmentComment::getAmendmentId));
		String country = policy.maySupport(reader) ? reader.countryIso2() : null;
		List<TextPage.ParagraphView> views = new ArrayList<>();
		int number = 1;
		for (DraftParagraph p : paragraphs.findByTextIdOrderByPosition(textId)) {
			if (p.isDeleted()) {
				continue;
			}
			List<TextPage.AmendmentView> mine = all.stream()
				.filter(a -> a.getParagraphId().equals(p.getId()))
				.map(a -> view(a, p, threads.getOrDefault(a.getId(), List.of()), reader, country, locale))
				.toList();
			Set<String> stale = new TreeSet<>();
			Set<String> missing = new TreeSet<>();
			for (String language : TRANSLATIONS) {
				if (p.translation(language).isEmpty()) {
					missing.add(language);
				}
				else if (p.isStale(language)) {
					stale.add(language);
				}
			}
			views.add(new TextPage.ParagraphView(p, number++, mine, stale, missing));
		}
		AmendmentRound round = rounds.current(textId).orElse(null);
		boolean open = round != null && round.isOpenAt(clock.instant());
		return new TextPage(text, views, round, round == null ? null : rounds.lastDay(round), open,
				policy.mayManage(text, reader), policy.proponentsFor(reader), country != null,
				policy.mayDiscuss(reader), country,
				(int) all.stream().filter(a -> a.getStatus().isOpen()).count(),
				policy.mayManage(text, reader) ? decidingMeetings(reader) : List.of());
	}

	private TextPage.AmendmentView view(Amendment a, DraftParagraph p, List<AmendmentComment> thread,
			AccountSummary reader, @Nullable String country, Locale locale) {
		return new TextPage.AmendmentView(a, compilations.proponent(a.getProponent(), locale),
				a.getStatus().isOpen() && a.isStale(p),
				a.supporters().stream().map(code -> compilations.proponent(code, locale)).toList(), threaded(thread),
				a.getStatus().isOpen() && policy.speaksFor(a, reader),
				country != null && a.supporters().contains(country));
	}

	/** One paragraph to amend: its text, its number, on whose behalf the reader may propose, and the round. */
	record ParagraphContext(DraftText text, DraftParagraph paragraph, int number, List<String> proponents,
			Map<String, String> proponentLabels, @Nullable AmendmentRound round, @Nullable LocalDate lastDay,
			boolean roundOpen) {

		/** Whether a proposal sent from this form can be taken (the text open to change, the round taking it). */
		public boolean takesProposals() {
			return !text.getStatus().isFinal() && Rounds.takesProposals(round, roundOpen);
		}
	}

	@Transactional(readOnly = true)
	ParagraphContext paragraph(UUID paragraphId, AccountSummary reader, Locale locale) {
		DraftParagraph paragraph = paragraphs.findById(paragraphId).filter(p -> !p.isDeleted())
			.orElseThrow(() -> new NotFoundException("drafting.paragraph.notFound"));
		DraftText text = texts.findById(paragraph.getTextId())
			.orElseThrow(() -> new NotFoundException("drafting.text.notFound"));
		int number = 1;
		for (DraftParagraph p : paragraphs.findByTextIdOrderByPosition(text.getId())) {
			if (p.getId().equals(paragraphId)) {
				break;
			}
			number += p.isDeleted() ? 0 : 1;
		}
		List<String> proponents = policy.proponentsFor(reader);
		Map<String, String> labels = new java.util.LinkedHashMap<>();
		proponents.forEach(code -> labels.put(code, compilations.proponent(code, locale)));
		AmendmentRound round = rounds.current(text.getId()).orElse(null);
		return new ParagraphContext(text, paragraph, number, proponents, labels, round,
				round == null ? null : rounds.lastDay(round), round != null && round.isOpenAt(clock.instant()));
	}

	/** The paragraph's wording at an earlier revision (what a proponent read), or null if unknown. */
	@Nullable String wordingAt(DraftParagraph paragraph, int revision) {
		return history.wordingAt(paragraph.getId(), revision).orElse(null);
	}

	/** Plenaries and joint meetings, latest first: the meetings that decide on amendments and approve texts. */
	private List<MeetingSummary> decidingMeetings(AccountSummary reader) {
		return meetings
			.between(LocalDate.of(2000, 1, 1), LocalDate.now(clock).plusYears(2), java.util.Optional.of(reader))
			.stream()
			.filter(m -> m.kind() == MeetingKind.PLENARY || m.isJoint())
			.sorted(java.util.Comparator.comparing(MeetingSummary::startDate).reversed())
			.toList();
	}

	/** Replies under the message they answer, in the order they were written. */
	static List<TextPage.CommentView> threaded(List<AmendmentComment> thread) {
		List<TextPage.CommentView> ordered = new ArrayList<>();
		addReplies(null, 0, thread, ordered);
		return ordered;
	}

	private static void addReplies(@Nullable UUID parent, int depth, List<AmendmentComment> thread,
			List<TextPage.CommentView> ordered) {
		for (AmendmentComment c : thread) {
			if (java.util.Objects.equals(c.getParentId(), parent)) {
				ordered.add(new TextPage.CommentView(c, Math.min(depth, 4)));
				addReplies(c.getId(), depth + 1, thread, ordered);
			}
		}
	}
}
