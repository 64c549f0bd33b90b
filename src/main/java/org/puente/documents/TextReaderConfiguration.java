package org.puente.documents;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one {@link TextReader} of the application, with the limits set in the configuration; its parser children
 * stop with the application context.
 */
@Configuration(proxyBeanMethods = false)
class TextReaderConfiguration {

	@Bean
	TextReader textReader(@Value("${puente.documents.extraction.write-limit:5000000}") int writeLimit,
			@Value("${puente.documents.extraction.timeout:60s}") Duration timeout,
			@Value("${puente.documents.extraction.children:2}") int children,
			@Value("${puente.documents.extraction.child-heap:256m}") String childHeap) {
		return new TextReader(writeLimit, timeout, children, childHeap);
	}
}
