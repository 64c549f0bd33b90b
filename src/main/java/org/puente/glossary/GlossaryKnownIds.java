package org.puente.glossary;

import org.puente.web.KnownIds;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The glossary terms the addresses name by their slug (unique, indexed) ({@link KnownIds}, read by accounts' rules): a
 * refused request for an unknown one is a 404 for everyone, a known one is refused (403) or sent to sign in.
 */
@Configuration(proxyBeanMethods = false)
class GlossaryKnownIds {

	@Bean
	KnownIds termSlugs(GlossaryTermRepository terms) {
		return KnownIds.names("glossary.term.notFound", terms::existsBySlug, "/glossary/{slug}",
				"/api/v1/glossary/terms/{slug}");
	}
}
