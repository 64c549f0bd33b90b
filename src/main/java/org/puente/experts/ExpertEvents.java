package org.puente.experts;

import java.util.UUID;

import org.puente.audit.AuditableEvent;
import org.puente.audit.AuditedChange;

/**
 * What happens to the roster of experts and the nomination rounds, in the past tense (the audit trail records each
 * one; entries about people name them by id only).
 */
public final class ExpertEvents {

	private ExpertEvents() {
	}

	/** An expert was entered in the roster or their entry corrected. */
	public record ExpertSaved(UUID expertId, AuditedChange audited) implements AuditableEvent {
	}

	/** An expert withdrew their consent to be listed. */
	public record ConsentWithdrawn(UUID expertId, AuditedChange audited) implements AuditableEvent {
	}

	/** Everything the roster holds on an expert was exported (a data subject's request). */
	public record ExpertExported(UUID expertId, AuditedChange audited) implements AuditableEvent {
	}

	/** An expert's entry and nominations were erased. */
	public record ExpertErased(UUID expertId, AuditedChange audited) implements AuditableEvent {
	}

	/** Experts were imported from a CSV file. */
	public record RosterImported(int experts, AuditedChange audited) implements AuditableEvent {
	}

	/** A nomination round was opened. */
	public record NominationRoundOpened(UUID roundId, AuditedChange audited) implements AuditableEvent {
	}

	/** A country proposed an expert in a round. */
	public record ExpertNominated(UUID nominationId, UUID roundId, AuditedChange audited) implements AuditableEvent {
	}

	/** A nomination was agreed, declined or withdrawn. */
	public record NominationDecided(UUID nominationId, NominationStatus status, AuditedChange audited)
			implements AuditableEvent {
	}

	/** A conference's presidency approved a round's joint list. */
	public record NominationListApproved(UUID roundId, String conference, AuditedChange audited)
			implements AuditableEvent {
	}

	/** The joint letter's template was rewritten in one language. */
	public record LetterTemplateRewritten(String language, AuditedChange audited) implements AuditableEvent {
	}
}
