package org.puente.minutes;

import org.puente.directory.GazetteerAliases;
import org.puente.documents.TextReader;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The application's minutes reading: parties from the directory's live aliases, files through the one text reader. */
@Configuration(proxyBeanMethods = false)
class MinutesConfiguration {

	@Bean
	MinutesReading minutesReading(GazetteerAliases aliases, TextReader reader) {
		return new MinutesReading(aliases::gazetteer, reader);
	}
}
