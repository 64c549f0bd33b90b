package org.puente.drafting;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.puente.accounts.AccountSummary;
import org.puente.audit.AuditedEntity;
import org.puente.audit.AuditedChange;
import org.puente.refusal.NotFoundException;
import org.puente.refusal.RefusalKind;
import org.puente.refusal.RefusedException;
import org.puente.refusal.SeenVersion;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Amendments from proposal to decision: proposing (inside a round, or late as the round allows), rebasing on a
 * reworded paragraph, support by countries, the discussion, withdrawal by the proponent, and the decision that
 * applies an accepted change to the text. Each is one transaction with its audit entry.
 */
@Service
class Amending {

	static final int MAX_COMMENT = 4_000;

	private final TextRepository texts;

	private final ParagraphRepository paragraphs;

	private final AmendmentRepository amendments;

	private final CommentRepository comments;

	private final Rounds rounds;

	private final DraftingPolicy policy;

	private final ApplicationEventPublisher events;

	private final ParagraphHistory history;

	Amending(TextRepository texts, ParagraphRepository paragraphs, AmendmentRepository amendments,
			CommentRepository comments, Rounds rounds, DraftingPolicy policy,
			ApplicationEventPublisher events, ParagraphHistory history) {
		this.history = history;
		this.texts = texts;
		this.paragraphs = paragraphs;
		this.amendments = amendments;
		this.comments = comments;
		this.rounds = rounds;
		this.policy = policy;
		this.events = events;
	}

	/**
	 * @param seenRevision the paragraph's revision the proponent read; a newer one refuses with both texts
	 */
	@Transactional
	UUID propose(UUID paragraphId, int seenRevision, @Nullable String proponent, Supplier<AmendmentChange> proposed,
			AccountSummary actor) {
		DraftParagraph paragraph = liveParagraph(paragraphId);
		DraftText text = text(paragraph.getTextId());
		policy.requireProponent(proponent, actor);
		// built here, after the paragraph (404) and the proponent (403): what is wrong with a proposal is said only to
		// someone who may make it, about a paragraph that exists
		AmendmentChange change = proposed.get();
		Rounds.Admission admission = rounds.admit(text);
		requireSeen(paragraph, seenRevision);
		change.requireFits(paragraph.getBody());
		Amendment amendment = amendments.save(new Amendment(paragraph, change, proponent, admission.roundId(),
				admission.late(), actor.username()));
		events.publishEvent(new AmendmentEvents.AmendmentProposed(text.getId(), amendment.getId(), proponent,
				admission.late(), AuditedChange.created(AuditedEntity.AMENDMENT, amendment.getId(), text.getTitleEs())
					.after(state(amendment))));
		return amendment.getId();
	}

	@Transactional
	void rebase(UUID amendmentId, int seenRevision, AmendmentChange change, AccountSummary actor) {
		Amendment amendment = amendment(amendmentId);
		requireSpeaksFor(amendment, actor);
		DraftParagraph paragraph = liveParagraph(amendment.getParagraphId());
		text(paragraph.getTextId()).requireOpenForDecisions();
		requireSeen(paragraph, seenRevision);
		change.requireFits(paragraph.getBody());
		Map<String, Object> before = state(amendment);
		amendment.rebase(change, paragraph);
		events.publishEvent(new AmendmentEvents.AmendmentRebased(amendmentId,
				AuditedChange.updated(AuditedEntity.AMENDMENT, amendmentId, "rebase").before(before)
					.after(state(amendment))));
	}

