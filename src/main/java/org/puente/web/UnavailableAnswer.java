package org.puente.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.util.HtmlUtils;

/**
 * A 503 written by a filter, outside Spring MVC, the session and the database: Retry-After, no caching, and a
 * problem report for a script or a page of two sentences in the reader's language for a person. The filters that
 * answer before anything else could (the database out of reach, the start-up not finished) share it.
 */
final class UnavailableAnswer {

	private UnavailableAnswer() {
	}

	static void write(HttpServletRequest request, HttpServletResponse response, MessageSource messages, Locale locale,
			String titleKey, String messageKey) throws IOException {
		String title = messages.getMessage(titleKey, null, locale);
		String message = messages.getMessage(messageKey, null, locale);
		response.resetBuffer();
		response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
		ErrorPages.retryLater(response);
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		if (ErrorPages.wantsJson(request)) {
			ProblemReports.write(request, response, messages, locale, HttpStatus.SERVICE_UNAVAILABLE, messageKey);
			return;
		}
		response.setContentType("text/html;charset=UTF-8");
		byte[] body = ("<!DOCTYPE html><html lang=\"" + locale.getLanguage() + "\"><head><meta charset=\"utf-8\"><title>"
				+ HtmlUtils.htmlEscape(title, "UTF-8") + " — Puente</title></head><body><main><h1>"
				+ HtmlUtils.htmlEscape(title, "UTF-8") + "</h1><p>" + HtmlUtils.htmlEscape(message, "UTF-8")
				+ "</p></main></body></html>")
			.getBytes(StandardCharsets.UTF_8);
		response.setContentLength(body.length);
		response.getOutputStream().write(body);
	}
}
