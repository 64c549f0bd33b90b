package org.puente.accounts;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.puente.refusal.NotFoundException;
import org.puente.web.KnownIds;
import org.puente.web.KnownPages;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Whether a request names an id that does not exist: then it is a 404 for whoever asks, as an unknown address is,
 * and only a known id is refused (403) or sent to sign in. Asked before a page's role rule
 * ({@link AuthorizeBeforeBinding}) and when the security rules refuse ({@link SignInRefusals}), and only for
 * addresses under one the capabilities declared ({@link KnownIds}): a page without a rule, or under no declared
 * address, pays no query.
 */
@Component
class UnknownIds {

	private final List<KnownIds> declared;

	UnknownIds(List<KnownIds> declared) {
		this.declared = declared;
	}

	/**
	 * The capability's 404 when the request's address names an unknown id, null otherwise. It reads the address the
	 * handler mapping matched and its variables, as the dispatcher leaves them in the request (so does
	 * {@code web.KnownPages} when the security rules ask it).
	 */
	@Nullable NotFoundException named(HttpServletRequest request) {
		if (!(request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE) instanceof String pattern)
				|| !(request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> values)) {
			return null;
		}
		for (KnownIds ids : declared) {
			String id = ids.idIn(pattern, values);
			if (id == null) {
				continue;
			}
			if (!ids.readable(id)) {
				// as the binding answers it: the unknown page for a browser; a script keeps its 400 naming the value
				return KnownPages.asksForJson(request) ? null : new NotFoundException("error.404.message");
			}
			return ids.exists(id) ? null : new NotFoundException(ids.notFoundKey());
		}
		return null;
	}
}
