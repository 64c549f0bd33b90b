package org.puente.agreements;

import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.puente.audit.AuditTrail;
import org.puente.audit.AuditedEntity;
import org.puente.refusal.NotFoundException;
import org.puente.web.EditConflict;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A progress report overtaken by someone else's ({@link EditConflict}): what differs is the agreement's status — the
 * note and the link are added to the history, never replaced, so they are the reporter's own on either side.
 */
@Component
class ReportConflicts {

	private final Agreements agreements;

	private final AuditTrail audit;

	private final MessageSource messages;

	ReportConflicts(Agreements agreements, AuditTrail audit, MessageSource messages) {
		this.agreements = agreements;
		this.audit = audit;
		this.messages = messages;
	}

	/** The agreement now, as a report would leave it: its status, and the note and link this reporter typed. */
	EditConflict.Stored<AgreementController.Typed> stored(UUID id, AgreementController.Typed typed) {
		AgreementSummary now = agreements.find(id).orElseThrow(() -> new NotFoundException("agreements.notFound"));
		AgreementController.Typed stored = new AgreementController.Typed(typed.note(), typed.evidenceUrl(),
				now.status());
		return audit.lastChange(AuditedEntity.AGREEMENT, id,
				(by, at) -> new EditConflict.Stored<>(stored, now.version(), by, at));
	}

	EditConflict.Fields<AgreementController.Typed> fields(Locale locale) {
		return new EditConflict.Fields<>(Map.of("status", "agreements.field.status"),
				(field, value) -> value instanceof AgreementStatus status
						? messages.getMessage("agreements.status." + status.name(), null, status.name(), locale)
						: EditConflict.plain(value));
	}
}
