package org.puente.web;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Answers a request whose parameters cannot be read — a form over the container's size limit, an upload over the
 * upload limit, broken %-escapes, a NUL character — with Puente's own error page or problem report (413 or 400,
 * in the person's language) before anything else touches it. The container would otherwise throw on every
 * attempt to read a parameter, including the error page's own, and show its bare page.
 *
 * <p>The refused request continues as a parameterless GET of {@code /error}, carrying the container's error
 * attributes, so the security rules and the error page treat it like any other error.
 */
@Component
@Order(UnreadableRequests.ORDER)
class UnreadableRequests extends OncePerRequestFilter {

	/**
	 * Right after Spring's character-encoding filter (which is first): parameters read before the encoding is
	 * set would be decoded as ISO-8859-1, turning "país" into "paÃ­s" for the rest of the request.
	 */
	static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 1;

	private static final Logger LOG = LoggerFactory.getLogger(UnreadableRequests.class);

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		HttpStatus refusal = refusal(request);
		if (refusal == null) {
			chain.doFilter(request, response);
			return;
		}
		request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, refusal.value());
		request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, request.getRequestURI());
		// the page goes out whole, with its length, before the container drops the rest of an oversized body
		response.setBufferSize(64 * 1024);
		chain.doFilter(new ErrorPageRequest(request), response);
	}

	/** Null when the parameters can be read; else the status that says why not. */
	private static @Nullable HttpStatus refusal(HttpServletRequest request) {
		String query = request.getQueryString();
		if (query != null && (query.contains("%00") || query.contains("\u0000"))) {
			return HttpStatus.BAD_REQUEST;
		}
		if (!carriesParameters(request)) {
			return null;
		}
		try {
			for (String[] values : request.getParameterMap().values()) {
				for (String value : values) {
					if (value.indexOf('\u0000') >= 0) {
						return HttpStatus.BAD_REQUEST; // no database stores it, and no person typed it
					}
				}
			}
			return null;
		}
		catch (RuntimeException ex) {
			request.setAttribute(RequestDispatcher.ERROR_EXCEPTION, ex);
			HttpStatus status = ErrorEndpoint.tooLarge(ex) ? HttpStatus.CONTENT_TOO_LARGE : HttpStatus.BAD_REQUEST;
			if (status == HttpStatus.CONTENT_TOO_LARGE) {
				boolean upload = request.getContentType().toLowerCase(Locale.ROOT).startsWith("multipart/");
				request.setAttribute(ErrorEndpoint.MESSAGE_KEY, upload ? ErrorPages.UPLOAD_TOO_LARGE : "error.form.tooLarge");
			}
			LOG.info("Refused {} {} with {}: {}", request.getMethod(), request.getRequestURI(), status.value(),
					ex.getMessage());
			return status;
		}
	}

	private static boolean carriesParameters(HttpServletRequest request) {
		String type = request.getContentType();
		if (type == null || "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod())) {
			return false;
		}
		String lower = type.toLowerCase(Locale.ROOT);
		return lower.startsWith("application/x-www-form-urlencoded") || lower.startsWith("multipart/form-data");
	}

	/** The refused request as a GET of the error page: no body, no parts, only the query string's parameters. */
	static final class ErrorPageRequest extends HttpServletRequestWrapper {

		private final Map<String, String[]> query;

		ErrorPageRequest(HttpServletRequest request) {
			super(request);
			this.query = queryParameters(request.getQueryString());
		}

		@Override
		public String getMethod() {
			return "GET";
		}

		@Override
		public String getRequestURI() {
			return getContextPath() + "/error";
		}

		@Override
		public StringBuffer getRequestURL() {
			return new StringBuffer(getScheme() + "://" + getServerName() + ":" + getServerPort() + getRequestURI());
		}

		@Override
		public String getServletPath() {
			return "/error";
		}

		@Override
		public @Nullable String getPathInfo() {
			return null;
		}

		@Override
		public @Nullable String getContentType() {
			return null;
		}

		@Override
		public int getContentLength() {
			return 0;
		}

		@Override
		public long getContentLengthLong() {
			return 0;
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			throw new IOException("The body of a refused request is not read");
		}

		@Override
		public Part getPart(String name) {
			return null;
		}

		@Override
		public java.util.Collection<Part> getParts() {
			return List.of();
		}

		@Override
		public @Nullable String getParameter(String name) {
			String[] values = query.get(name);
			return values == null || values.length == 0 ? null : values[0];
		}

		@Override
		public Map<String, String[]> getParameterMap() {
			return Collections.unmodifiableMap(query);
		}

		@Override
		public Enumeration<String> getParameterNames() {
			return Collections.enumeration(query.keySet());
		}

		@Override
		public String @Nullable [] getParameterValues(String name) {
			return query.get(name);
		}

		private static Map<String, String[]> queryParameters(@Nullable String queryString) {
			Map<String, String[]> parameters = new LinkedHashMap<>();
			if (queryString == null || queryString.contains("%00")) {
				return parameters;
			}
			try {
				UriComponentsBuilder.fromUriString("/?" + queryString).build(false).getQueryParams()
					.forEach((name, values) -> parameters.put(name, values.stream()
						.map(v -> v == null ? "" : java.net.URLDecoder.decode(v, java.nio.charset.StandardCharsets.UTF_8))
						.toArray(String[]::new)));
			}
			catch (RuntimeException ex) {
				// a query that cannot be decoded adds nothing
			}
			return parameters;
		}
	}
}
