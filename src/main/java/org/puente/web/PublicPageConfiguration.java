package org.puente.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;

/** Puts {@link PublicPageFilter} right after Spring Security, which has by then said who is asking. */
@Configuration(proxyBeanMethods = false)
class PublicPageConfiguration {

	@Bean
	FilterRegistrationBean<PublicPageFilter> publicPageFilter(PublicPages pages, LocaleResolver locales,
			@Value("${puente.pages.max-age-seconds:30}") long maxAge) {
		FilterRegistrationBean<PublicPageFilter> registration = new FilterRegistrationBean<>(
				new PublicPageFilter(pages, locales, maxAge));
		registration.setOrder(-90); // Spring Security's filter chain is at -100
		registration.addUrlPatterns("/*");
		return registration;
	}
}
