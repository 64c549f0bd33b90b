package org.puente.web;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.puente.PuenteTest;
import org.puente.WebTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.AvailabilityState;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.LocaleResolver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * While the application is not ready (the start-up loaders still at work, or the context closing), pages and the API
 * answer 503 with Retry-After and a sentence in the reader's language, as the readiness probe says OUT_OF_SERVICE;
 * the probes themselves still answer.
 */
@PuenteTest
class NotReadyTests extends WebTestSupport {

	@Autowired
	ApplicationContext context;

	@Autowired
	MessageSource messages;

	@Autowired
	LocaleResolver locales;

	/** Readiness as Spring Boot holds it during the start: nothing published yet, which reads as refusing. */
	private static final ApplicationAvailability STARTING = new ApplicationAvailability() {

		@Override
		public <S extends AvailabilityState> S getState(Class<S> type, S defaultState) {
			return defaultState;
		}

		@Override
		public <S extends AvailabilityState> S getState(Class<S> type) {
			return null;
		}

		@Override
		public <S extends AvailabilityState> AvailabilityChangeEvent<S> getLastChangeEvent(Class<S> type) {
			return null;
		}
	};

	@Test
	void whileStartingAPageSaysSoInTheReadersLanguageAndTheApiRefusesRatherThanCountNothing() throws Exception {
		NotReadyFilter filter = new NotReadyFilter(STARTING, messages, locales);
		String[][] expected = { { "es", "Puente se está iniciando" }, { "en", "Puente is starting" },
				{ "pt", "O Puente está iniciando" }, { "fr", "Puente démarre" } };
		AtomicBoolean served = new AtomicBoolean();
		for (String[] language : expected) {
			MockHttpServletResponse page = new MockHttpServletResponse();
			filter.doFilter(request("/", language[0]), page, (req, res) -> served.set(true));
			assertThat(page.getStatus()).as(language[0]).isEqualTo(503);
			assertThat(page.getHeader("Retry-After")).isEqualTo(ErrorPages.RETRY_AFTER_SECONDS);
			assertThat(page.getHeader("Cache-Control")).isEqualTo("no-store");
			Document parsed = HtmlValidityTests.validPage("/ " + language[0],
					page.getContentAsString(StandardCharsets.UTF_8));
			assertThat(parsed.selectFirst("html").attr("lang")).isEqualTo(language[0]);
			assertThat(parsed.selectFirst("main h1").text()).isEqualTo(language[1]);
		}
		// the call of the closing note (X-Total-Count 0 a second before the demo's 22): refused, not empty
		MockHttpServletResponse api = new MockHttpServletResponse();
		filter.doFilter(request("/api/v1/agreements", "en"), api, (req, res) -> served.set(true));
		assertThat(api.getStatus()).isEqualTo(503);
		assertThat(api.getContentType()).isEqualTo("application/problem+json");
		assertThat(api.getContentAsString(StandardCharsets.UTF_8)).contains("Puente is loading its data");
		assertThat(served).as("nothing behind the filter ran").isFalse();
		// the probes answer: they are how a balancer learns the state
		filter.doFilter(request("/actuator/health/readiness", "en"), new MockHttpServletResponse(),
				(req, res) -> served.set(true));
		assertThat(served).isTrue();
	}

	/** The application, once ready, refusing again (its context closing): the probe, pages and API agree. */
	@Test
	void whenReadinessIsWithdrawnPagesAndTheApiAnswer503AndTheProbeSaysOutOfService() throws Exception {
		AvailabilityChangeEvent.publish(context, ReadinessState.REFUSING_TRAFFIC);
		try {
			MockHttpServletResponse page = mvc.perform(get("/").header("Accept-Language", "en")).andReturn()
				.getResponse();
			assertThat(page.getStatus()).isEqualTo(503);
			assertThat(page.getHeader("Retry-After")).isEqualTo(ErrorPages.RETRY_AFTER_SECONDS);
			// not "starting": a node that stops is not starting
			assertThat(HtmlValidityTests.validPage("/", page.getContentAsString(StandardCharsets.UTF_8))
				.selectFirst("main h1").text()).isEqualTo("Service unavailable");
			MockHttpServletResponse api = mvc.perform(get("/api/v1/agreements").param("size", "3")
				.with(as("st-crm"))).andReturn().getResponse();
			assertThat(api.getStatus()).isEqualTo(503);
			assertThat(api.getHeader("X-Total-Count")).isNull();
			MockHttpServletResponse probe = mvc.perform(get("/actuator/health/readiness")).andReturn().getResponse();
			assertThat(probe.getStatus()).isEqualTo(503);
			assertThat(probe.getContentAsString()).contains("OUT_OF_SERVICE");
			assertThat(mvc.perform(get("/actuator/health/liveness")).andReturn().getResponse().getStatus())
				.isEqualTo(200);
		}
		finally {
			AvailabilityChangeEvent.publish(context, ReadinessState.ACCEPTING_TRAFFIC);
		}
		assertThat(mvc.perform(get("/")).andReturn().getResponse().getStatus()).isEqualTo(200);
		MockHttpServletResponse api = mvc.perform(get("/api/v1/agreements").param("size", "3").with(as("st-crm")))
			.andReturn().getResponse();
		assertThat(api.getStatus()).isEqualTo(200);
		assertThat(Integer.parseInt(api.getHeader("X-Total-Count"))).isPositive();
	}

	private static MockHttpServletRequest request(String path, String language) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
		request.addHeader("Accept-Language", language);
		return request;
	}
}
