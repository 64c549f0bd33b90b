package org.puente.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.puente.digest.Sha256;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Public pages at the speed of static files. An anonymous reader's page (a GET answered with HTML, without a
 * session and without cookies) is kept in {@link PublicPages} per language and address, and served from there
 * until something changes; it carries an {@code ETag} and {@code Last-Modified}, so a browser that has it gets a
 * 304, and {@code Cache-Control: public, max-age} so that browsers and proxies may keep it briefly. Signed-in
 * pages are never kept and keep Spring Security's {@code no-store}. {@link PublicPageChanges} empties the kept
 * pages after each request that may change something.
 */
class PublicPageFilter extends OncePerRequestFilter {

	/** Pages that depend on more than the address and language, or are not worth keeping. */
	private static final Set<String> NEVER = Set.of("/login", "/logout", "/search", "/error", "/api/", "/actuator",
			"/css/", "/js/", "/img/", "/webjars/", "/swagger-ui", "/v3/", "/admin");

	private static final Set<String> NOT_REPLAYED = Set.of("set-cookie", "date", "content-length", "content-type",
			"transfer-encoding", "etag", "last-modified", "cache-control", "vary", "content-language", "expires",
			"pragma", "connection", "keep-alive");

	private static final long RENDERING_WAIT_SECONDS = 10;

	private final Map<String, Rendering> inFlight = new ConcurrentHashMap<>();

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
		// one rendering per page at a time: when the kept pages are emptied under load, the readers who ask for the
		// same page meanwhile wait for that rendering instead of each rendering it again (a stampede)
		CompletableFuture<PublicPages.Page> mine = new CompletableFuture<>();
		Rendering running = inFlight.putIfAbsent(key, new Rendering(generation, mine));
		if (running != null) {
			PublicPages.Page shared = running.generation() == generation ? awaited(running.page()) : null;
			if (shared != null) {
				send(shared, locale, request, response);
				return;
			}
			mine = new CompletableFuture<>(); // not shared with anyone
		}
		PublicPages.Page rendered = null;
		try {
			rendered = render(key, generation, locale, request, response, chain);
		}
		finally {
			mine.complete(rendered);
			if (running == null) {
				inFlight.remove(key);
			}
		}
	}

	private PublicPages.@Nullable Page render(String key, long generation, Locale locale, HttpServletRequest request,
			HttpServletResponse response, FilterChain chain) throws IOException, ServletException {
		ContentCachingResponseWrapper rendering = new WithoutLegacyCacheHeaders(response);
		chain.doFilter(request, rendering);
		String type = rendering.getContentType();
		if (rendering.getStatus() == 200 && type != null && type.startsWith("text/html")
				&& rendering.getHeaders(HttpHeaders.SET_COOKIE).isEmpty() && request.getSession(false) == null) {
			byte[] body = rendering.getContentAsByteArray();
			PublicPages.Page page = pages.keep(key, generation, body, type, etag(body), replayed(rendering));
			validators(page, locale, rendering);
			if (notModified(page, request)) {
				rendering.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
				return page; // the rendered body is dropped
			}
			rendering.copyBodyToResponse();
			return page;
		}
		rendering.copyBodyToResponse();
		return null;
	}

	private static PublicPages.@Nullable Page awaited(CompletableFuture<PublicPages.Page> page) {
		try {
			return page.get(RENDERING_WAIT_SECONDS, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return null;
		}
		catch (ExecutionException | TimeoutException ex) {
			return null; // render it here
		}
	}

	/** A page being rendered, and the generation of the kept pages it started in. */
	private record Rendering(long generation, CompletableFuture<PublicPages.Page> page) {
	}

	/**
	 * Anonymous GETs of pages (no session cookie, no credentials), not htmx fragments, not a language switch (which
	 * sets a cookie), HTML wanted. Such a request is answered here, before Spring Security and Spring MVC, when
	 * its page is kept: the page was rendered for an anonymous reader through the whole chain, whose headers
	 * (Content-Security-Policy and the others) are kept with it and sent again.
	 */
	private static boolean keepable(HttpServletRequest request) {
		if (!"GET".equals(request.getMethod()) || request.getHeader("HX-Request") != null
				|| request.getHeader(HttpHeaders.AUTHORIZATION) != null || request.getParameter("lang") != null) {
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

	/** The headers the chain wrote that hold for every reader (not cookies, dates, lengths, our validators). */
	private static List<Map.Entry<String, String>> replayed(HttpServletResponse response) {
		List<Map.Entry<String, String>> headers = new ArrayList<>();
		for (String name : response.getHeaderNames()) {
			if (!NOT_REPLAYED.contains(name.toLowerCase(Locale.ROOT))) {
				for (String value : response.getHeaders(name)) {
					headers.add(Map.entry(name, value));
				}
			}
		}
		return List.copyOf(headers);
	}

	private void send(PublicPages.Page page, Locale locale, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		for (Map.Entry<String, String> header : page.headers()) {
			response.addHeader(header.getKey(), header.getValue());
		}
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

	/**
	 * Spring Security forbids caching with three headers; for a page that may be kept, {@code Cache-Control} alone
	 * decides (replaced once the page is known to be keepable, else left as Security wrote it): the HTTP/1.0
	 * {@code Pragma} and {@code Expires} it adds would contradict the replacement and cannot be removed later.
	 */
	private static final class WithoutLegacyCacheHeaders extends ContentCachingResponseWrapper {

		WithoutLegacyCacheHeaders(HttpServletResponse response) {
			super(response);
		}

		private static boolean legacy(String name) {
			return HttpHeaders.PRAGMA.equalsIgnoreCase(name) || HttpHeaders.EXPIRES.equalsIgnoreCase(name);
		}

		@Override
		public void setHeader(String name, String value) {
			if (!legacy(name)) {
				super.setHeader(name, value);
			}
		}

		@Override
		public void addHeader(String name, String value) {
			if (!legacy(name)) {
				super.addHeader(name, value);
			}
		}

		@Override
		public void setDateHeader(String name, long date) {
			if (!legacy(name)) {
				super.setDateHeader(name, date);
			}
		}

		@Override
		public void addDateHeader(String name, long date) {
			if (!legacy(name)) {
				super.addDateHeader(name, date);
			}
		}
	}

	/** A weak validator: the bytes are the same, whether or not the connector compresses them on the way. */
	private static String etag(byte[] body) {
		return "W/\"" + Sha256.hexPrefix(body, 12) + "\"";
	}
}
