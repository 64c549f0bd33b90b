package org.puente.agreements;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A secretariat confirmed the agreements of a meeting's minutes: they are now official and tracked. */
public record AgreementsConfirmed(UUID minutesId, @Nullable UUID meetingId, List<UUID> agreementIds) {

	public AgreementsConfirmed {
		agreementIds = List.copyOf(agreementIds);
	}
}
