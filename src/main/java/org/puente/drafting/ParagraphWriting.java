package org.puente.drafting;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.puente.accounts.AccountSummary;
import org.puente.audit.AuditedEntity;
import org.puente.audit.AuditedChange;
import org.puente.refusal.NotFoundException;
import org.puente.refusal.RefusalKind;
import org.puente.refusal.RefusedException;
import org.puente.refusal.SeenVersion;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A secretariat writes a text's paragraphs: rewords the Spanish master, adds a paragraph while drafting, translates
 * one. Behind the door ({@link DraftingManagement}).
 */
@Component
class ParagraphWriting {

	/** The languages a paragraph is translated into from its Spanish master. */
	static final List<String> TRANSLATIONS = List.of("en", "pt", "fr");

	private final TextRepository texts;

	private final ParagraphRepository paragraphs;

	private final DraftingPolicy policy;

	private final ApplicationEventPublisher events;

	private final ParagraphHistory history;

	ParagraphWriting(TextRepository texts, ParagraphRepository paragraphs, DraftingPolicy policy,
			ApplicationEventPublisher events, ParagraphHistory history) {
		this.texts = texts;
		this.paragraphs = paragraphs;
		this.policy = policy;
		this.events = events;
		this.history = history;
	}

	/** A secretariat rewords the Spanish master; translations made from the old wording become stale. */
	@Transactional
	void rewrite(UUID paragraphId, long expectedVersion, String body, AccountSummary actor) {
		DraftParagraph paragraph = paragraph(paragraphId);
		DraftText text = managed(paragraph.getTextId(), actor);
		text.requireDrafting();
		SeenVersion.require(expectedVersion, paragraph.getVersion(), DraftParagraph.class, paragraphId);
		String before = paragraph.getBody();
		if (paragraph.rewrite(AmendmentChange.plain(body, "drafting.paragraph.required"))) {
			history.record(paragraphs.saveAndFlush(paragraph));
			events.publishEvent(new DraftingEvents.ParagraphWritten(text.getId(), paragraphId, AuditedChange
				.updated(AuditedEntity.PARAGRAPH, paragraphId, text.getTitleEs()).before(Map.of("body", before))
				.after(Map.of("body", paragraph.getBody()))));
		}
	}

	/** A new paragraph at the end of the base text, while drafting: its id. */
	@Transactional
	UUID append(UUID textId, String body, AccountSummary actor) {
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
		return added.getId();
	}

	/** A translation of one paragraph, aligned with the master wording it was made from. */
	@Transactional
	void translate(UUID paragraphId, String language, String body, AccountSummary actor) {
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

	private DraftText managed(UUID textId, AccountSummary actor) {
		DraftText text = texts.findById(textId).orElseThrow(() -> new NotFoundException("drafting.text.notFound"));
		policy.requireManager(text, actor);
		return text;
	}

	/** A live paragraph as stored now; a deleted or unknown one is not found. */
	DraftParagraph paragraph(UUID id) {
		return paragraphs.findById(id).filter(p -> !p.isDeleted())
			.orElseThrow(() -> new NotFoundException("drafting.paragraph.notFound"));
	}
}
