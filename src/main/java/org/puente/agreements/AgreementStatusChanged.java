package org.puente.agreements;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.puente.audit.AuditableEvent;
import org.puente.audit.AuditedChange;

/** An agreement moved from one status to another; its followers are told. */
public record AgreementStatusChanged(UUID agreementId, AgreementStatus from, AgreementStatus to,
		@Nullable UUID changedBy, String note, AuditedChange audited) implements AuditableEvent {
}
