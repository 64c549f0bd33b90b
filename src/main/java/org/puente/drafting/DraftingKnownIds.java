package org.puente.drafting;

import org.puente.web.KnownIds;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The texts, paragraphs and amendments the addresses name ({@link KnownIds}, read by accounts' rules): a refused
 * request for an unknown one is a 404 for everyone, a known one is refused (403) or sent to sign in.
 */
@Configuration(proxyBeanMethods = false)
class DraftingKnownIds {

	@Bean
	KnownIds textIds(TextRepository texts) {
		return KnownIds.uuids("drafting.text.notFound", texts::existsById, "/drafting/{id}",
				"/api/v1/drafting/texts/{id}");
	}

	@Bean
	KnownIds paragraphIds(ParagraphRepository paragraphs) {
		return KnownIds.uuids("drafting.paragraph.notFound", paragraphs::existsById,
				"/drafting/paragraphs/{paragraphId}", "/api/v1/drafting/paragraphs/{paragraphId}");
	}

	@Bean
	KnownIds amendmentIds(AmendmentRepository amendments) {
		return KnownIds.uuids("drafting.amendment.notFound", amendments::existsById, "/drafting/amendments/{id}",
				DraftingApiController.AMENDMENTS + "{id}");
	}
}
