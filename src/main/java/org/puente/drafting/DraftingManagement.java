package org.puente.drafting;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.puente.accounts.AccountSummary;
import org.puente.audit.AuditedEntity;
import org.puente.audit.AuditedChange;
import org.puente.refusal.NotFoundException;
import org.puente.refusal.RefusalKind;
import org.puente.refusal.RefusedException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The drafting capability's one door: texts and their paragraphs, translations kept aligned with the Spanish
 * master, approval in plenary and submission. The module's pages call only this service, which hands paragraphs
 * to {@link ParagraphWriting}, amendments to {@link Amending}, rounds to {@link Rounds}, the pages' reads to
 * {@link TextPages}, the compilations to {@link Compilations} and unsent amendment forms to {@link AmendmentDrafts}.
 */
@Service
public class DraftingManagement {

	private final TextRepository texts;

	private final ParagraphRepository paragraphs;

	private final AmendmentRepository amendments;

	private final DraftingPolicy policy;

	private final Approvals approvals;

	private final ApplicationEventPublisher events;

	private final ParagraphHistory history;

	private final ParagraphWriting writing;

	private final Amending amending;

	private final Rounds rounds;

	private final TextPages pages;

	private final Compilations compilations;

	private final AmendmentDrafts drafts;

	private final Clock clock;

	DraftingManagement(TextRepository texts, ParagraphRepository paragraphs, AmendmentRepository amendments,
			DraftingPolicy policy, Approvals approvals, ApplicationEventPublisher events, ParagraphHistory history,
			ParagraphWriting writing, Amending amending, Rounds rounds, TextPages pages, Compilations compilations,
			AmendmentDrafts drafts, Clock clock) {
		this.history = history;
		this.writing = writing;
		this.amending = amending;
		this.rounds = rounds;
		this.pages = pages;
		this.compilations = compilations;
		this.drafts = drafts;
		this.texts = texts;
		this.paragraphs = paragraphs;
		this.amendments = amendments;
		this.policy = policy;
		this.approvals = approvals;
		this.events = events;
		this.clock = clock;
	}

	/** Every text, by thematic session then title. */
	@Transactional(readOnly = true)
	public List<TextSummary> texts() {
		return texts.findAllByOrderByThematicSessionAscTitleEsAsc().stream().map(this::summary).toList();
	}

	@Transactional(readOnly = true)
	public Optional<TextSummary> find(UUID id) {
		return texts.findById(id).map(this::summary);
	}

	/** A text whose amendment round is open: the round's last day, and how many amendments wait for a decision. */
	record OpenRound(DraftText text, Optional<LocalDate> lastDay, long openAmendments) {
	}

	/** The texts taking proposals now, among those whose rounds the reader follows. */
	@Transactional(readOnly = true)
	List<OpenRound> openRounds(AccountSummary reader) {
		// the texts, their current rounds and their open amendments' counts each in one statement: they were read
		// text by text, statements growing with the open rounds (perf21)
		List<UUID> ids = rounds.openAt(clock.instant()).stream().map(AmendmentRound::getTextId).distinct().toList();
		if (ids.isEmpty()) {
			return List.of();
		}
		Map<UUID, DraftText> found = texts.findAllById(ids).stream().collect(Collectors.toMap(DraftText::getId, t -> t));
		Map<UUID, AmendmentRound> current = rounds.current(ids);
		Map<UUID, Long> open = amendments.countByTextIdInAndStatus(ids, AmendmentStatus.PROPOSED).stream()
			.collect(Collectors.toMap(row -> (UUID) row[0], row -> (Long) row[1]));
		return ids.stream().map(found::get)
			.filter(t -> t != null && DraftingPolicy.followsRoundOf(t, reader))
			.map(t -> new OpenRound(t, Optional.ofNullable(current.get(t.getId())).map(rounds::lastDay),
					open.getOrDefault(t.getId(), 0L)))
			.toList();
	}

