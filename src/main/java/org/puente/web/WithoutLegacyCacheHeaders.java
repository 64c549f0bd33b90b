package org.puente.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Spring Security forbids caching with three headers; for a page that may be kept, {@code Cache-Control} alone
 * decides (replaced once the page is known to be keepable, else left as Security wrote it): the HTTP/1.0
 * {@code Pragma} and {@code Expires} it adds would contradict the replacement and cannot be removed later.
 */
final class WithoutLegacyCacheHeaders extends ContentCachingResponseWrapper {

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
