package org.puente.consultations;

import org.puente.web.KnownIds;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The consultations the addresses name ({@link KnownIds}, read by accounts' rules): a refused request for an unknown
 * one is a 404 for everyone, a known one is refused (403) or sent to sign in.
 */
@Configuration(proxyBeanMethods = false)
class ConsultationKnownIds {

	@Bean
	KnownIds consultationIds(ConsultationRepository consultations) {
		return KnownIds.uuids("consultations.notFound", consultations::existsById, "/consultations/{id}",
				"/api/v1/consultations/{id}");
	}
}
