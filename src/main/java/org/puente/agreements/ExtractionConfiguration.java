package org.puente.agreements;

import org.puente.minutes.MinutesReading;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The actors a reviewer may choose from, named through the minutes reading's gazetteer. */
@Configuration
class ExtractionConfiguration {

	@Bean
	PartyCatalogue partyCatalogue(MinutesReading reading) {
		return PartyCatalogue.fromClasspath(reading);
	}
}
