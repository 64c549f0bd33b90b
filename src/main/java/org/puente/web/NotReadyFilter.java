package org.puente.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.MessageSource;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Answers 503 with Retry-After, in the reader's language, while the application is not ready for traffic. Tomcat
 * takes requests as soon as the context is refreshed, but Spring Boot runs the {@code ApplicationRunner}s (the
 * reference data, the joint letter's template, the demo data, under {@code database.StartupLoadersLock}) only after
 * that, and declares readiness ({@link ReadinessState#ACCEPTING_TRAFFIC}, with {@code ApplicationReadyEvent}) once
 * they are done. In between, pages were served from a half-loaded database: an API call counted 0 agreements a second
 * before the demo's 22 were there. The readiness probe already said OUT_OF_SERVICE then; now the pages agree with it.
 * The same state turns back to refusing when the context begins to close, so a stopping node sends new requests
 * away too, with the general "not available right now" rather than "starting". {@code /actuator} stays open: the
 * probes are how a load balancer learns the state.
 */
class NotReadyFilter extends OncePerRequestFilter {

	private final ApplicationAvailability availability;

	private final MessageSource messages;

	private final LocaleResolver locales;

	NotReadyFilter(ApplicationAvailability availability, MessageSource messages, LocaleResolver locales) {
		this.availability = availability;
		this.messages = messages;
		this.locales = locales;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (availability.getReadinessState() == ReadinessState.ACCEPTING_TRAFFIC || probe(request)) {
			chain.doFilter(request, response);
			return;
		}
		// no readiness published yet: the start (its loaders); one published after that: the context closing, or an
		// operator's pause — not a start, so the general "not available right now"
		boolean starting = availability.getLastChangeEvent(ReadinessState.class) == null;
		UnavailableAnswer.write(request, response, messages, locales.resolveLocale(request),
				starting ? "error.starting.title" : "error.503.title",
				starting ? "error.starting.message" : "error.503.message");
	}

	private static boolean probe(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.equals("/actuator") || path.startsWith("/actuator/");
	}
}
