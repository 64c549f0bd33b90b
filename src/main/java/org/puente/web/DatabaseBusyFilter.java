package org.puente.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.HtmlUtils;

/**
 * Answers 503 with Retry-After, itself, when the database is out of reach outside the controllers — reading or saving
 * the session in Spring Session's filter while every connection is taken. Left to the container, that failure goes to
 * the error page, whose own request reads the session store again, waits as long again and ends in a bare 500.
 * This filter sits outside Spring Session's, so its answer touches neither the session nor the database.
 */
class DatabaseBusyFilter extends OncePerRequestFilter {

	private static final Logger LOG = LoggerFactory.getLogger(DatabaseBusyFilter.class);

	private final MessageSource messages;

	private final LocaleResolver locales;

	DatabaseBusyFilter(MessageSource messages, LocaleResolver locales) {
		this.messages = messages;
		this.locales = locales;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (RuntimeException | ServletException ex) {
			if (!databaseOutOfReach(ex) || response.isCommitted()) {
				throw ex;
			}
			LOG.warn("Database out of reach around {} (session store): {}", request.getRequestURI(), ex.getMessage());
			answerBusy(request, response);
		}
	}

	/** The same failures as {@link ErrorPages}' 503 handler (an annotation cannot share a list), anywhere in the causes. */
	static boolean databaseOutOfReach(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof DataAccessResourceFailureException || cause instanceof TransientDataAccessException
					|| cause instanceof CannotCreateTransactionException
					|| cause instanceof java.sql.SQLTransientConnectionException) {
				return true;
			}
		}
		return false;
	}

	private void answerBusy(HttpServletRequest request, HttpServletResponse response) throws IOException {
		Locale locale = locales.resolveLocale(request);
		String title = messages.getMessage("error.503.title", null, locale);
		String message = messages.getMessage("error.503.message", null, locale);
		response.resetBuffer();
		response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
		ErrorPages.retryLater(response);
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		if (ErrorPages.wantsJson(request)) {
			ProblemReports.write(request, response, messages, locale, HttpStatus.SERVICE_UNAVAILABLE,
					"error.503.message");
			return;
		}
		response.setContentType("text/html;charset=UTF-8");
		byte[] body = ("<!DOCTYPE html><html lang=\"" + locale.getLanguage() + "\"><head><meta charset=\"utf-8\"><title>"
				+ HtmlUtils.htmlEscape(title, "UTF-8") + " — Puente</title></head><body><main><h1>" + HtmlUtils.htmlEscape(title, "UTF-8")
				+ "</h1><p>" + HtmlUtils.htmlEscape(message, "UTF-8") + "</p></main></body></html>")
			.getBytes(StandardCharsets.UTF_8);
		response.setContentLength(body.length);
		response.getOutputStream().write(body);
	}
}
