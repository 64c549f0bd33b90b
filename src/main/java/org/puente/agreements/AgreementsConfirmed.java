package org.puente.agreements;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.puente.audit.AuditableEvent;
import org.puente.audit.AuditedChange;

/**
 * A secretariat confirmed the agreements of a meeting's minutes: they are now official and tracked;
 * {@code newVersion} when these minutes replace confirmed ones of the same meeting (the register revised, not new).
 */
public record AgreementsConfirmed(UUID minutesId, @Nullable UUID meetingId, List<UUID> agreementIds,
		boolean newVersion, AuditedChange audited) implements AuditableEvent {

	public AgreementsConfirmed {
		agreementIds = List.copyOf(agreementIds);
	}
}
