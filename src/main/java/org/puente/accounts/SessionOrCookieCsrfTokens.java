package org.puente.accounts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;

/**
 * Where the CSRF token lives: in the session of a signed-in person, and, for a visitor who has none (the sign-in
 * form), in a cookie only this site can read. An anonymous visitor therefore never gets a session, so reading the
 * public pages writes nothing to the database. The token keeps its names ({@code _csrf}, {@code X-CSRF-TOKEN})
 * either way, so forms, htmx and API clients that send the session's token in a header work as before.
 */
final class SessionOrCookieCsrfTokens implements CsrfTokenRepository {

	static final String COOKIE = "PUENTE-CSRF";

	private final HttpSessionCsrfTokenRepository session = new HttpSessionCsrfTokenRepository();

	private final CookieCsrfTokenRepository cookie = new CookieCsrfTokenRepository();

	SessionOrCookieCsrfTokens() {
		cookie.setCookieName(COOKIE);
		cookie.setHeaderName("X-CSRF-TOKEN");
		cookie.setParameterName("_csrf");
		cookie.setCookieCustomizer(c -> c.sameSite("Lax").httpOnly(true));
	}

	@Override
	public CsrfToken generateToken(HttpServletRequest request) {
		return session.generateToken(request);
	}

	@Override
	public void saveToken(@Nullable CsrfToken token, HttpServletRequest request, HttpServletResponse response) {
		if (request.getSession(false) != null) {
			session.saveToken(token, request, response);
			if (token == null && cookie.loadToken(request) != null) {
				cookie.saveToken(null, request, response);
			}
			return;
		}
		cookie.saveToken(token, request, response);
	}

	/**
	 * With a session, only the session's token counts: a cookie token left from the sign-in form (the browser may
	 * keep it) must not be handed to the pages, or a client that then sends the session cookie and the page's token
	 * without that cookie would be refused.
	 */
	@Override
	public @Nullable CsrfToken loadToken(HttpServletRequest request) {
		if (request.getSession(false) != null) {
			return session.loadToken(request);
		}
		return cookie.loadToken(request);
	}
}
