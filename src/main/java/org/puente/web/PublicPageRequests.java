package org.puente.web;

import java.util.Set;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;

/**
 * What a request asks of the kept public pages ({@link PublicPageFilter}, {@link PublicPageValve}): whether it may be
 * answered with a kept page, whether it takes the gzipped variant, whether the reader's copy is still current.
 */
final class PublicPageRequests {

	/** Pages that depend on more than the address and language, or are not worth keeping. */
	private static final Set<String> NEVER = Set.of("/login", "/logout", "/search", "/error", "/api/", "/actuator",
			"/css/", "/js/", "/img/", "/webjars/", "/swagger-ui", "/v3/", "/admin",
			"/password-reset", "/unsubscribe");

	/**
	 * Anonymous GETs of pages (no session cookie, no credentials), not htmx fragments, not a language switch (which
	 * sets a cookie), HTML wanted. Such a request is answered here, before Spring Security and Spring MVC, when
	 * its page is kept: the page was rendered for an anonymous reader through the whole chain, whose headers
	 * (Content-Security-Policy and the others) are kept with it and sent again.
	 */
	static boolean keepable(HttpServletRequest request) {
		if (!anonymousRead(request) || request.getParameter("lang") != null) {
			return false;
		}
		String path = request.getRequestURI();
		for (String prefix : NEVER) {
			if (path.startsWith(prefix)) {
				return false;
			}
		}
		return true;
	}

	/** A GET of HTML by a reader without session or credentials, not an htmx fragment. */
	static boolean anonymousRead(HttpServletRequest request) {
		if (!"GET".equals(request.getMethod()) || request.getHeader("HX-Request") != null
				|| request.getHeader(HttpHeaders.AUTHORIZATION) != null) {
			return false;
		}
		Cookie[] cookies = request.getCookies();
		if (cookies != null) {
			for (Cookie cookie : cookies) {
				if ("SESSION".equals(cookie.getName())) {
					return false;
				}
			}
		}
		String accept = request.getHeader(HttpHeaders.ACCEPT);
		return accept == null || accept.contains("text/html") || accept.trim().equals("*/*");
	}

	/** Whether an Accept-Encoding names gzip (or x-gzip, or *) without {@code q=0}. */
	static boolean acceptsGzip(@Nullable String acceptEncoding) {
		if (acceptEncoding == null) {
			return false;
		}
		for (String coding : acceptEncoding.split(",")) {
			int semicolon = coding.indexOf(';');
			String name = (semicolon < 0 ? coding : coding.substring(0, semicolon)).trim();
			if (name.equalsIgnoreCase("gzip") || name.equalsIgnoreCase("x-gzip") || name.equals("*")) {
				for (String param : (semicolon < 0 ? "" : coding.substring(semicolon + 1)).split(";")) {
					String p = param.trim();
					if (p.length() > 2 && (p.charAt(0) == 'q' || p.charAt(0) == 'Q') && p.charAt(1) == '=') {
						try {
							return Double.parseDouble(p.substring(2).trim()) > 0;
						}
						catch (NumberFormatException ex) {
							return false;
						}
					}
				}
				return true;
			}
		}
		return false;
	}

	/** If-None-Match (either variant's validator, compared weakly as RFC 9110 asks), else If-Modified-Since. */
	static boolean notModified(PublicPages.Page page, HttpServletRequest request) {
		String match = request.getHeader(HttpHeaders.IF_NONE_MATCH);
		if (match != null) {
			for (String tag : match.split(",")) {
				String t = tag.trim();
				if (t.startsWith("W/")) {
					t = t.substring(2);
				}
				if (t.equals("*") || t.equals(page.etag()) || t.equals(page.gzipEtag())) {
					return true;
				}
			}
			return false;
		}
		long since;
		try {
			since = request.getDateHeader(HttpHeaders.IF_MODIFIED_SINCE);
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
		return since >= 0 && since >= page.lastModified();
	}

	private PublicPageRequests() {
	}
}
