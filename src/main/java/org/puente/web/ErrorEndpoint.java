package org.puente.web;

import java.util.Locale;
import java.util.function.Predicate;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * What the servlet container shows when a failure happens outside Spring MVC (a request the container itself
 * refuses, a security rule's 404, an error thrown by a filter): the same translated page or problem report as
 * {@link ErrorPages}, never the container's bare page. Visiting {@code /error} directly is a 404 like any unknown
 * address. It never reads request parameters: the request that failed may be the one whose parameters could not
 * be read.
 */
@Controller
class ErrorEndpoint implements ErrorController {

	/** A request attribute naming the sentence to show, when the code that refused the request knows better. */
	static final String MESSAGE_KEY = ErrorEndpoint.class.getName() + ".messageKey";

	private final MessageSource messages;

	private final UploadLimit uploadLimit;

	ErrorEndpoint(MessageSource messages, UploadLimit uploadLimit) {
		this.messages = messages;
		this.uploadLimit = uploadLimit;
	}

	@RequestMapping("/error")
	Object error(HttpServletRequest request, jakarta.servlet.http.HttpServletResponse response, Locale locale) {
		HttpStatus status = status(request);
		if (status == HttpStatus.SERVICE_UNAVAILABLE) {
			ErrorPages.retryLater(response); // e.g. no connection for the session store, read before any controller
		}
		String key = request.getAttribute(MESSAGE_KEY) instanceof String chosen ? chosen
				: "error." + status.value() + ".message";
		boolean json = ErrorPages.wantsJson(originalUri(request), request.getContextPath(), request.getHeader("Accept"));
		String instance = ErrorPages.instance(originalUri(request));
		if (ErrorPages.UPLOAD_TOO_LARGE.equals(key)) {
			return ErrorPages.uploadTooLarge(messages, uploadLimit, json, instance, request, locale);
		}
		Object answer = ErrorPages.answer(messages, json, instance, status, key, new Object[0], locale);
		if (answer instanceof org.springframework.web.servlet.ModelAndView page) {
			LayoutModel.addTo(page, request);
		}
		return answer;
	}

	/** The container's status; none means nobody failed (a direct visit): a 404. A 5xx stays a 5xx. */
	static HttpStatus status(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		if (!(code instanceof Integer value)) {
			return HttpStatus.NOT_FOUND;
		}
		Throwable failure = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
		if (tooLarge(failure)) {
			return HttpStatus.CONTENT_TOO_LARGE;
		}
		if (unreadableParameters(failure)) {
			return HttpStatus.BAD_REQUEST;
		}
		if (databaseUnavailable(failure)) {
			return HttpStatus.SERVICE_UNAVAILABLE; // e.g. the session store, read before any controller runs
		}
		HttpStatus status = HttpStatus.resolve(value);
		return status == null || !status.isError() ? HttpStatus.INTERNAL_SERVER_ERROR : status;
	}

	private static String originalUri(HttpServletRequest request) {
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		return uri instanceof String s ? s : request.getRequestURI();
	}

	/** Tomcat's and Commons FileUpload's words for a body over the limits. */
	static boolean tooLarge(@Nullable Throwable failure) {
		return anyCause(failure, t -> {
			String name = t.getClass().getSimpleName();
			String message = String.valueOf(t.getMessage());
			return name.contains("SizeLimitExceeded") || name.contains("MaxUploadSizeExceeded")
					|| name.contains("SizeException") || message.contains("maxPostSize")
					|| message.contains("exceeds its maximum") || message.contains("max-http-form-post-size");
		});
	}

	private static boolean databaseUnavailable(@Nullable Throwable failure) {
		return anyCause(failure, t -> t instanceof org.springframework.dao.DataAccessResourceFailureException
				|| t instanceof org.springframework.transaction.CannotCreateTransactionException
				|| t instanceof java.sql.SQLTransientConnectionException
				|| t instanceof java.sql.SQLNonTransientConnectionException);
	}

	/** Tomcat refuses parameters it cannot decode (bad %-escapes, too many of them) with an exception. */
	private static boolean unreadableParameters(@Nullable Throwable failure) {
		return anyCause(failure, t -> t.getClass().getSimpleName().contains("InvalidParameter"));
	}

	/** Whether the failure or one of its causes is such (a cause that is its own cause ends the chain). */
	private static boolean anyCause(@Nullable Throwable failure, Predicate<Throwable> such) {
		for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
			if (such.test(t)) {
				return true;
			}
		}
		return false;
	}
}
