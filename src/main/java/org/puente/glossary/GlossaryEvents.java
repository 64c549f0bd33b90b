package org.puente.glossary;

import java.util.UUID;

import org.puente.audit.AuditableEvent;
import org.puente.audit.AuditedChange;

/** What happens to the glossary, as past-tense events (the audit trail records each one). */
public final class GlossaryEvents {

	private GlossaryEvents() {
	}

	/** A change to what the glossary shows of a term: its labels or its bi-regional definition. */
	public interface TermChanged {

		UUID termId();
	}

	/** A term was added or its labels, synonyms or note rewritten. */
	public record TermSaved(UUID termId, String slug, AuditedChange audited) implements AuditableEvent, TermChanged {
	}

	/** A country's definition of a term was entered, or given in a questionnaire answer. */
	public record CountryDefinitionSaved(UUID termId, String countryIso2, AuditedChange audited)
			implements AuditableEvent {
	}

	/** The wording of the bi-regional definition changed. */
	public record BiregionalDefinitionReworded(UUID termId, AuditedChange audited)
			implements AuditableEvent, TermChanged {
	}

	/** A conference agreed on the bi-regional definition's current wording. */
	public record BiregionalDefinitionAgreed(UUID termId, String conference, AuditedChange audited)
			implements AuditableEvent, TermChanged {
	}

	/** A meeting adopted the bi-regional definition of a term. */
	public record TermAdopted(UUID termId, UUID meetingId, AuditedChange audited)
			implements AuditableEvent, TermChanged {
	}
}
