package org.puente.drafting;

import java.util.UUID;

import org.puente.audit.AuditableEvent;
import org.puente.audit.AuditedChange;

/** What happens to a text while a secretariat drafts it, in the past tense (the audit trail records each one). */
public final class DraftingEvents {

	private DraftingEvents() {
	}

	/** A secretariat started a text from its Spanish master wording. */
	public record TextCreated(UUID textId, AuditedChange audited) implements AuditableEvent {
	}

	/** A paragraph of the master wording was added or reworded. */
	public record ParagraphWritten(UUID textId, UUID paragraphId, AuditedChange audited) implements AuditableEvent {
	}

	/** A paragraph's translation was written or corrected. */
	public record ParagraphTranslated(UUID textId, UUID paragraphId, String language, AuditedChange audited)
			implements AuditableEvent {
	}
}
