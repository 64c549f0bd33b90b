package org.puente.practices;

import org.puente.web.KnownIds;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The good practices the addresses name ({@link KnownIds}, read by accounts' rules): a refused request for an unknown
 * one is a 404 for everyone, a known one is refused (403) or sent to sign in.
 */
@Configuration(proxyBeanMethods = false)
class PracticeKnownIds {

	@Bean
	KnownIds practiceIds(PracticeRepository practices) {
		return KnownIds.uuids("practices.error.notFound", practices::existsById, "/practices/{id}",
				"/api/v1/practices/{id}");
	}
}