	/** What a new text starts with: its base text pasted in, one paragraph per block separated by a blank line. */
	public record NewText(TextKind kind, String titleEs, @Nullable String titleEn, @Nullable String titlePt,
			@Nullable String titleFr, @Nullable Integer thematicSession, List<String> processes, String body) {
	}

	@Transactional
	public UUID create(NewText form, AccountSummary actor) {
		if (!actor.isAdmin() && !(actor.processCode() != null && form.processes().contains(actor.processCode())
				&& actor.mayEditProcess(actor.processCode()))) {
			throw new RefusedException(RefusalKind.FORBIDDEN, "drafting.forbidden.manage");
		}
		if (form.processes().isEmpty() || !DraftingPolicy.CONFERENCES.containsAll(form.processes())) {
			throw new RefusedException(RefusalKind.INVALID, "drafting.text.processesRequired");
		}
		if (form.thematicSession() != null && (form.thematicSession() < 1 || form.thematicSession() > 6)) {
			throw new RefusedException(RefusalKind.INVALID, "drafting.text.sessionUnknown");
		}
		String title = AmendmentChange.plain(form.titleEs(), "drafting.text.titleRequired");
		List<String> blocks = blocks(AmendmentChange.plainLong(form.body(), "drafting.text.bodyRequired"));
		DraftText text = new DraftText(form.kind(), title, form.thematicSession(), form.processes(),
				actor.username());
		text.retitle(title, blank(form.titleEn()), blank(form.titlePt()), blank(form.titleFr()));
		texts.save(text);
		for (int i = 0; i < blocks.size(); i++) {
			history.record(paragraphs.saveAndFlush(new DraftParagraph(text.getId(), i + 1, blocks.get(i))));
		}
		events.publishEvent(new DraftingEvents.TextCreated(text.getId(), AuditedChange
			.created(AuditedEntity.TEXT, text.getId(), title)
			.after(Map.of("kind", form.kind(), "paragraphs", blocks.size(), "processes", form.processes()))));
		return text.getId();
	}

	/** A secretariat rewords the Spanish master; translations made from the old wording become stale. */
	public void rewrite(UUID paragraphId, long expectedVersion, String body, AccountSummary actor) {
		writing.rewrite(paragraphId, expectedVersion, body, actor);
	}

	/** A new paragraph at the end of the base text, while drafting: its id. */
	public UUID append(UUID textId, String body, AccountSummary actor) {
		return writing.append(textId, body, actor);
	}

	/** A translation of one paragraph, aligned with the master wording it was made from. */
	public void translate(UUID paragraphId, String language, String body, AccountSummary actor) {
		writing.translate(paragraphId, language, body, actor);
	}

	/** The plenary's approval: the meeting (picked, or named when it is not in the calendar), its date, the agreement. */
	public record Approval(@Nullable UUID meetingId, @Nullable String meetingTitle, @Nullable LocalDate on,
			@Nullable String agreement) {
	}

	/** The plenary approved the final text: it becomes a version of a document in the repository. */
	@Transactional
	public UUID approve(UUID textId, Approval approval, AccountSummary actor) {
		DraftText text = requireManager(textId, actor);
		return approvals.approve(text, live(textId), approval, actor);
	}

	/** The approved text was sent (to the UN Secretariat): when and under which reference. */
	@Transactional
	public void submit(UUID textId, @Nullable LocalDate on, @Nullable String reference, AccountSummary actor) {
		DraftText text = requireManager(textId, actor);
		approvals.submit(text, on, reference, actor);
	}

	List<DraftParagraph> live(UUID textId) {
		return paragraphs.findByTextIdOrderByPosition(textId).stream().filter(p -> !p.isDeleted()).toList();
	}

	/** The text the actor may change; else refused (403), or not found (404), before a body is read. */
	DraftText requireManager(UUID textId, AccountSummary actor) {
		DraftText text = texts.findById(textId).orElseThrow(() -> new NotFoundException("drafting.text.notFound"));
		policy.requireManager(text, actor);
		return text;
	}

	TextPage page(UUID textId, AccountSummary reader, Locale locale) {
		return pages.page(textId, reader, locale);
	}

