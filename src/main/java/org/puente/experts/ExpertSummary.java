package org.puente.experts;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** An expert as pages and other capabilities see them. */
public record ExpertSummary(UUID id, ExpertData data, boolean consentListed, boolean consentShareUn,
		@Nullable LocalDate consentOn, @Nullable LocalDate consentWithdrawnOn, long version) {

	static ExpertSummary of(Expert e) {
		return new ExpertSummary(e.getId(), e.data(), e.isConsentListed(), e.isConsentShareUn(), e.getConsentOn(),
				e.getConsentWithdrawnOn(), e.getVersion());
	}

	public String name() {
		return data.fullName();
	}

	/** Listed and shareable with the UN since a known day. */
	public boolean consented() {
		return consentListed && consentShareUn && consentOn != null;
	}
}
