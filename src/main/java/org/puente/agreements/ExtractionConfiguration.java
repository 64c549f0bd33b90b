package org.puente.agreements;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One extractor for the application: the gazetteer is built once from the bundled directory files. */
@Configuration
class ExtractionConfiguration {

	@Bean
	MinutesExtractor minutesExtractor() {
		return MinutesExtractor.withBundledDirectory();
	}

	@Bean
	PartyCatalogue partyCatalogue(MinutesExtractor extractor) {
		return PartyCatalogue.fromClasspath(extractor);
	}
}