	TextPages.ParagraphContext paragraph(UUID paragraphId, AccountSummary reader, Locale locale) {
		return pages.paragraph(paragraphId, reader, locale);
	}

	/** The paragraph's master wording at a revision, for a proponent who read an older one. */
	@Nullable String wordingAt(DraftParagraph paragraph, int revision) {
		return pages.wordingAt(paragraph, revision);
	}

	Compilation compile(UUID textId, boolean tracked, Locale locale) {
		return compilations.compile(textId, tracked, locale);
	}

	byte[] write(Compilation compilation, Compilations.Format format, Locale locale) {
		return compilations.write(compilation, format, locale);
	}

	ProponentMatrix matrix(UUID textId, Locale locale) {
		return compilations.matrix(textId, locale);
	}

	Function<String, String> labels(Locale locale) {
		return compilations.labels(locale);
	}

	UUID propose(UUID paragraphId, int seenRevision, @Nullable String proponent, Supplier<AmendmentChange> change,
			AccountSummary actor) {
		return amending.propose(paragraphId, seenRevision, proponent, change, actor);
	}

	void rebase(UUID amendmentId, int seenRevision, AmendmentChange change, AccountSummary actor) {
		amending.rebase(amendmentId, seenRevision, change, actor);
	}

	void support(UUID amendmentId, boolean supporting, AccountSummary actor) {
		amending.support(amendmentId, supporting, actor);
	}

	UUID comment(UUID amendmentId, @Nullable UUID parentId, @Nullable String body, AccountSummary actor) {
		return amending.comment(amendmentId, parentId, body, actor);
	}

	void withdraw(UUID amendmentId, AccountSummary actor) {
		amending.withdraw(amendmentId, actor);
	}

	void decide(UUID amendmentId, Amending.Decision decision, long expectedVersion, AccountSummary actor) {
		amending.decide(amendmentId, decision, expectedVersion, actor);
	}

	Amendment amendment(UUID id) {
		return amending.amendment(id);
	}

	UUID openRound(UUID textId, @Nullable LocalDate lastDay, LatePolicy latePolicy, AccountSummary actor) {
		return rounds.open(textId, lastDay, latePolicy, actor);
	}

	void closeRound(UUID textId, AccountSummary actor) {
		rounds.close(textId, actor);
	}

	/** An amendment form not sent yet, kept for its author (see {@link AmendmentDrafts}). */
	void keepDraft(String account, UUID paragraphId, AmendmentForm form) {
		drafts.keep(account, paragraphId, form);
	}

	Optional<AmendmentForm> restoreDraft(String account, UUID paragraphId, AmendmentForm form) {
		return drafts.restore(account, paragraphId, form);
	}

	void dropDraft(String account, UUID paragraphId) {
		drafts.drop(account, paragraphId);
	}

	TextSummary summary(DraftText t) {
		List<Amendment> all = amendments.findByTextIdOrderByCreatedAt(t.getId());
		int open = (int) all.stream().filter(a -> a.getStatus().isOpen()).count();
		return new TextSummary(t.getId(), t.getKind(), t.getTitleEs(), t.getTitleEn(), t.getTitlePt(), t.getTitleFr(),
				t.getThematicSession(), t.getProcesses(), t.getStatus(), live(t.getId()).size(), open,
				all.size() - open, t.getDocumentId(), t.getApprovedOn(), t.getApprovedMeetingTitle(),
				t.getSubmittedOn(), t.getSubmittedReference());
	}

	/** Paragraphs are the blocks between blank lines; line breaks inside a block are kept as spaces. */
	static List<String> blocks(String body) {
		List<String> blocks = new ArrayList<>();
		for (String block : body.replace("\r\n", "\n").split("\\n\\s*\\n")) {
			String paragraph = block.strip().replaceAll("\\s*\\n\\s*", " ");
			if (!paragraph.isEmpty()) {
				blocks.add(paragraph);
			}
		}
		return blocks;
	}

	private static @Nullable String blank(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
