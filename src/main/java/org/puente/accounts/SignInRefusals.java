package org.puente.accounts;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.puente.web.KnownPages;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;
import org.springframework.web.servlet.LocaleResolver;

/**
 * How the security rules say no. An address no controller answers is a 404 for everyone (a stranger is not sent
 * to sign in, which would reveal that something is there); pages send the browser to sign in, the API (and a script
 * asking for JSON anywhere) answers 401 with a problem report;
 * a script whose HTTP Basic sign-in must wait (see {@link SignInThrottle}) gets 429 with Retry-After.
 */
final class SignInRefusals {

	private final KnownPages known;

	private final MessageSource messages;

	private final LocaleResolver locales;

	SignInRefusals(KnownPages known, MessageSource messages, LocaleResolver locales) {
		this.known = known;
		this.messages = messages;
		this.locales = locales;
	}

	/** For pages: unknown → 404, else the sign-in page. */
	AuthenticationEntryPoint pages() {
		return knownOnly(new LoginUrlAuthenticationEntryPoint("/login"));
	}

	/**
	 * For the API and any script asking for JSON: unknown → 404, else 401, both through the error endpoint, which
	 * writes the problem report.
	 */
	AuthenticationEntryPoint api() {
		return knownOnly((request, response, ex) -> response.sendError(HttpStatus.UNAUTHORIZED.value()));
	}

	/** An unknown address is a 404 for whoever asks; a known one is answered by {@code entry}. */
	private AuthenticationEntryPoint knownOnly(AuthenticationEntryPoint entry) {
		return (request, response, ex) -> {
			if (!known.exist(request)) {
				response.sendError(HttpStatus.NOT_FOUND.value());
				return;
			}
			entry.commence(request, response, ex);
		};
	}

	/** For HTTP Basic: a throttled name or address gets 429 and how long to wait; a wrong password 401. */
	AuthenticationEntryPoint basic() {
		BasicAuthenticationEntryPoint challenge = new BasicAuthenticationEntryPoint();
		challenge.setRealmName("Puente");
		challenge.afterPropertiesSet();
		return (request, response, ex) -> {
			if (ex instanceof SignInThrottledException throttled) {
				tooManyTries(request, response, throttled);
				return;
			}
			challenge.commence(request, response, ex);
		};
	}

	/** Signed in but not allowed: 403, unless the address is unknown anyway (404). */
	AccessDeniedHandler denied() {
		AccessDeniedHandlerImpl forbidden = new AccessDeniedHandlerImpl();
		return (request, response, ex) -> {
			if (!known.exist(request)) {
				response.sendError(HttpStatus.NOT_FOUND.value());
				return;
			}
			forbidden.handle(request, response, ex);
		};
	}

	private void tooManyTries(HttpServletRequest request, HttpServletResponse response,
			SignInThrottledException throttled) throws IOException {
		Locale locale = locales.resolveLocale(request);
		String detail = messages.getMessage("login.wait", new Object[] { throttled.seconds() }, locale);
		String title = messages.getMessage("error.429.title", null, "Too Many Requests", locale);
		response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
		response.setHeader("Retry-After", String.valueOf(throttled.seconds()));
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.getWriter().write("{\"type\":\"about:blank\",\"status\":429,\"title\":\"" + json(title)
				+ "\",\"detail\":\"" + json(detail) + "\",\"code\":\"login.wait\"}");
	}

	private static String json(String text) {
		return text.replace("\\", "\\\\").replace("\"", "\\\"").replaceAll("[\\x00-\\x1f]", " ");
	}
}
