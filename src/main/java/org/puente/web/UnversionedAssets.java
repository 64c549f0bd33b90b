package org.puente.web;

import java.io.IOException;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A style sheet, script or image asked for by its plain address ({@code /css/puente.css}, a webjar without its
 * version) is kept ten minutes, not the year {@link StaticAssets} gives the fingerprinted addresses: the plain
 * address stays the same across releases, so an {@code immutable} copy would be a stale style sheet for a year after
 * the next one (walk 8 #8). Puente's pages never link plain addresses; old bookmarks and hand-made links still work.
 */
class UnversionedAssets extends OncePerRequestFilter {

	static final String SHORT = "public, max-age=600";

	/** A content hash before the extension ({@code puente-4e0b…2f.css}), or a webjar's version segment. */
	private static final Pattern VERSIONED = Pattern
		.compile("/(?:css|js|img)/(?:.*/)?[^/]+-[0-9a-f]{32}\\.[^/.]+|/webjars/[^/]+/\\d[^/]*/.+");

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (VERSIONED.matcher(path).matches()) {
			chain.doFilter(request, response);
			return;
		}
		response.setHeader(HttpHeaders.CACHE_CONTROL, SHORT);
		chain.doFilter(request, new HttpServletResponseWrapper(response) {
			@Override
			public void setHeader(String name, String value) {
				if (!HttpHeaders.CACHE_CONTROL.equalsIgnoreCase(name)) {
					super.setHeader(name, value);
				}
			}

			@Override
			public void addHeader(String name, String value) {
				if (!HttpHeaders.CACHE_CONTROL.equalsIgnoreCase(name)) {
					super.addHeader(name, value);
				}
			}
		});
	}
}
