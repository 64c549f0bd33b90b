package org.puente.web;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.puente.i18n.Language;
import org.puente.i18n.UnsupportedLanguageException;
import org.puente.refusal.NotFoundException;
import org.puente.refusal.RefusedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Every failure a person can cause answers with the status that says what happened and a sentence in their
 * language: a page for browsers, an RFC 9457 problem report for the API. Nothing leaks a stack trace.
 */
@ControllerAdvice
class ErrorPages {

	private static final Logger LOG = LoggerFactory.getLogger(ErrorPages.class);

	/** The sentence of an upload over the limit, which names the limit. */
	static final String UPLOAD_TOO_LARGE = "error.upload.tooLarge";

	private final MessageSource messages;

	private final UploadLimit uploadLimit;

	ErrorPages(MessageSource messages, UploadLimit uploadLimit) {
		this.messages = messages;
		this.uploadLimit = uploadLimit;
	}

	@ExceptionHandler(NotFoundException.class)
	Object notFound(NotFoundException ex, HttpServletRequest request, Locale locale) {
		return answer(request, HttpStatus.NOT_FOUND, ex.messageKey(), new Object[0], locale);
	}

	@ExceptionHandler(NoResourceFoundException.class)
	Object noResource(HttpServletRequest request, Locale locale) {
		return answer(request, HttpStatus.NOT_FOUND, "error.404.message", new Object[0], locale);
	}

	@ExceptionHandler(RefusedException.class)
	Object refused(RefusedException ex, HttpServletRequest request, jakarta.servlet.http.HttpServletResponse response,
			Locale locale) {
		HttpStatus status = RefusalStatus.of(ex);
		if (status == HttpStatus.SERVICE_UNAVAILABLE) {
			retryLater(response);
		}
		return ProblemReports.withCurrentVersion(ex, answer(request, status, ex.messageKey(), ex.arguments(), locale));
	}

	/** How long a client should wait before it tries again a request refused for want of room (503). */
	static final String RETRY_AFTER_SECONDS = "5";

