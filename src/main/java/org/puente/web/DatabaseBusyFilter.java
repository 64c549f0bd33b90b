package org.puente.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

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
		UnavailableAnswer.write(request, response, messages, locales.resolveLocale(request), "error.503.title",
				"error.503.message");
	}
}
