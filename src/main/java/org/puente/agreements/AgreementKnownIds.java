package org.puente.agreements;

import org.puente.web.KnownIds;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The reviews and agreements the addresses name ({@link KnownIds}, read by accounts' rules): a refused request for an
 * unknown one is a 404 for everyone, a known one is refused (403) or sent to sign in.
 */
@Configuration(proxyBeanMethods = false)
class AgreementKnownIds {

	@Bean
	KnownIds reviewIds(ReviewRepository reviews) {
		return KnownIds.uuids("agreements.review.notFound", reviews::existsById, "/agreements/reviews/{id}",
				"/api/v1/agreements/reviews/{id}");
	}

	@Bean
	KnownIds agreementIds(AgreementRepository agreements) {
		return KnownIds.uuids("agreements.notFound", agreements::existsById, "/agreements/items/{id}",
				"/api/v1/agreements/{id}");
	}
}
