package org.puente.web;

import java.sql.Connection;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import jakarta.servlet.RequestDispatcher;
import org.junit.jupiter.api.Test;
import org.puente.PuenteTest;
import org.puente.refusal.RefusalKind;
import org.puente.refusal.RefusedException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.support.DefaultTransactionDefinition;
import org.springframework.web.servlet.ModelAndView;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * When there is no room — every database connection taken for as long as a request waits in line, or every file
 * reader busy with a full line — the answer is a 503 with Retry-After and a sentence in the person's language, for
 * pages and the API alike; never a 500, never a hang. The pool here is really exhausted (a pool of one whose only
 * connection is held), so the failure answered is the one a busy server produces.
 */
@PuenteTest
class BusyAnswersTests {

	@Autowired
	ErrorPages pages;

	@Autowired
	ErrorEndpoint endpoint;

	@Autowired
	DataSource dataSource;

	@Autowired
	org.springframework.boot.web.servlet.FilterRegistrationBean<DatabaseBusyFilter> busyFilter;

	/** The session store out of reach (Spring Session's filter throws): a 503 of its own, not the error page's 500. */
	@Test
	void aSessionStoreOutOfReachIsA503WithRetryAfterWithoutTheErrorPage() throws Exception {
		CannotCreateTransactionException exhausted = new CannotCreateTransactionException("no connection",
				new SQLTransientConnectionException("HikariPool-1 - Connection is not available"));
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/meetings");
		request.addHeader("Accept-Language", "fr");
		MockHttpServletResponse response = new MockHttpServletResponse();
		busyFilter.getFilter().doFilter(request, response, (req, res) -> {
			throw exhausted;
		});
		assertThat(response.getStatus()).isEqualTo(503);
		assertThat(response.getHeader("Retry-After")).isEqualTo("5");
		assertThat(response.getContentAsString()).contains("<h1>Service indisponible</h1>")
			.contains("réessayez dans quelques secondes");

		MockHttpServletRequest api = new MockHttpServletRequest("POST", "/api/v1/meetings");
		MockHttpServletResponse problem = new MockHttpServletResponse();
		busyFilter.getFilter().doFilter(api, problem, (req, res) -> {
			throw exhausted;
		});
		assertThat(problem.getStatus()).isEqualTo(503);
		assertThat(problem.getContentType()).isEqualTo("application/problem+json");
		assertThat(problem.getContentAsString()).contains("\"status\":503").contains("Puente no está disponible")
			.contains("\"code\":\"error.503.message\"").contains("\"instance\":\"/api/v1/meetings\"");

		// any other failure is not the filter's business: it goes on to the error page
		IllegalStateException other = new IllegalStateException("a bug");
		assertThat(catchThrowableOfType(IllegalStateException.class, () -> busyFilter.getFilter()
			.doFilter(new MockHttpServletRequest("GET", "/meetings"), new MockHttpServletResponse(), (req, res) -> {
				throw other;
			}))).isSameAs(other);
	}

