package org.puente.i18n;

import java.util.Arrays;
import java.util.Optional;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;

/** A signed-in person picked a language; the accounts capability remembers it for their next visit. */
public record LanguageChosen(String username, Language language) {

	/**
	 * The browser-session cookie noting a language picked with {@code ?lang=} before signing in (see
	 * {@link LanguageSwitch}). A cookie, not the server's session: an anonymous reader switching languages must not
	 * open a session row in the database (PublicPageTests), and the sign-in that may follow reads it once.
	 */
	static final String BEFORE_SIGN_IN = "puente-lang-chosen";

	/** Notes a visitor's choice for the sign-in that may follow (no Max-Age: it ends with the browser's session). */
	static void noteBeforeSignIn(HttpServletResponse response, Language language) {
		response.addHeader(HttpHeaders.SET_COOKIE, note(language.code()).build().toString());
	}

	/**
	 * The language a visitor picked in this visit before signing in (the sign-in page's switch, or any page's), once:
	 * the note is expired as it is read. A choice made now wins over the one the account saved on an earlier visit
	 * (walk 18 #12: signed in from "/login?lang=en", the English reader landed on the Spanish home).
	 */
	public static Optional<Language> madeBeforeSignIn(HttpServletRequest request, HttpServletResponse response) {
		Cookie[] cookies = request.getCookies();
		Optional<String> code = cookies == null ? Optional.empty()
				: Arrays.stream(cookies).filter(c -> BEFORE_SIGN_IN.equals(c.getName())).map(Cookie::getValue).findFirst();
		code.ifPresent(c -> response.addHeader(HttpHeaders.SET_COOKIE, note("").maxAge(0).build().toString()));
		return code.flatMap(Language::of);
	}

	/** The note's cookie as set and as expired: the same name, path and flags, or the browser keeps both. */
	private static ResponseCookie.ResponseCookieBuilder note(String value) {
		return ResponseCookie.from(BEFORE_SIGN_IN, value).path("/").httpOnly(true).sameSite("Lax");
	}
}