	static void retryLater(jakarta.servlet.http.HttpServletResponse response) {
		response.setHeader(org.springframework.http.HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
	}

	@ExceptionHandler(UnsupportedLanguageException.class)
	Object unsupportedLanguage(UnsupportedLanguageException ex, HttpServletRequest request, Locale locale) {
		String offered = String.join(", ", java.util.Arrays.stream(Language.values()).map(Language::endonym).toList());
		return answer(request, HttpStatus.BAD_REQUEST, "error.language.unsupported",
				new Object[] { ex.requested(), offered }, locale);
	}

	@ExceptionHandler({ AccessDeniedException.class, AuthorizationDeniedException.class })
	Object forbidden(HttpServletRequest request, Locale locale) {
		return answer(request, HttpStatus.FORBIDDEN, "error.403.message", new Object[0], locale);
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	Object conflict(OptimisticLockingFailureException ex, HttpServletRequest request, Locale locale) {
		return ProblemReports.withCurrentVersion(ex, answer(request, HttpStatus.CONFLICT, "error.conflict.message", new Object[0], locale));
	}

	/** A script's change overtaken by someone else's: the stored version and values, to decide and send again. */
	@ExceptionHandler(ConflictingEdit.class)
	Object overtaken(ConflictingEdit ex, HttpServletRequest request, Locale locale) {
		Object answer = answer(request, HttpStatus.CONFLICT, ex.messageKey(), new Object[0], locale);
		if (answer instanceof ResponseEntity<?> entity && entity.getBody() instanceof ProblemDetail problem) {
			EditConflict conflict = ex.conflict();
			problem.setProperty("currentVersion", conflict.current());
			problem.setProperty("current", conflict.currentValues());
			if (conflict.changedBy() != null) {
				problem.setProperty("changedBy", conflict.changedBy());
			}
			if (conflict.changedAt() != null) {
				problem.setProperty("changedAt", conflict.changedAt().toString());
			}
		}
		return answer;
	}

	@ExceptionHandler(DataIntegrityViolationException.class)
	Object integrity(DataIntegrityViolationException ex, HttpServletRequest request, Locale locale) {
		LOG.info("Refused a change that breaks a database rule: {}", ex.getMostSpecificCause().getMessage());
		if (String.valueOf(ex.getMostSpecificCause().getMessage()).contains("0x00")) {
			// a NUL character (sent through the JSON API): unreadable input, not a clash with another record
			return answer(request, HttpStatus.BAD_REQUEST, "error.400.message", new Object[0], locale);
		}
		return answer(request, HttpStatus.CONFLICT, "error.integrity.message", new Object[0], locale);
	}

	/** The database is unreachable (restarting, failing over): nothing was saved; try again in a moment. */
	@ExceptionHandler({ org.springframework.dao.DataAccessResourceFailureException.class,
			org.springframework.transaction.CannotCreateTransactionException.class,
			org.springframework.dao.TransientDataAccessException.class })
	Object unavailable(Exception ex, HttpServletRequest request, jakarta.servlet.http.HttpServletResponse response,
			Locale locale) {
		LOG.warn("Database unavailable for {}: {}", request.getRequestURI(), ex.getMessage());
		// busy (every connection taken for as long as a request waits in line for one) or restarting: try again soon
		retryLater(response);
		return answer(request, HttpStatus.SERVICE_UNAVAILABLE, "error.503.message", new Object[0], locale);
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	Object tooLarge(HttpServletRequest request, Locale locale) {
		return uploadTooLarge(messages, uploadLimit, wantsJson(request), null, request, locale);
	}

	/**
	 * An upload over the limit, refused by Spring here or by the container before it ({@link ErrorEndpoint}): the
	 * sentence names the limit, and the page leads back to its form (where the browser keeps what was typed), not
	 * only home.
	 */
	static Object uploadTooLarge(MessageSource messages, UploadLimit limit, boolean json, @Nullable String instance,
			HttpServletRequest request, Locale locale) {
		Object answer = answer(messages, json, instance, HttpStatus.CONTENT_TOO_LARGE, UPLOAD_TOO_LARGE,
				new Object[] { limit.megabytes() }, locale);
		if (answer instanceof ModelAndView page) {
			page.addObject("back", UploadLimit.formPage(request));
			LayoutModel.addTo(page, request);
		}
		return answer;
	}

	@ExceptionHandler(MultipartException.class)
	Object badUpload(HttpServletRequest request, Locale locale) {
		return answer(request, HttpStatus.BAD_REQUEST, "error.upload.malformed", new Object[0], locale);
	}

	@ExceptionHandler({ HttpMessageNotReadableException.class, IllegalArgumentException.class })
	Object badRequest(Exception ex, HttpServletRequest request, Locale locale) {
		LOG.debug("Bad request to {}: {}", request.getRequestURI(), ex.getMessage());
		String field = ex instanceof HttpMessageNotReadableException ? JsonFields.named(ex) : null;
		if (field != null) {
			// a JSON body whose field holds a value of the wrong kind (a date "2017-13-45", an unknown kind): the
			// report names the field, as a form's mistakes do, so a script knows what to correct (walk of the API)
			Object answer = answer(request, HttpStatus.BAD_REQUEST, "error.400.unreadable", new Object[] { field },
					locale);
			if (answer instanceof ResponseEntity<?> entity && entity.getBody() instanceof ProblemDetail problem) {
				problem.setProperty("errors", List.of(Mistake.inField(field, "error.400.unreadable", field)
					.report(messages, locale)));
			}
			return answer;
		}
		return answer(request, HttpStatus.BAD_REQUEST, "error.400.message", new Object[0], locale);
	}

	/**
	 * A value no page of Puente sends (an outcome that is no choice of the list, a letter in a hidden number): only a
	 * script sends it, and the sentence names the parameter as the script spelled it. An unreadable id in a page's
	 * address is an unknown page instead (404).
	 */
	@ExceptionHandler(TypeMismatchException.class)
	Object unreadableValue(TypeMismatchException ex, HttpServletRequest request, Locale locale) {
		String name = ex instanceof MethodArgumentTypeMismatchException argument ? argument.getName()
				: ex.getPropertyName();
		if (name == null) {
			return badRequest(ex, request, locale);
		}
		LOG.debug("Unreadable value of {} for {}: {}", name, request.getRequestURI(), ex.getMessage());
		if (!wantsJson(request) && ex instanceof MethodArgumentTypeMismatchException argument
				&& argument.getParameter().hasParameterAnnotation(PathVariable.class)) {
			// a page's address with an id that cannot be read (/meetings/abc, an old or mistyped bookmark) names no
			// page: the same 404 as an unknown id. A script keeps the 400 naming the value it sent wrong.
			return answer(request, HttpStatus.NOT_FOUND, "error.404.message", new Object[0], locale);
		}
		return answer(request, HttpStatus.BAD_REQUEST, "error.400.unreadable", new Object[] { name }, locale);
	}

	/** A parameter every page sends is missing: a script forgot it. */
	@ExceptionHandler(MissingServletRequestParameterException.class)
	Object missingValue(MissingServletRequestParameterException ex, HttpServletRequest request, Locale locale) {
		return answer(request, HttpStatus.BAD_REQUEST, "error.400.missing", new Object[] { ex.getParameterName() },
				locale);
	}

	/** An upload without its file part (a browser sends the part, empty, even when no file was chosen). */
	@ExceptionHandler(MissingServletRequestPartException.class)
	Object missingFile(MissingServletRequestPartException ex, HttpServletRequest request, Locale locale) {
		return answer(request, HttpStatus.BAD_REQUEST, "error.upload.missing", new Object[] { ex.getRequestPartName() },
				locale);
	}

	/**
	 * Mistakes in what a client that asks for JSON sent (a form's fields, a file's lines): 422, each mistake with its
	 * line and field when it has them, its code and its sentence, in the {@code errors} member.
	 */
	@ExceptionHandler(InvalidInput.class)
	Object invalidInput(InvalidInput ex, HttpServletRequest request, Locale locale) {
		Object answer = answer(request, HttpStatus.UNPROCESSABLE_CONTENT, ex.messageKey(), ex.arguments(), locale);
		if (answer instanceof ResponseEntity<?> entity && entity.getBody() instanceof ProblemDetail problem) {
			problem.setProperty("errors", ex.mistakes().stream().map(m -> m.report(messages, locale)).toList());
		}
		return answer;
	}

	@ExceptionHandler(HttpRequestMethodNotSupportedException.class)
	Object methodNotAllowed(HttpServletRequest request, Locale locale) {
		return answer(request, HttpStatus.METHOD_NOT_ALLOWED, "error.405.message", new Object[0], locale);
	}

	@ExceptionHandler(HttpMediaTypeNotSupportedException.class)
	Object unsupportedMedia(HttpServletRequest request, Locale locale) {
		return answer(request, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "error.415.message", new Object[0], locale);
	}

	private Object answer(HttpServletRequest request, HttpStatus status, String key, Object[] args, Locale locale) {
		Object answer = answer(messages, wantsJson(request), null, status, key, args, locale);
		if (answer instanceof ModelAndView page) {
			LayoutModel.addTo(page, request);
		}
		return answer;
	}

	/** The page or problem report for a refusal; also what {@link ErrorEndpoint} answers for the container. */
	static Object answer(MessageSource messages, boolean json, @Nullable String instance, HttpStatus status,
			String key, Object[] args, Locale locale) {
		if (json) {
			return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.body(problem(messages, instance, status, key, args, locale));
		}
		ModelAndView page = new ModelAndView("error");
		page.setStatus(status);
		page.addObject("status", status.value());
		page.addObject("detail", messages.getMessage(key, args, key, locale));
		return page;
	}

	/** The RFC 9457 report: the status in words as its title, the sentence as its detail and the sentence's key. */
	static ProblemDetail problem(MessageSource messages, @Nullable String instance, HttpStatus status, String key,
			Object[] args, Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, ProblemReports.sentence(messages, key, args, locale));
		// a script asked for a resource, not a page: "Resource not found" where a status has its own wording for that
		String pageTitle = messages.getMessage("error." + status.value() + ".title", null, status.getReasonPhrase(), locale);
		problem.setTitle(messages.getMessage("error." + status.value() + ".problemTitle", null, pageTitle, locale));
		problem.setType(ProblemType.of(status.value()).uri());
		problem.setProperty("code", key);
		if (instance != null) {
			problem.setInstance(java.net.URI.create(instance));
		}
		return problem;
	}

	/** A request's path as a report's instance: only the characters a path needs, nothing a client could inject. */
	static String instance(String uri) {
		return uri.replaceAll("[^\\w/.~-]", "");
	}

	static boolean wantsJson(HttpServletRequest request) {
		return wantsJson(request.getRequestURI(), request.getContextPath(), request.getHeader("Accept"));
	}

	static boolean wantsJson(String uri, String contextPath, @Nullable String accept) {
		return uri.startsWith(contextPath + "/api/") || (accept != null && accept.contains("json")
				&& !accept.contains("html"));
	}

}
