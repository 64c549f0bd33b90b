package org.puente.web;

import java.util.concurrent.TimeUnit;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;
import org.springframework.web.servlet.resource.ResourceUrlProvider;
import org.springframework.web.servlet.resource.ResourceUrlProviderExposingInterceptor;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * Style sheets, scripts, images and webjars, each under its own prefix, with fingerprinted addresses (the content's
 * hash in the name, written into every link by Spring's resource URL encoding) that browsers and proxies keep for a
 * year. Spring Boot's default handler for {@code /**} is off ({@code spring.web.resources.add-mappings=false}):
 * behind it, every link of every page ({@code /meetings/…}, {@code /agreements/…}) was looked up as a possible
 * file in the jar to fingerprint it, which took most of a page's time. The plain addresses still answer, from
 * handlers of their own that keep them only ten minutes: the same plain address serves the next release's file.
 */
@Configuration(proxyBeanMethods = false)
class StaticAssets implements WebMvcConfigurer {

	private static final CacheControl A_YEAR = CacheControl.maxAge(365, TimeUnit.DAYS).cachePublic().immutable();

	/**
	 * A plain address ({@code /css/puente.css}, a webjar without its version): an {@code immutable} copy kept a year
	 * would be a stale style sheet for a year after the next release (walk 8 #8). Puente's pages never link one; old
	 * bookmarks and hand-made links still work.
	 */
	private static final CacheControl TEN_MINUTES = CacheControl.maxAge(10, TimeUnit.MINUTES).cachePublic();

	/**
	 * A file name with the content's hash before its extension ({@code puente-4e0b…2f.css}): the folders are flat.
	 * The 32 hex digits are spelled out: a path pattern's regular expression may hold neither braces ({@code {32}})
	 * nor a slash (it matches within one segment).
	 */
	private static final String FINGERPRINTED = "{file:.+-" + "[0-9a-f]".repeat(32) + "\\.[a-z0-9]+}";

	private final ObjectProvider<ResourceUrlProvider> urls;

	/** Lazily: the provider is a bean of the MVC configuration that collects this configurer. */
	StaticAssets(ObjectProvider<ResourceUrlProvider> urls) {
		this.urls = urls;
	}

	/**
	 * The resource URL encoding needs the provider on the request; Spring MVC puts it there with an interceptor that
	 * runs after the application's. A refusal thrown by one of those ({@code AuthorizeBeforeBinding}'s 403, the most
	 * common page an observer meets) was rendered without it, linking the plain addresses: 6 requests and 28 kB on
	 * a slow link instead of the cached copies (walk 8 #8). Put there first, it is on every page, error pages too.
	 */
	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new HandlerInterceptor() {
			@Override
			public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
				request.setAttribute(ResourceUrlProviderExposingInterceptor.RESOURCE_URL_PROVIDER_ATTR, urls.getObject());
				return true;
			}
		}).order(Ordered.HIGHEST_PRECEDENCE);
	}

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		// the more specific pattern wins: a fingerprinted name is kept a year, the plain one ten minutes; both resolve
		// the same files, and the plain handler's version resolver is what writes the fingerprints into links
		for (String folder : new String[] { "css", "js", "img" }) {
			for (String pattern : new String[] { "/" + folder + "/" + FINGERPRINTED, "/" + folder + "/**" }) {
				registry.addResourceHandler(pattern)
					.addResourceLocations("classpath:/static/" + folder + "/")
					.setCacheControl(pattern.endsWith("**") ? TEN_MINUTES : A_YEAR)
					.resourceChain(true)
					.addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
			}
		}
		// the webjar's version is in its address (/webjars/htmx.org/2.0.4/…); without it, the newest, for ten minutes
		for (String pattern : new String[] { "/webjars/{library}/{version:\\d.*}/**", "/webjars/**" }) {
			registry.addResourceHandler(pattern)
				.addResourceLocations("classpath:/META-INF/resources/webjars/")
				.setCacheControl(pattern.equals("/webjars/**") ? TEN_MINUTES : A_YEAR)
				.resourceChain(true)
				.addResolver(new LiteWebJarsResourceResolver());
		}
	}
}
