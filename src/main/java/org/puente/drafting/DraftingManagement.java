package org.puente.drafting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.puente.accounts.AccountSummary;
import org.puente.audit.AuditedEntity;
import org.puente.audit.AuditedChange;
import org.puente.refusal.NotFoundException;
import org.puente.refusal.RefusalKind;
import org.puente.refusal.RefusedException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The drafting capability's one door: texts and their paragraphs, translations kept aligned with the Spanish
 * master, approval in plenary and submission. Amendments go through {@link Amending}, rounds through
 * {@link Rounds}; the compilations through {@link Compilations}.
 */
@Service
public class DraftingManagement {

	private static final List<String> TRANSLATIONS = List.of("en", "pt", "fr");

	private final TextRepository texts;

	private final ParagraphRepository paragraphs;

	private final AmendmentRepository amendments;

	private final DraftingPolicy policy;

	private final Approvals approvals;

	private final ApplicationEventPublisher events;

	private final ParagraphHistory history;

	DraftingManagement(TextRepository texts, ParagraphRepository paragraphs, AmendmentRepository amendments,
			DraftingPolicy policy, Approvals approvals, ApplicationEventPublisher events, ParagraphHistory history) {
		this.history = history;
		this.texts = texts;
		this.paragraphs = paragraphs;
		this.amendments = amendments;
		this.policy = policy;
		this.approvals = approvals;
		this.events = events;
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
	@Transactional
	public void rewrite(UUID paragraphId, long expectedVersion, String body, AccountSummary actor) {
		DraftParagraph paragraph = paragraph(paragraphId);
		DraftText text = managed(paragraph.getTextId(), actor);
		text.requireDrafting();
		if (paragraph.getVersion() != expectedVersion) {
			throw new ObjectOptimisticLockingFailureException(DraftParagraph.class, paragraphId);
		}
		String before = paragraph.getBody();
		if (paragraph.rewrite(AmendmentChange.plain(body, "drafting.paragraph.required"))) {
			history.record(paragraphs.saveAndFlush(paragraph));
			events.publishEvent(new DraftingEvents.ParagraphWritten(text.getId(), paragraphId, AuditedChange
				.updated(AuditedEntity.PARAGRAPH, paragraphId, text.getTitleEs()).before(Map.of("body", before))
				.after(Map.of("body", paragraph.getBody()))));
		}
	}

	/** A new paragraph at the end of the base text, while drafting. */
	@Transactional
	public void append(UUID textId, String body, AccountSummary actor) {
		DraftText text = managed(textId, actor);
		text.requireDrafting();
		int last = paragraphs.findByTextIdOrderByPosition(textId).stream().mapToInt(DraftParagraph::getPosition)
			.max().orElse(0);
		DraftParagraph added = paragraphs.saveAndFlush(new DraftParagraph(textId, last + 1,
				AmendmentChange.plain(body, "drafting.paragraph.required")));
		history.record(added);
		events.publishEvent(new DraftingEvents.ParagraphWritten(textId, added.getId(), AuditedChange
			.created(AuditedEntity.PARAGRAPH, added.getId(), text.getTitleEs())
			.after(Map.of("body", added.getBody()))));
	}

	/** A translation of one paragraph, aligned with the master wording it was made from. */
	@Transactional
	public void translate(UUID paragraphId, String language, String body, AccountSummary actor) {
		if (!TRANSLATIONS.contains(language)) {
			throw new RefusedException(RefusalKind.INVALID, "drafting.translation.language");
		}
		DraftParagraph paragraph = paragraph(paragraphId);
		DraftText text = managed(paragraph.getTextId(), actor);
		text.requireOpenForDecisions();
		String before = paragraph.translation(language).map(DraftParagraph.Translation::getBody).orElse("");
		paragraph.translate(language, AmendmentChange.plain(body, "drafting.paragraph.required"), actor.username());
		events.publishEvent(new DraftingEvents.ParagraphTranslated(text.getId(), paragraphId, language, AuditedChange
			.updated(AuditedEntity.TRANSLATION, paragraphId, text.getTitleEs() + " / " + language)
			.before(Map.of("body", before)).after(Map.of("body", body.strip()))));
	}

	/** The plenary's approval: the meeting (picked, or named when it is not in the calendar), its date, the agreement. */
	public record Approval(@Nullable UUID meetingId, @Nullable String meetingTitle, @Nullable LocalDate on,
			@Nullable String agreement) {
	}

	/** The plenary approved the final text: it becomes a version of a document in the repository. */
	@Transactional
	public UUID approve(UUID textId, Approval approval, AccountSummary actor) {
		DraftText text = managed(textId, actor);
		return approvals.approve(text, live(textId), approval, actor);
	}

	/** The approved text was sent (to the UN Secretariat): when and under which reference. */
	@Transactional
	public void submit(UUID textId, @Nullable LocalDate on, @Nullable String reference, AccountSummary actor) {
		DraftText text = managed(textId, actor);
		approvals.submit(text, on, reference, actor);
	}

	List<DraftParagraph> live(UUID textId) {
		return paragraphs.findByTextIdOrderByPosition(textId).stream().filter(p -> !p.isDeleted()).toList();
	}

	private DraftText managed(UUID textId, AccountSummary actor) {
		DraftText text = texts.findById(textId).orElseThrow(() -> new NotFoundException("drafting.text.notFound"));
		policy.requireManager(text, actor);
		return text;
	}

	private DraftParagraph paragraph(UUID id) {
		return paragraphs.findById(id).filter(p -> !p.isDeleted())
			.orElseThrow(() -> new NotFoundException("drafting.paragraph.notFound"));
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
