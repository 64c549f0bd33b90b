package org.puente.web;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Public pages at the speed of static files. An anonymous reader's page (a GET answered with HTML, without a
 * session and without cookies) is kept in {@link PublicPages} per language and address, and served from there
 * until something changes; it carries an {@code ETag} and {@code Last-Modified}, so a browser that has it gets a
 * 304, and {@code Cache-Control: public, max-age} so that browsers and proxies may keep it briefly. Signed-in
 * pages are never kept and keep Spring Security's {@code no-store}. A request that may change something (any
 * method but GET, HEAD, OPTIONS) empties the kept pages once it is answered.
 */
class PublicPageFilter extends OncePerRequestFilter {

	/** Pages that depend on more than the address and language, or are not worth keeping. */
	private static final Set<String> NEVER = Set.of("/login", "/logout", "/search", "/error", "/api/", "/actuator",
			"/css/", "/js/", "/img/", "/webjars/", "/swagger-ui", "/v3/", "/admin");

	private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

	private final PublicPages pages;

	private final LocaleResolver locales;

	private final String cacheControl;

	PublicPageFilter(PublicPages pages, LocaleResolver locales, long maxAgeSeconds) {
		this.pages = pages;
		this.locales = locales;
		this.cacheControl = "public, max-age=" + maxAgeSeconds;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!READS.contains(request.getMethod())) {
			try {
				chain.doFilter(request, response);
			}
			finally {
				if (!request.getRequestURI().startsWith("/login") && !request.getRequestURI().startsWith("/logout")) {
					pages.changed();
				}
			}
			return;
		}
		if (!keepable(request)) {
			chain.doFilter(request, response);
			return;
		}
		Locale locale = locales.resolveLocale(request);
		String query = request.getQueryString();
		String key = locale.getLanguage() + " " + request.getRequestURI() + (query == null ? "" : "?" + query);
		PublicPages.Page page = pages.get(key);
		if (page != null) {
			send(page, locale, request, response);
			return;
		}
		long generation = pages.generation();
		ContentCachingResponseWrapper rendering = new ContentCachingResponseWrapper(response);
		chain.doFilter(request, rendering);
		String type = rendering.getContentType();
		if (rendering.getStatus() == 200 && type != null && type.startsWith("text/html")
				&& rendering.getHeaders(HttpHeaders.SET_COOKIE).isEmpty() && request.getSession(false) == null
				&& anonymous()) {
			byte[] body = rendering.getContentAsByteArray();
			page = pages.keep(key, generation, body, type, etag(body));
			validators(page, locale, rendering);
			if (notModified(page, request)) {
				rendering.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
				return; // the rendered body is dropped
			}
		}
		rendering.copyBodyToResponse();
	}

	/** Anonymous GETs of pages, not htmx fragments, not a language switch (which sets a cookie), HTML wanted. */
	private static boolean keepable(HttpServletRequest request) {
		if (!"GET".equals(request.getMethod()) || request.getHeader("HX-Request") != null
				|| request.getParameter("lang") != null || !anonymous()) {
			return false;
		}
		String accept = request.getHeader(HttpHeaders.ACCEPT);
		if (accept != null && !accept.contains("text/html") && !accept.trim().equals("*/*")) {
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

	private static boolean anonymous() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		return auth == null || auth instanceof AnonymousAuthenticationToken || !auth.isAuthenticated();
	}

	private void send(PublicPages.Page page, Locale locale, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		validators(page, locale, response);
		if (notModified(page, request)) {
			response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
			return;
		}
		response.setContentType(page.contentType());
		response.setContentLength(page.body().length);
		response.getOutputStream().write(page.body());
	}

	private void validators(PublicPages.Page page, Locale locale, HttpServletResponse response) {
		response.setHeader(HttpHeaders.ETAG, page.etag());
		response.setDateHeader(HttpHeaders.LAST_MODIFIED, page.lastModified());
		response.setHeader(HttpHeaders.CACHE_CONTROL, cacheControl);
		response.setHeader(HttpHeaders.VARY, "Accept-Language, Cookie");
		response.setHeader(HttpHeaders.CONTENT_LANGUAGE, locale.toLanguageTag());
	}

	private static boolean notModified(PublicPages.Page page, HttpServletRequest request) {
		String match = request.getHeader(HttpHeaders.IF_NONE_MATCH);
		if (match != null) {
			for (String tag : match.split(",")) {
				String t = tag.trim();
				if (t.equals("*") || t.equals(page.etag()) || t.equals(page.etag().substring(2))) {
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

	/** A weak validator: the bytes are the same, whether or not the connector compresses them on the way. */
	private static String etag(byte[] body) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
			return "W/\"" + HexFormat.of().formatHex(digest, 0, 12) + "\"";
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
