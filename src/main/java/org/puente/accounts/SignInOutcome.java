package org.puente.accounts;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.puente.web.KnownPages;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/**
 * After sign-in, pages switch to the language the person chose last time and the person lands on their role's home
 * (or on the page that asked them to sign in); after a failure the login page says the name or password is wrong —
 * the same words whether the account exists or not — or how many seconds to wait before the next try. A client
 * that asks for JSON hears the same as a problem report (401, or 429), never the redirect to the sign-in page.
 */
@Component
class SignInOutcome extends SavedRequestAwareAuthenticationSuccessHandler implements AuthenticationFailureHandler {

	private final Accounts accounts;

	private final LocaleResolver locales;

	private final SignInRefusals refusals;

	SignInOutcome(Accounts accounts, LocaleResolver locales, SignInRefusals refusals) {
		this.accounts = accounts;
		this.locales = locales;
		this.refusals = refusals;
		// unless sign-in interrupted the way to another page, a person lands on the home of their role
		setDefaultTargetUrl("/home");
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws ServletException, IOException {
		accounts.byUsername(authentication.getName())
			.ifPresent(a -> locales.setLocale(request, response, java.util.Locale.forLanguageTag(a.language())));
		super.onAuthenticationSuccess(request, response, authentication);
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		if (KnownPages.asksForJson(request)) {
			refusals.failedSignIn(request, response, exception);
			return;
		}
		response.sendRedirect(request.getContextPath() + (exception instanceof SignInThrottledException throttled
				? "/login?wait=" + throttled.seconds() : "/login?error"));
	}
}
