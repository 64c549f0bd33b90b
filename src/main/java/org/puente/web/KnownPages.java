package org.puente.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.web.HttpMediaTypeException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

/**
 * Whether an address is one of Puente's pages or endpoints at all, so that the security rules can answer an
 * unknown address with 404 for everyone — signed in or not — instead of sending a stranger to the sign-in page
 * (which would tell them that something is there).
 */
@Component
public class KnownPages {

	private final ObjectProvider<RequestMappingInfoHandlerMapping> handlers;

	KnownPages(ObjectProvider<RequestMappingInfoHandlerMapping> handlers) {
		this.handlers = handlers;
	}

	/**
	 * True when a controller or an actuator endpoint answers this path (perhaps with another method or type than
	 * the one asked for). Static files are not asked: they are public, and a missing one is a 404 anyway. The
	 * address matched and its variables are left in the request's attributes, as the dispatcher leaves them: the
	 * security rules read them to tell an unknown id (accounts' {@code UnknownIds}).
	 */
	public boolean exist(HttpServletRequest request) {
		return handlers.orderedStream().anyMatch(mapping -> answers(mapping, request));
	}

	/**
	 * Whether the request is a script's: an address under {@code /api/}, or an {@code Accept} that names JSON and
	 * not HTML. It is answered with a problem report ({@link ErrorPages}), never a page nor a redirect to sign in.
	 */
	public static boolean asksForJson(HttpServletRequest request) {
		return ErrorPages.wantsJson(request);
	}

	private static boolean answers(RequestMappingInfoHandlerMapping mapping, HttpServletRequest request) {
		try {
			return mapping.getHandler(request) != null;
		}
		catch (HttpRequestMethodNotSupportedException | HttpMediaTypeException ex) {
			return true;
		}
		catch (Exception ex) {
			return true; // when in doubt, the usual answer (sign in, or 403) rather than a misleading 404
		}
	}
}
