package org.puente.web;

import java.io.IOException;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * After Spring Security, so only requests it let through (signed-in people, API clients with credentials): any
 * request that may change something (a method other than GET, HEAD, OPTIONS, TRACE; signing in and out aside)
 * empties the kept public pages once it is answered, here and, through the database, on the other nodes.
 */
class PublicPageChanges extends OncePerRequestFilter {

	private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

	private final PublicPages pages;

	PublicPageChanges(PublicPages pages) {
		this.pages = pages;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (READS.contains(request.getMethod())) {
			chain.doFilter(request, response);
			return;
		}
		try {
			chain.doFilter(request, response);
		}
		finally {
			String path = request.getRequestURI();
			if (!path.startsWith("/login") && !path.startsWith("/logout")) {
				pages.changed();
			}
		}
	}
}
