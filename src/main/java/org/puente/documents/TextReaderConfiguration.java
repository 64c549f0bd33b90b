package org.puente.documents;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one {@link TextReader} of the application, with the limits set in the configuration. */
@Configuration(proxyBeanMethods = false)
class TextReaderConfiguration {

	@Bean
	TextReader textReader(@Value("${puente.documents.extraction.write-limit:5000000}") int writeLimit,
			@Value("${puente.documents.extraction.timeout:60s}") Duration timeout) {
		return new TextReader(writeLimit, timeout);
	}
}
