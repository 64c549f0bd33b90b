package org.puente.i18n;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/** A signed-in person picked a language; the accounts capability remembers it for their next visit. */
public record LanguageChosen(String username, Language language) {

	/** The session's note of a language picked with {@code ?lang=} before signing in (see {@link LanguageSwitch}). */
	static final String BEFORE_SIGN_IN = LanguageChosen.class.getName() + ".beforeSignIn";

	/**
	 * The language a visitor picked in this visit before signing in (the sign-in page's switch, or any page's), once:
	 * the note is removed as it is read. A choice made now wins over the one the account saved on an earlier visit
	 * (walk 18 #12: signed in from "/login?lang=en", the English reader landed on the Spanish home).
	 */
	public static Optional<Language> madeBeforeSignIn(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		if (session == null || !(session.getAttribute(BEFORE_SIGN_IN) instanceof String code)) {
			return Optional.empty();
		}
		session.removeAttribute(BEFORE_SIGN_IN);
		return Language.of(code);
	}
}
