package org.puente.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.LocaleResolver;

/** Puts {@link DatabaseBusyFilter} just outside Spring Session's filter (at +50), so that it sees what that one throws. */
@Configuration(proxyBeanMethods = false)
class DatabaseBusyConfiguration {

	@Bean
	FilterRegistrationBean<DatabaseBusyFilter> databaseBusyFilter(MessageSource messages, LocaleResolver locales) {
		FilterRegistrationBean<DatabaseBusyFilter> registration = new FilterRegistrationBean<>(
				new DatabaseBusyFilter(messages, locales));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 40);
		registration.addUrlPatterns("/*");
		return registration;
	}
}