	@Transactional
	void support(UUID amendmentId, boolean supporting, AccountSummary actor) {
		Amendment amendment = amendment(amendmentId);
		if (!policy.maySupport(actor)) {
			throw new RefusedException(RefusalKind.FORBIDDEN, "drafting.support.forbidden");
		}
		String country = String.valueOf(actor.countryIso2());
		if (amendment.getProponent().equals(country)) {
			throw new RefusedException(RefusalKind.INVALID, "drafting.support.own");
		}
		if (supporting) {
			amendment.support(country, actor.username());
		}
		else {
			amendment.withdrawSupport(country);
		}
		events.publishEvent(new AmendmentEvents.AmendmentSupported(amendmentId, country, supporting, AuditedChange
			.updated(AuditedEntity.AMENDMENT, amendmentId, supporting ? "support" : "unsupport")
			.after(Map.of("country", country, "supports", supporting))));
	}

	@Transactional
	UUID comment(UUID amendmentId, @Nullable UUID parentId, @Nullable String body, AccountSummary actor) {
		Amendment amendment = amendment(amendmentId);
		if (!policy.mayDiscuss(actor)) {
			throw new RefusedException(RefusalKind.FORBIDDEN, "drafting.comment.forbidden");
		}
		String text = AmendmentChange.plain(body, "drafting.comment.required");
		if (text.length() > MAX_COMMENT) {
			throw new RefusedException(RefusalKind.INVALID, "drafting.amendment.tooLong", MAX_COMMENT);
		}
		if (parentId != null && comments.findById(parentId).filter(c -> c.getAmendmentId().equals(amendmentId))
			.isEmpty()) {
			throw new NotFoundException("drafting.comment.notFound");
		}
		AmendmentComment saved = comments.save(new AmendmentComment(amendment.getId(), parentId, actor.username(),
				actor.displayName(), text));
		events.publishEvent(new AmendmentEvents.AmendmentCommented(amendmentId, saved.getId(), AuditedChange
			.created(AuditedEntity.AMENDMENT_COMMENT, saved.getId(), "amendment " + amendmentId)
			.after(Map.of("body", text))));
		return saved.getId();
	}

	@Transactional
	void withdraw(UUID amendmentId, AccountSummary actor) {
		Amendment amendment = amendment(amendmentId);
		requireSpeaksFor(amendment, actor);
		Map<String, Object> before = state(amendment);
		amendment.withdraw(actor.username());
		events.publishEvent(new AmendmentEvents.AmendmentWithdrawn(amendmentId,
				AuditedChange.transition(AuditedEntity.AMENDMENT, amendmentId, "withdraw").before(before)
					.after(state(amendment))));
	}

	/** A secretariat (or the plenary, through it) decides; accepting applies the change to the text. */
	@Transactional
	void decide(UUID amendmentId, Decision decision, long expectedVersion, AccountSummary actor) {
		Amendment amendment = amendment(amendmentId);
		DraftText text = text(amendment.getTextId());
		policy.requireManager(text, actor);
		text.requireOpenForDecisions();
		SeenVersion.require(expectedVersion, amendment.getVersion(), Amendment.class, amendmentId);
		if (decision.note() != null && decision.note().length() > AmendmentChange.MAX_TEXT) {
			throw new RefusedException(RefusalKind.INVALID, "drafting.amendment.tooLong", AmendmentChange.MAX_TEXT);
		}
		Map<String, Object> before = state(amendment);
		UUID into = null;
		if (decision.outcome() == AmendmentStatus.MERGED) {
			into = mergeTarget(amendment, decision.mergeInto());
		}
		if (decision.outcome() == AmendmentStatus.ACCEPTED && amendment.getKind().changesText()) {
			DraftParagraph paragraph = liveParagraph(amendment.getParagraphId());
			apply(amendment, paragraph);
			history.record(paragraphs.saveAndFlush(paragraph));
		}
		amendment.decide(decision.outcome(), actor.username(), decision.meetingId(), decision.meetingTitle(),
				decision.note(), into);
		events.publishEvent(new AmendmentEvents.AmendmentDecided(text.getId(), amendmentId, decision.outcome(),
				decision.meetingId(), AuditedChange.transition(AuditedEntity.AMENDMENT, amendmentId, text.getTitleEs())
					.before(before).after(state(amendment))));
	}

