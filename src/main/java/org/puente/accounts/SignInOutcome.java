package org.puente.accounts;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.puente.i18n.Language;
import org.puente.i18n.LanguageChosen;
import org.puente.i18n.ReaderZone;
import org.puente.web.KnownPages;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.ObjectMapper;

/**
 * After sign-in, pages switch to the language the person chose in this visit before signing in (saved to the
 * account), else the one they chose last time, and the person lands on their role's home
 * (or on the page that asked them to sign in); after a failure the login page says the name or password is wrong —
 * the same words whether the account exists or not — or how many seconds to wait before the next try. A client
 * that asks for JSON hears the same as a problem report (401, or 429), never the redirect to the sign-in page, and
 * a success as 200 with who it is (account, roles, language) rather than a redirect to a page. Each sign-in, failed
 * or not, is written in the audit trail (SignInAudit).
 */
@Component
class SignInOutcome extends SavedRequestAwareAuthenticationSuccessHandler implements AuthenticationFailureHandler {

	private final Accounts accounts;

	private final LocaleResolver locales;

	private final SignInRefusals refusals;

	private final SignInAudit audit;

	private final ObjectMapper json;

	SignInOutcome(Accounts accounts, LocaleResolver locales, SignInRefusals refusals, SignInAudit audit,
			ObjectMapper json) {
		this.audit = audit;
		this.json = json;
		this.accounts = accounts;
		this.locales = locales;
		this.refusals = refusals;
		// unless sign-in interrupted the way to another page, a person lands on the home of their role
		setDefaultTargetUrl("/home");
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws ServletException, IOException {
		audit.signedIn(authentication, way(request));
		Optional<AccountSummary> account = accounts.byUsername(authentication.getName());
		// a language picked in this visit before signing in wins over the one saved on an earlier visit, and is saved
		// as a switch made after signing in is; else the account's
		Optional<Language> chosenNow = LanguageChosen.madeBeforeSignIn(request, response);
		chosenNow.ifPresent(l -> accounts.on(new LanguageChosen(authentication.getName(), l)));
		String language = chosenNow.map(Language::code).or(() -> account.map(AccountSummary::language)).orElse("es");
		if (chosenNow.isPresent() || account.isPresent()) {
			locales.setLocale(request, response, java.util.Locale.forLanguageTag(language));
		}
		// and meeting times in the account's zone (chosen, or its country's or conference's), wherever it signs in
		account.ifPresent(a -> {
			if (a.zone() != null) {
				ReaderZone.remember(request, response, a.zone());
			}
		});
		if (KnownPages.asksForJson(request)) { // a script: who it is now, not a page to go to
			clearAuthenticationAttributes(request);
			Map<String, Object> body = new LinkedHashMap<>();
			body.put("account", authentication.getName());
			body.put("roles", authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
				.filter(a -> a.startsWith("ROLE_")).map(a -> a.substring("ROLE_".length())).sorted().toList());
			body.put("language", language);
			response.setStatus(HttpServletResponse.SC_OK);
			response.setContentType(MediaType.APPLICATION_JSON_VALUE);
			response.setCharacterEncoding("UTF-8");
			response.getWriter().write(json.writeValueAsString(body));
			return;
		}
		super.onAuthenticationSuccess(request, response, authentication);
	}

	/** How the person signed in: the password form, or single sign-on coming back from the identity provider. */
	private static String way(HttpServletRequest request) {
		return request.getRequestURI().startsWith(request.getContextPath() + "/login/oauth2") ? "oidc" : "password";
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		audit.failed(request.getParameter("username"), way(request), exception, request.getRemoteAddr());
		if (KnownPages.asksForJson(request)) {
			refusals.failedSignIn(request, response, exception);
			return;
		}
		LoginController.keepTypedName(request);
		response.sendRedirect(request.getContextPath() + (exception instanceof SignInThrottledException throttled
				? "/login?wait=" + throttled.seconds() : "/login?error"));
	}
}
