package org.puente.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.puente.i18n.Language;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/** What the shared layout needs on every page: the languages to switch to and where each link leads. */
@ControllerAdvice
class LayoutModel {

	/** Servlet 6.1's {@code RequestDispatcher.ERROR_QUERY_STRING}, spelled out. */
	private static final String ERROR_QUERY_STRING = "jakarta.servlet.error.query_string";

	@ModelAttribute("languages")
	List<Language> languages() {
		return List.of(Language.values());
	}

	/**
	 * For each language, this same page (same parameters) with {@code ?lang=xx}. A page shown in answer to a form
	 * (a refusal) has no address of its own to reload: its links lead to the page the form was on.
	 */
	@ModelAttribute("languageLinks")
	Map<String, String> languageLinks(HttpServletRequest request) {
		return links(request);
	}

	/**
	 * The same for an error page, which no {@code @ModelAttribute} reaches (an exception handler's page) or reaches
	 * with the container's {@code /error} as its address: a 404 in Spanish for an English reader had no language links
	 * (walk 9 #25). The links lead to the address that failed, in the chosen language.
	 */
	static void addTo(org.springframework.web.servlet.ModelAndView page, HttpServletRequest request) {
		page.addObject("languages", List.of(Language.values()));
		page.addObject("languageLinks", links(request));
	}

	private static Map<String, String> links(HttpServletRequest request) {
		Map<String, String> links = new LinkedHashMap<>();
		String formPage = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()) ? null
				: sameSiteReferer(request);
		// in the container's error dispatch the request's own address is /error: the failed one is kept aside
		Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String failedQuery = request.getAttribute(ERROR_QUERY_STRING) instanceof String q ? q : null;
		for (Language language : Language.values()) {
			if (formPage != null) {
				links.put(language.code(), UriComponentsBuilder.fromUriString(formPage)
					.replaceQueryParam("lang", language.code())
					.build()
					.toUriString());
				continue;
			}
			// path and query only: no scheme and host to build and strip again (a regular expression compiled per link)
			links.put(language.code(), UriComponentsBuilder.newInstance()
				.replacePath(failed instanceof String uri ? uri : request.getRequestURI())
				.query(failed instanceof String ? failedQuery : request.getQueryString())
				.replaceQueryParam("lang", language.code())
				.build()
				.toUriString());
		}
		return links;
	}

	/** The path and query of the page that sent the form, if it is one of ours; else the home page. */
	private static String sameSiteReferer(HttpServletRequest request) {
		String referer = request.getHeader("Referer");
		if (referer == null) {
			return "/";
		}
		try {
			java.net.URI uri = java.net.URI.create(referer);
			boolean ours = uri.getHost() == null || uri.getHost().equalsIgnoreCase(request.getServerName());
			String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
			return ours && path.startsWith("/") ? path + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()) : "/";
		}
		catch (IllegalArgumentException ex) {
			return "/";
		}
	}
}