	/**
	 * What a decision says: the outcome, the meeting that took it, a note, and for a merge the amendment kept. A title
	 * or a note left blank is none; what is there is kept without the spaces around it (the page's form and the API's
	 * body alike).
	 */
	record Decision(AmendmentStatus outcome, @Nullable UUID meetingId, @Nullable String meetingTitle,
			@Nullable String note, @Nullable UUID mergeInto) {

		Decision {
			meetingTitle = typed(meetingTitle);
			note = typed(note);
		}

		private static @Nullable String typed(@Nullable String text) {
			return text == null || text.isBlank() ? null : text.strip();
		}
	}

	private void apply(Amendment amendment, DraftParagraph paragraph) {
		switch (amendment.getKind()) {
			case REPLACE -> {
				String original = String.valueOf(amendment.getOriginal());
				int at = paragraph.getBody().indexOf(original);
				if (at < 0) {
					throw new RefusedException(RefusalKind.CONFLICT, "drafting.decision.stale");
				}
				paragraph.rewrite(paragraph.getBody().substring(0, at) + amendment.getReplacement()
						+ paragraph.getBody().substring(at + original.length()));
			}
			case DELETE -> paragraph.delete();
			case INSERT_AFTER -> insertAfter(paragraph, String.valueOf(amendment.getReplacement()));
			default -> {
			}
		}
	}

	private void insertAfter(DraftParagraph paragraph, String body) {
		List<DraftParagraph> all = paragraphs.findByTextIdOrderByPosition(paragraph.getTextId());
		for (DraftParagraph later : all) {
			if (later.getPosition() > paragraph.getPosition()) {
				later.moveTo(later.getPosition() + 1);
			}
		}
		paragraphs.flush();
		history.record(paragraphs.saveAndFlush(new DraftParagraph(paragraph.getTextId(), paragraph.getPosition() + 1,
				body)));
	}

	private UUID mergeTarget(Amendment amendment, @Nullable UUID into) {
		Amendment target = into == null ? null : amendments.findById(into).orElse(null);
		if (target == null || target.getId().equals(amendment.getId())
				|| !target.getTextId().equals(amendment.getTextId())
				|| target.getStatus() == AmendmentStatus.REJECTED || target.getStatus() == AmendmentStatus.WITHDRAWN) {
			throw new RefusedException(RefusalKind.INVALID, "drafting.decision.mergeTarget");
		}
		return target.getId();
	}

	private void requireSeen(DraftParagraph paragraph, int seenRevision) {
		if (paragraph.getRevision() != seenRevision) {
			throw new ParagraphChanged(paragraph.getBody(), paragraph.getRevision());
		}
	}

	private void requireSpeaksFor(Amendment amendment, AccountSummary actor) {
		if (!policy.speaksFor(amendment, actor)) {
			throw new RefusedException(RefusalKind.FORBIDDEN, "drafting.amendment.notYours");
		}
	}

	private DraftText text(UUID id) {
		return texts.findById(id).orElseThrow(() -> new NotFoundException("drafting.text.notFound"));
	}

	private DraftParagraph liveParagraph(UUID id) {
		return paragraphs.findById(id).filter(p -> !p.isDeleted())
			.orElseThrow(() -> new NotFoundException("drafting.paragraph.notFound"));
	}

	/** One amendment, for the pages that act on it (404 when there is none). */
	Amendment amendment(UUID id) {
		return amendments.findById(id).orElseThrow(() -> new NotFoundException("drafting.amendment.notFound"));
	}

	private static Map<String, Object> state(Amendment a) {
		Map<String, Object> state = new java.util.LinkedHashMap<>();
		state.put("kind", a.getKind());
		state.put("proponent", a.getProponent());
		state.put("status", a.getStatus());
		state.put("original", String.valueOf(a.getOriginal()));
		state.put("replacement", String.valueOf(a.getReplacement()));
		state.put("reason", a.getReason());
		state.put("late", a.isLate());
		return state;
	}
}
