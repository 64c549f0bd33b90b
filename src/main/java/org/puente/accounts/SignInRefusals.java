package org.puente.accounts;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.puente.refusal.NotFoundException;
import org.puente.web.KnownPages;
import org.puente.web.ProblemReports;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationConverter;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/**
 * How the security rules say no. An address no controller answers, or one naming an id that does not exist
 * ({@link UnknownIds}), is a 404 for everyone (a stranger is not sent to sign in, which would reveal that something
 * is there); pages send the browser to sign in, the API (and a script
 * asking for JSON anywhere) answers 401 with a problem report;
 * a script whose sign-in fails gets 401, or 429 with Retry-After when it must wait (see {@link SignInThrottle}).
 */
@Component
final class SignInRefusals {

	private final KnownPages known;

	private final UnknownIds unknownIds;

	private final MessageSource messages;

	private final LocaleResolver locales;

	private final SignInAudit audit;

	private static final BasicAuthenticationConverter BASIC = new BasicAuthenticationConverter();

	SignInRefusals(KnownPages known, UnknownIds unknownIds, MessageSource messages, LocaleResolver locales,
			SignInAudit audit) {
		this.unknownIds = unknownIds;
		this.audit = audit;
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

	/**
	 * For a script downloading an export (walk of the API, finding 20: curl got the sign-in form's 302): 401 with the
	 * HTTP Basic challenge it can answer, and a problem report that says so in its language. Unknown → 404.
	 */
	AuthenticationEntryPoint download() {
		return challenge("accounts.download.signIn");
	}

	/**
	 * For the actuator's endpoints (a Prometheus scraper reads /actuator/prometheus with HTTP Basic): 401 with the
	 * challenge, never the sign-in form's redirect, which a scraper follows and reads as a page of metrics it cannot
	 * parse. Unknown → 404.
	 */
	AuthenticationEntryPoint operations() {
		return challenge("accounts.operations.signIn");
	}

	private AuthenticationEntryPoint challenge(String messageKey) {
		return knownOnly((request, response, ex) -> {
			response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Puente\"");
			ProblemReports.write(request, response, messages, locales.resolveLocale(request), HttpStatus.UNAUTHORIZED,
					messageKey);
		});
	}

	/** Whether the request is for one of the actuator's endpoints (operations' tools, never a person's page). */
	static boolean operationsEndpoint(HttpServletRequest request) {
		return request.getRequestURI().startsWith(request.getContextPath() + "/actuator/");
	}

	/** The addresses of files to download: the lists' exports, the calendars, the glossary's formats. */
	private static final java.util.regex.Pattern DOWNLOAD = java.util.regex.Pattern
		.compile(".*(/export(\\.[a-z]+)?|\\.(csv|xlsx|ics|tbx|ttl))$");

	/**
	 * Whether the request is a script's download: an export's address asked for without HTML among the types it
	 * accepts (curl sends *&#47;*, a script names text/csv; a browser always names text/html, and still gets the
	 * sign-in page and comes back to the file).
	 */
	static boolean scriptDownloading(HttpServletRequest request) {
		String accept = request.getHeader(HttpHeaders.ACCEPT);
		return (accept == null || !accept.contains("text/html")) && DOWNLOAD.matcher(request.getRequestURI()).matches();
	}

	/** An unknown address is a 404 for whoever asks; a known one is answered by {@code entry}. */
	private AuthenticationEntryPoint knownOnly(AuthenticationEntryPoint entry) {
		return (request, response, ex) -> {
			if (!answeredAsUnknown(request, response)) {
				entry.commence(request, response, ex);
			}
		};
	}

	/**
	 * Answers 404 when no page or endpoint has this address, or when the address names an id that does not exist
	 * (with the capability's sentence: "this meeting does not exist"), whoever asks.
	 */
	private boolean answeredAsUnknown(HttpServletRequest request, HttpServletResponse response) throws IOException {
		if (known.exist(request)) {
			NotFoundException none = unknownIds.named(request);
			if (none == null) {
				return false;
			}
			ProblemReports.explainRefusal(request, none.messageKey());
		}
		response.sendError(HttpStatus.NOT_FOUND.value());
		return true;
	}

	/**
	 * For HTTP Basic: a refused sign-in is written in the audit trail as the form's is (SignInAudit), then answered
	 * like a script's refused form sign-in — 401 with the challenge, or 429 and how long to wait — as a problem
	 * report in the caller's language. A throttled try is not written: it checked no password, and a script that
	 * keeps knocking while it waits would otherwise write an entry per request; the tries that are checked are
	 * bounded by the throttle.
	 */
	AuthenticationEntryPoint basic() {
		return (request, response, ex) -> {
			if (!(ex instanceof SignInThrottledException)) {
				if (SecurityConfiguration.sendsBasic(request)) { // not a request that merely lacked credentials
					audit.failed(typedName(request), "basic", ex, request.getRemoteAddr());
				}
				response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Puente\"");
			}
			failedSignIn(request, response, ex);
		};
	}

	/** The name in a request's Basic credentials; null when they are missing or unreadable. */
	private static @Nullable String typedName(HttpServletRequest request) {
		try {
			UsernamePasswordAuthenticationToken typed = BASIC.convert(request);
			return typed == null ? null : typed.getName();
		}
		catch (AuthenticationException ex) {
			return null;
		}
	}

	/**
	 * Signed in but not allowed: 403, unless the address is unknown anyway (404). A form sent without its valid
	 * security token — most often a page left open until its session ended — is no matter of rights: the person is
	 * told to keep a copy of what they typed and reload, not that their account may not do this.
	 */
	AccessDeniedHandler denied() {
		AccessDeniedHandlerImpl forbidden = new AccessDeniedHandlerImpl();
		return (request, response, ex) -> {
			if (!answeredAsUnknown(request, response)) {
				if (ex instanceof CsrfException) {
					ProblemReports.explainRefusal(request, "error.403.staleForm");
				}
				forbidden.handle(request, response, ex);
			}
		};
	}

	/**
	 * A failed sign-in of a client that asks for JSON: 401 with the same sentence the sign-in page shows, or 429 and
	 * how long to wait — a problem report, never the redirect to the sign-in page a browser gets.
	 */
	void failedSignIn(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
			throws IOException {
		if (ex instanceof SignInThrottledException throttled) {
			tooManyTries(request, response, throttled);
			return;
		}
		ProblemReports.write(request, response, messages, locales.resolveLocale(request), HttpStatus.UNAUTHORIZED,
				"login.failed");
	}

	private void tooManyTries(HttpServletRequest request, HttpServletResponse response,
			SignInThrottledException throttled) throws IOException {
		response.setHeader("Retry-After", String.valueOf(throttled.seconds()));
		ProblemReports.write(request, response, messages, locales.resolveLocale(request),
				HttpStatus.TOO_MANY_REQUESTS, "login.wait", throttled.seconds());
	}
}
