package org.puente.experts;

import org.puente.web.KnownIds;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The experts, nomination rounds and nominations the addresses name ({@link KnownIds}, read by accounts' rules): a
 * refused request for an unknown one is a 404 for everyone, a known one is refused (403) or sent to sign in.
 */
@Configuration(proxyBeanMethods = false)
class ExpertKnownIds {

	@Bean
	KnownIds expertIds(ExpertRepository experts) {
		return KnownIds.uuids("experts.expert.notFound", experts::existsById, "/experts/{id}",
				"/api/v1/experts/{id}");
	}

	@Bean
	KnownIds roundIds(NominationRoundRepository rounds) {
		return KnownIds.uuids("experts.round.notFound", rounds::existsById, "/experts/rounds/{id}",
				"/api/v1/experts/rounds/{id}");
	}

	@Bean
	KnownIds nominationIds(NominationRepository nominations) {
		return KnownIds.uuids("experts.nomination.notFound", nominations::existsById,
				"/experts/nominations/{nominationId}", "/api/v1/experts/nominations/{nominationId}");
	}
}
