package org.puente.web;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.TomcatContextCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Puts {@link PublicPageFilter} early (and {@link PublicPageValve} before all filters), right after Spring Session's filter (kept pages skip the security chain and
 * MVC, whose headers they replay), and {@link PublicPageChanges} right after Spring Security (at -100).
 */
@Configuration(proxyBeanMethods = false)
class PublicPageConfiguration {

	@Bean
	FilterRegistrationBean<PublicPageFilter> publicPageFilter(PublicPages pages, LocaleResolver locales,
			@Value("${puente.pages.max-age-seconds:30}") long maxAge) {
		FilterRegistrationBean<PublicPageFilter> registration = new FilterRegistrationBean<>(
				new PublicPageFilter(pages, locales, maxAge));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 60); // Spring Session's is at +50
		registration.addUrlPatterns("/*");
		return registration;
	}

	/** Kept pages are answered even earlier, in Tomcat's pipeline (see {@link PublicPageValve}). */
	@Bean
	TomcatContextCustomizer publicPageValve(ObjectProvider<FilterRegistrationBean<PublicPageFilter>> publicPageFilter) {
		return context -> context.getPipeline().addValve(new PublicPageValve(publicPageFilter));
	}

	@Bean
	FilterRegistrationBean<PublicPageChanges> publicPageChanges(PublicPages pages) {
		FilterRegistrationBean<PublicPageChanges> registration = new FilterRegistrationBean<>(
				new PublicPageChanges(pages));
		registration.setOrder(-90);
		registration.addUrlPatterns("/*");
		return registration;
	}
}
