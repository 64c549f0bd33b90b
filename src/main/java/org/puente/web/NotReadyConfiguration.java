package org.puente.web;

import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Puts {@link NotReadyFilter} before every other filter of Puente (the database-busy one is at +40, Spring Session's
 * at +50): while the application starts, a request must touch neither the session store nor the half-loaded data.
 */
@Configuration(proxyBeanMethods = false)
class NotReadyConfiguration {

	@Bean
	FilterRegistrationBean<NotReadyFilter> notReadyFilter(ApplicationAvailability availability, MessageSource messages,
			LocaleResolver locales) {
		FilterRegistrationBean<NotReadyFilter> registration = new FilterRegistrationBean<>(
				new NotReadyFilter(availability, messages, locales));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 30);
		registration.addUrlPatterns("/*");
		return registration;
	}
}
