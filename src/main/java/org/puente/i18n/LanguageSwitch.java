package org.puente.i18n;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.support.RequestContextUtils;

/** Honours {@code ?lang=xx} on any page: switches, remembers, and refuses languages Puente does not offer. */
class LanguageSwitch implements HandlerInterceptor {

	private final ApplicationEventPublisher events;

	LanguageSwitch(ApplicationEventPublisher events) {
		this.events = events;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		// only page views switch: a form field or an API filter may be called "lang" too (a document's language)
		String requested = "GET".equals(request.getMethod()) ? request.getParameter("lang") : null;
		if (requested == null || requested.isBlank()) {
			return true;
		}
		Language language = Language.of(requested).orElseThrow(() -> new UnsupportedLanguageException(requested));
		var resolver = RequestContextUtils.getLocaleResolver(request);
		if (resolver != null) {
			resolver.setLocale(request, response, language.locale());
		}
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth != null && auth.isAuthenticated() && !"anonymousUser".equals(auth.getName())) {
			events.publishEvent(new LanguageChosen(auth.getName(), language));
		} else {
			// not signed in yet: the choice is noted for the sign-in that may follow, which saves it to the account
			LanguageChosen.noteBeforeSignIn(response, language);
		}
		return true;
	}
}
