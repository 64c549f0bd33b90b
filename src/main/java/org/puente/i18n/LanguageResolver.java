package org.puente.i18n;

import java.time.Duration;
import java.util.Locale;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseCookie;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Picks the page language: the one the person chose (a cookie, set from their account at sign-in), else the
 * browser's Accept-Language among the four, else Spanish.
 */
class LanguageResolver implements LocaleResolver {

	static final String COOKIE = "puente-lang";

	@Override
	public Locale resolveLocale(HttpServletRequest request) {
		// a switch made earlier in this same request wins over the (not yet sent) cookie
		if (request.getAttribute(LanguageResolver.class.getName()) instanceof Locale switched) {
			return switched;
		}
		Cookie[] cookies = request.getCookies();
		if (cookies != null) {
			for (Cookie cookie : cookies) {
				if (COOKIE.equals(cookie.getName())) {
					var chosen = Language.of(cookie.getValue());
					if (chosen.isPresent()) {
						return chosen.get().locale();
					}
				}
			}
		}
		if (request.getHeader("Accept-Language") == null) {
			return Language.ES.locale(); // not the server's own locale: Spanish is Puente's default
		}
		var requested = request.getLocales();
		while (requested.hasMoreElements()) {
			Locale locale = requested.nextElement();
			var match = Language.of(locale.getLanguage());
			if (match.isPresent()) {
				return match.get().locale();
			}
		}
		return Language.ES.locale();
	}

	@Override
	public void setLocale(HttpServletRequest request, @Nullable HttpServletResponse response,
			@Nullable Locale locale) {
		if (response == null) {
			return;
		}
		Language language = locale == null ? Language.ES : Language.of(locale);
		ResponseCookie cookie = ResponseCookie.from(COOKIE, language.code())
			.path("/")
			.maxAge(Duration.ofDays(365))
			.sameSite("Lax")
			.httpOnly(true)
			.build();
		response.addHeader("Set-Cookie", cookie.toString());
		request.setAttribute(LanguageResolver.class.getName(), language.locale());
	}
}