	@Test
	void anExhaustedPoolIsA503WithRetryAfterInThePersonsLanguage() throws Exception {
		HikariDataSource app = (HikariDataSource) dataSource;
		HikariConfig config = new HikariConfig();
		config.setJdbcUrl(app.getJdbcUrl());
		config.setUsername(app.getUsername());
		config.setPassword(app.getPassword());
		config.setMaximumPoolSize(1);
		config.setConnectionTimeout(250);
		try (HikariDataSource tiny = new HikariDataSource(config); Connection held = tiny.getConnection()) {
			CannotCreateTransactionException exhausted = catchThrowableOfType(CannotCreateTransactionException.class,
					() -> new DataSourceTransactionManager(tiny).getTransaction(new DefaultTransactionDefinition()));
			assertThat(exhausted).hasRootCauseInstanceOf(SQLTransientConnectionException.class);

			MockHttpServletResponse response = new MockHttpServletResponse();
			ModelAndView page = (ModelAndView) pages.unavailable(exhausted, new MockHttpServletRequest("POST", "/meetings"),
					response, Locale.ENGLISH);
			assertThat(page.getStatus()).hasToString("503 SERVICE_UNAVAILABLE");
			assertThat(page.getModel().get("detail")).asString().startsWith("Puente is not available right now");
			assertThat(response.getHeader("Retry-After")).isEqualTo("5");

			MockHttpServletResponse apiResponse = new MockHttpServletResponse();
			ResponseEntity<?> problem = (ResponseEntity<?>) pages.unavailable(exhausted,
					new MockHttpServletRequest("POST", "/api/v1/meetings"), apiResponse, Locale.forLanguageTag("es"));
			assertThat(problem.getStatusCode().value()).isEqualTo(503);
			assertThat(((ProblemDetail) problem.getBody()).getDetail()).startsWith("Puente no está disponible");
			assertThat(apiResponse.getHeader("Retry-After")).isEqualTo("5");
		}
	}

	@Test
	void aPoolExhaustedBeforeAnyControllerIsA503WithRetryAfterToo() {
		// the session store is read by a filter: its failure reaches the container's error page
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/error");
		request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, 500);
		request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, "/meetings");
		request.setAttribute(RequestDispatcher.ERROR_EXCEPTION,
				new IllegalStateException(new SQLTransientConnectionException("puente - Connection is not available")));
		MockHttpServletResponse response = new MockHttpServletResponse();
		ModelAndView page = (ModelAndView) endpoint.error(request, response, Locale.forLanguageTag("pt"));
		assertThat(page.getStatus()).hasToString("503 SERVICE_UNAVAILABLE");
		assertThat(page.getModel().get("detail")).asString().startsWith("O Puente não está disponível");
		assertThat(response.getHeader("Retry-After")).isEqualTo("5");
	}

	@Test
	void busyFileReadersAreA503WithRetryAfterInThePersonsLanguage() {
		MockHttpServletResponse response = new MockHttpServletResponse();
		ModelAndView page = (ModelAndView) pages.refused(new RefusedException(RefusalKind.BUSY, "documents.extraction.busy"),
				new MockHttpServletRequest("POST", "/agreements/reviews"), response, Locale.forLanguageTag("fr"));
		assertThat(page.getStatus()).hasToString("503 SERVICE_UNAVAILABLE");
		assertThat(page.getModel().get("detail")).asString().startsWith("Beaucoup de fichiers sont en cours de lecture");
		assertThat(response.getHeader("Retry-After")).isEqualTo("5");

		MockHttpServletResponse apiResponse = new MockHttpServletResponse();
		ResponseEntity<?> problem = (ResponseEntity<?>) pages.refused(
				new RefusedException(RefusalKind.BUSY, "documents.extraction.busy"),
				new MockHttpServletRequest("POST", "/api/v1/extract"), apiResponse, Locale.ENGLISH);
		assertThat(problem.getStatusCode().value()).isEqualTo(503);
		assertThat(((ProblemDetail) problem.getBody()).getDetail()).startsWith("Many files are being read right now");
		assertThat(apiResponse.getHeader("Retry-After")).isEqualTo("5");
	}

	/** A page that answers its own refusals (the minutes upload form) says when to try again as the error page does. */
	@Test
	void aPageAnsweringBusyFileReadersItselfSaysWhenToTryAgain() {
		MockHttpServletResponse response = new MockHttpServletResponse();
		String view = FormSubmission.act(response, () -> {
			throw new RefusedException(RefusalKind.BUSY, "documents.extraction.busy");
		}, refusal -> "form :: " + refusal.messageKey());
		assertThat(view).isEqualTo("form :: documents.extraction.busy");
		assertThat(response.getStatus()).isEqualTo(503);
		assertThat(response.getHeader("Retry-After")).isEqualTo("5");
	}
}
