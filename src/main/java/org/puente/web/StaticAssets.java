package org.puente.web;

import java.util.concurrent.TimeUnit;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * Style sheets, scripts, images and webjars, each under its own prefix, with fingerprinted addresses (the content's
 * hash in the name, written into every link by Spring's resource URL encoding) that browsers and proxies keep for a
 * year. Spring Boot's default handler for {@code /**} is off ({@code spring.web.resources.add-mappings=false}):
 * behind it, every link of every page ({@code /meetings/…}, {@code /agreements/…}) was looked up as a possible
 * file in the jar to fingerprint it, which took most of a page's time.
 */
@Configuration(proxyBeanMethods = false)
class StaticAssets implements WebMvcConfigurer {

	private static final CacheControl A_YEAR = CacheControl.maxAge(365, TimeUnit.DAYS).cachePublic().immutable();

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		for (String folder : new String[] { "css", "js", "img" }) {
			registry.addResourceHandler("/" + folder + "/**")
				.addResourceLocations("classpath:/static/" + folder + "/")
				.setCacheControl(A_YEAR)
				.resourceChain(true)
				.addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
		}
		// the webjar's version is in its address (/webjars/htmx.org/2.0.4/…)
		registry.addResourceHandler("/webjars/**")
			.addResourceLocations("classpath:/META-INF/resources/webjars/")
			.setCacheControl(A_YEAR)
			.resourceChain(true)
			.addResolver(new LiteWebJarsResourceResolver());
	}
}
