package org.puente.web;

import java.io.IOException;
import java.util.ArrayList;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
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
import org.puente.i18n.ReaderZone;
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

	private static final Set<String> NOT_REPLAYED = Set.of("set-cookie", "date", "content-length", "content-type",
			"transfer-encoding", "etag", "last-modified", "cache-control", "vary", "content-language", "expires",
			"pragma", "connection", "keep-alive");

	private static final long RENDERING_WAIT_SECONDS = 10;

	private static final int REMEMBERED_ACCEPT_LANGUAGES = 1000;

	/** RFC 9110's IMF-fixdate (day of the month in two digits, unlike RFC_1123_DATE_TIME). */
	static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'",
			Locale.ENGLISH);

	private final Map<String, Rendering> inFlight = new ConcurrentHashMap<>();

	private final Map<String, Locale> byAcceptLanguage = new ConcurrentHashMap<>();

	private final PublicPages pages;

	private final LocaleResolver locales;

	private final String cacheControl;

	PublicPageFilter(PublicPages pages, LocaleResolver locales, long maxAgeSeconds) {
		this.pages = pages;
		this.locales = locales;
		this.cacheControl = "public, max-age=" + maxAgeSeconds;
	}

	/**
	 * What to answer an anonymous read from the kept pages, or null when its page is not kept. Used by
	 * {@link PublicPageValve} before Tomcat builds the filter chain (so a kept page costs no metrics observation,
	 * session wrapper or security chain), and by {@link #sendKept} here.
	 */
	@Nullable
	Answer kept(HttpServletRequest request) {
		// a kept page's address had no ?lang= and is not one of NEVER (else it would not have been kept): only the
		// headers need checking here, and the parameters are not parsed
		if (!PublicPageRequests.anonymousRead(request)) {
			return null;
		}
		PublicPages.Page page = pages.get(key(locale(request), request));
		return page == null ? null : answer(page, request);
	}

	/** Which variant of a kept page, with which validators, and whether the reader's copy is still good. */
	record Answer(PublicPages.Page page, List<PublicPages.Header> validators, byte[] body, boolean notModified) {
	}

	private static Answer answer(PublicPages.Page page, HttpServletRequest request) {
		boolean gzip = page.gzipped() != null
				&& PublicPageRequests.acceptsGzip(request.getHeader(HttpHeaders.ACCEPT_ENCODING));
		return new Answer(page, gzip ? page.gzipValidators() : page.validators(), gzip ? page.gzipped() : page.body(),
				PublicPageRequests.notModified(page, request));
	}

	/** Answers from the kept pages through the servlet API when the page is kept: true when answered. */
	boolean sendKept(HttpServletRequest request, HttpServletResponse response) throws IOException {
		Answer answer = kept(request);
		if (answer == null) {
			return false;
		}
		send(answer, response);
		return true;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!PublicPageRequests.keepable(request)) {
			chain.doFilter(request, response);
			return;
		}
		Locale locale = locale(request);
		String key = key(locale, request);
		PublicPages.Page page = pages.get(key);
		if (page != null) {
			send(answer(page, request), response);
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
				send(answer(shared, request), response);
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

	private static String key(Locale locale, HttpServletRequest request) {
		String query = request.getQueryString();
		// the reader's time zone too: public meeting pages show the times where the reader is (ReaderZone)
		return locale.getLanguage() + " " + ReaderZone.key(request) + " " + request.getRequestURI()
				+ (query == null ? "" : "?" + query);
	}

	/**
	 * The page's language as the page itself picks it; without any cookie only Accept-Language decides, and the
	 * few dozen values browsers send are remembered rather than parsed again for each request.
	 */
	private Locale locale(HttpServletRequest request) {
		if (request.getHeader(HttpHeaders.COOKIE) != null) {
			return locales.resolveLocale(request);
		}
		String accept = request.getHeader(HttpHeaders.ACCEPT_LANGUAGE);
		Locale known = byAcceptLanguage.get(accept == null ? "" : accept);
		if (known != null) {
			return known;
		}
		Locale resolved = locales.resolveLocale(request);
		if (byAcceptLanguage.size() < REMEMBERED_ACCEPT_LANGUAGES) {
			byAcceptLanguage.put(accept == null ? "" : accept, resolved);
		}
		return resolved;
	}

	private PublicPages.@Nullable Page render(String key, long generation, Locale locale, HttpServletRequest request,
			HttpServletResponse response, FilterChain chain) throws IOException, ServletException {
		ContentCachingResponseWrapper rendering = new WithoutLegacyCacheHeaders(response);
		chain.doFilter(request, rendering);
		String type = rendering.getContentType();
		if (rendering.getStatus() == 200 && type != null && type.startsWith("text/html")
				&& rendering.getHeaders(HttpHeaders.SET_COOKIE).isEmpty() && request.getSession(false) == null) {
			PublicPages.Page page = page(rendering.getContentAsByteArray(), type, locale, replayed(rendering));
			pages.keep(key, generation, page);
			// the chain's headers are already on the response; the body goes as a kept page's would (the rendered
			// bytes, gzipped or not, or a 304)
			body(answer(page, request), response);
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

	/** The headers the chain wrote that hold for every reader (not cookies, dates, lengths, our validators). */
	private static List<PublicPages.Header> replayed(HttpServletResponse response) {
		List<PublicPages.Header> headers = new ArrayList<>();
		for (String name : response.getHeaderNames()) {
			if (!NOT_REPLAYED.contains(name.toLowerCase(Locale.ROOT))) {
				for (String value : response.getHeaders(name)) {
					headers.add(PublicPages.Header.of(name, value));
				}
			}
		}
		return List.copyOf(headers);
	}

	/** A rendered page as kept: both variants and their validators, computed once. */
	private PublicPages.Page page(byte[] body, String type, Locale locale, List<PublicPages.Header> replayed) {
		byte[] gzipped = PublicPages.gzip(body);
		String etag = etag(body);
		String gzipEtag = etag.substring(0, etag.length() - 1) + "-gzip\"";
		long lastModified = System.currentTimeMillis() / 1000 * 1000;
		List<PublicPages.Header> common = List.of(
				PublicPages.Header.of(HttpHeaders.LAST_MODIFIED,
						HTTP_DATE.format(Instant.ofEpochMilli(lastModified).atZone(ZoneOffset.UTC))),
				PublicPages.Header.of(HttpHeaders.CACHE_CONTROL, cacheControl),
				PublicPages.Header.of(HttpHeaders.VARY, "Accept-Language, Cookie, Accept-Encoding"),
				PublicPages.Header.of(HttpHeaders.CONTENT_LANGUAGE, locale.toLanguageTag()));
		List<PublicPages.Header> validators = new ArrayList<>(common);
		validators.add(0, PublicPages.Header.of(HttpHeaders.ETAG, etag));
		List<PublicPages.Header> gzipValidators = new ArrayList<>(common);
		gzipValidators.add(0, PublicPages.Header.of(HttpHeaders.ETAG, gzipEtag));
		gzipValidators.add(PublicPages.Header.of(HttpHeaders.CONTENT_ENCODING, "gzip"));
		return new PublicPages.Page(body, gzipped, PublicPages.Header.of(HttpHeaders.CONTENT_TYPE, type), etag,
				gzipEtag, lastModified, replayed, List.copyOf(validators), List.copyOf(gzipValidators));
	}

	private static void send(Answer answer, HttpServletResponse response) throws IOException {
		for (PublicPages.Header header : answer.page().replayed()) {
			response.addHeader(header.name(), header.value());
		}
		body(answer, response);
	}

	/**
	 * Validators, then a 304 or the bytes: gzipped (kept so, with their own strong validator) for a browser that
	 * accepts it. Strong validators also tell Tomcat not to compress the page again on its way out.
	 */
	private static void body(Answer answer, HttpServletResponse response) throws IOException {
		for (PublicPages.Header header : answer.validators()) {
			response.setHeader(header.name(), header.value());
		}
		if (answer.notModified()) {
			response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
			return;
		}
		response.setContentType(answer.page().contentType().value());
		response.setContentLength(answer.body().length);
		response.getOutputStream().write(answer.body());
	}

	/** A strong validator: the very bytes (the gzipped variant has its own, see {@link PublicPages#keep}). */
	private static String etag(byte[] body) {
		return "\"" + Sha256.hexPrefix(body, 12) + "\"";
	}
}
