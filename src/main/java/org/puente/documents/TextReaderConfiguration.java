package org.puente.documents;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one {@link TextReader} of the application, with the limits set in the configuration; its parser children
 * stop with the application context. Unset, {@code children} is one per two cores and {@code queue} four per child.
 */
@Configuration(proxyBeanMethods = false)
class TextReaderConfiguration {

	@Bean
	TextReader textReader(@Value("${puente.documents.extraction.write-limit:5000000}") int writeLimit,
			@Value("${puente.documents.extraction.timeout:60s}") Duration timeout,
			@Value("${puente.documents.extraction.children:0}") int children,
			@Value("${puente.documents.extraction.child-heap:256m}") String childHeap,
			@Value("${puente.documents.extraction.queue:-1}") int queue,
			@Value("${puente.documents.extraction.queue-wait:20s}") Duration queueWait) {
		int k = children > 0 ? children : TextReader.defaultChildren();
		return new TextReader(writeLimit, timeout, k, childHeap, queue >= 0 ? queue : TextReader.DEFAULT_QUEUE_PER_CHILD * k,
				queueWait);
	}
}
