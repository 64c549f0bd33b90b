package org.puente.experts;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps a refused nomination in its own transaction, so the record survives the refusal that rolls the
 * nomination back.
 */
@Component
class RefusalLog {

	private final NominationRefusalRepository refusals;

	RefusalLog(NominationRefusalRepository refusals) {
		this.refusals = refusals;
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void record(UUID roundId, @Nullable UUID expertId, int session, String conference, String country,
			String reasonKey, String by, LocalDate on) {
		refusals.save(new NominationRefusal(roundId, expertId, session, conference, country, reasonKey, by, on));
	}
}
