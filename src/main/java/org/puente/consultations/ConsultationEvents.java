package org.puente.consultations;

import java.util.List;
import java.util.UUID;

import org.puente.audit.AuditableEvent;
import org.puente.audit.AuditedChange;

/** What happens to consultations and the countries' answers, in the past tense (the audit trail records each one). */
public final class ConsultationEvents {

	private ConsultationEvents() {
	}

	/** A secretariat drew up a consultation, or added a question to it. */
	public record ConsultationDrafted(UUID consultationId, AuditedChange audited) implements AuditableEvent {
	}

	/** A consultation went to the member states of its conferences, or they were reminded of it. */
	public record ConsultationSent(UUID consultationId, List<String> countries, boolean reminder,
			AuditedChange audited) implements AuditableEvent {
	}

	/**
	 * A secretariat closed a consultation (no country answers it any more), or {@code reopened} it to answers;
	 * {@code countries}: those it was sent to.
	 */
	public record ConsultationClosed(UUID consultationId, List<String> countries, boolean reopened,
			AuditedChange audited) implements AuditableEvent {
	}

	/** A focal point saved an answer (text, choices or a file) of their country's draft response. */
	public record AnswerSaved(UUID answerId, String countryIso2, AuditedChange audited) implements AuditableEvent {
	}

	/** A country submitted its response. */
	public record ResponseSubmitted(UUID responseId, String countryIso2, boolean late, AuditedChange audited)
			implements AuditableEvent {
	}

	/** A secretariat reopened a country's submitted response. */
	public record ResponseReopened(UUID consultationId, UUID responseId, String countryIso2, AuditedChange audited)
			implements AuditableEvent {
	}
}
