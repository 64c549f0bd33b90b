package org.puente.web;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.json.ProblemDetailJacksonMixin;
import tools.jackson.databind.json.JsonMapper;

/**
 * The problem report {@link ErrorPages} answers, written straight to the response by code that answers before any
 * controller (the security filters: a failed sign-in, a throttled one; the database out of reach around the session
 * store): the same members — title, status, detail, instance, code — and the same sentences in the request's
 * language.
 */
public final class ProblemReports {

	private static final JsonMapper JSON = JsonMapper.builder()
		.addMixIn(ProblemDetail.class, ProblemDetailJacksonMixin.class)
		.build();

	private ProblemReports() {
	}

	/** Writes the report of {@code status} whose detail is the sentence {@code key} with {@code args}. */
	public static void write(HttpServletRequest request, HttpServletResponse response, MessageSource messages,
			Locale locale, HttpStatus status, String key, Object... args) throws IOException {
		ProblemDetail problem = of(request, messages, locale, status, key, args);
		byte[] body = JSON.writeValueAsBytes(problem); // UTF-8, as JSON always is: no charset, like Spring MVC's
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setContentLength(body.length);
		response.getOutputStream().write(body);
	}

	/**
	 * The report of {@code status} for a module's own exception handler, which adds members of its own (the address
	 * of the document a refused upload duplicates) before answering it.
	 */
	public static ProblemDetail of(HttpServletRequest request, MessageSource messages, Locale locale,
			HttpStatus status, String key, Object... args) {
		return ErrorPages.problem(messages, ErrorPages.instance(request.getRequestURI()), status, key, args, locale);
	}

	/**
	 * Names the sentence that the error page, or the report, will give for the refusal this request is about to get,
	 * when the code that refuses knows better than the status alone (a form whose security token is stale is refused
	 * 403, but not for lack of rights).
	 */
	public static void explainRefusal(HttpServletRequest request, String key) {
		request.setAttribute(ErrorEndpoint.MESSAGE_KEY, key);
	}

	/**
	 * A refusal because the record changed since the version sent tells a script the version stored now, as a
	 * meeting's overtaken change always did ({@link ConflictingEdit}): it reads the record again and decides.
	 */
	static Object withCurrentVersion(Exception ex, Object answer) {
		if (ex instanceof org.puente.refusal.StaleVersion stale && answer instanceof org.springframework.http.ResponseEntity<?> entity
				&& entity.getBody() instanceof ProblemDetail problem) {
			problem.setProperty("currentVersion", stale.currentVersion());
		}
		return answer;
	}

	/**
	 * A report's sentence: the script's own wording ({@code key.api}) where the page's speaks of a form or a page
	 * ("what you typed is still in the form"; walk of the API, finding 16), else the page's. The report's
	 * {@code code} stays {@code key}, the same for both.
	 */
	static String sentence(MessageSource messages, String key, Object[] args, Locale locale) {
		String forScripts = messages.getMessage(key + ".api", args, null, locale);
		return forScripts != null ? forScripts : messages.getMessage(key, args, key, locale);
	}
}
