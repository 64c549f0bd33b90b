package org.puente.accounts;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.puente.web.KnownPages;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CsrfTokenRepository;

/**
 * Who may reach which URL. Pages are public when a capability declares them in {@link PublicPaths}; everything else
 * needs an account, and changes are further checked on each method ({@code @PreAuthorize}).
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	/** The administrators' pages: only they may open them. */
	static final String ADMIN = "/admin/";

	/** Shared pieces of every page and the health probes; the other actuator endpoints need an administrator. */
	private static final List<String> ALWAYS_PUBLIC = List.of("/", "/login", "/error", "/css/**", "/js/**",
			"/img/**", "/webjars/**", "/favicon.ico", "/actuator/health", "/actuator/health/**", "/swagger-ui/**",
			"/swagger-ui.html", "/v3/api-docs/**", "/problems", "/problems/*",
			"/about/api", "/password-reset", "/password-reset/*", "/unsubscribe/*/*/*",
			"/unsubscribe/*/*/*/*");

	@Bean
	PasswordEncoder passwordEncoder() {
		// bcrypt today, and able to verify older hashes if the default ever changes
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	/** Password sign-in, form and HTTP Basic alike, throttled by name and address instead of locked. */
	@Bean
	AuthenticationProvider passwordSignIn(AccountUserDetailsService accounts, PasswordEncoder encoder,
			SignInThrottle throttle) {
		DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(accounts);
		passwords.setPasswordEncoder(encoder);
		return new ThrottledSignIn(passwords, throttle);
	}

	/** Anonymous visitors keep theirs in a cookie, so that reading public pages never makes a session. */
	@Bean
	CsrfTokenRepository csrfTokens() {
		return new SessionOrCookieCsrfTokens();
	}

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, List<PublicPaths> capabilityPaths,
			ObjectProvider<ClientRegistrationRepository> oidc, SignInOutcome outcome,
			AccountOidcUserService oidcAccounts, SignInRefusals refusals, CsrfTokenRepository csrfTokens,
			SignInAudit audit)
			throws Exception {
		List<String> publicGets = new ArrayList<>(ALWAYS_PUBLIC);
		capabilityPaths.forEach(p -> publicGets.addAll(p.patterns()));
		http.authorizeHttpRequests(auth -> auth
			.requestMatchers(HttpMethod.GET, publicGets.toArray(String[]::new)).permitAll()
			.requestMatchers(HttpMethod.HEAD, publicGets.toArray(String[]::new)).permitAll()
			.requestMatchers("/login").permitAll()
			// a forgotten password and a mail's one-click unsubscribe are for people who are not signed in
			.requestMatchers(HttpMethod.POST, "/password-reset", "/password-reset/*", "/unsubscribe/*/*/*",
				"/unsubscribe/*/*/*/*").permitAll()
			.requestMatchers(ADMIN + "**", "/actuator/**").hasRole(Role.ADMIN.name())
			.anyRequest().authenticated())
			.formLogin(form -> form.loginPage("/login").successHandler(outcome).failureHandler(outcome).permitAll())
			.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/?signedOut")
				.addLogoutHandler((request, response, who) -> {
					if (who != null) {
						audit.signedOut(who);
					}
				}))
			.httpBasic(basic -> basic.authenticationEntryPoint(refusals.basic()))
			// the API, and a script asking for JSON, answer 401; pages send the browser to the sign-in form and back;
			// unknown addresses are 404
			.exceptionHandling(ex -> ex
				.defaultAuthenticationEntryPointFor(refusals.api(), KnownPages::asksForJson)
				// a script downloading an export (curl, a spreadsheet's import): 401 and how to sign in, not the form
				.defaultAuthenticationEntryPointFor(refusals.download(), SignInRefusals::scriptDownloading)
				// the actuator (a metrics scraper): 401 and the Basic challenge, not the form
				.defaultAuthenticationEntryPointFor(refusals.operations(), SignInRefusals::operationsEndpoint)
				.defaultAuthenticationEntryPointFor(refusals.pages(), request -> true)
				.accessDeniedHandler(refusals.denied()))
			// a script (HTTP Basic on each request, or no credentials at all) with no session has no CSRF token to steal; a
			// request that carries a session cookie is a browser's, whatever other header it adds
			// nor has a mail program posting the one-click unsubscribe (RFC 8058), whose signed address is its proof
			.csrf(csrf -> csrf.ignoringRequestMatchers(SecurityConfiguration::scriptWithoutSession,
					request -> "POST".equals(request.getMethod()) && request.getRequestURI().startsWith("/unsubscribe/"))
				.csrfTokenRepository(csrfTokens))
			.headers(headers -> headers
				.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'self'; img-src 'self' data:; "
						+ "style-src 'self' 'unsafe-inline'; script-src 'self'; frame-ancestors 'none'; "
						+ "form-action 'self'; base-uri 'self'"))
				.referrerPolicy(referrer -> referrer.policy(
						org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
		if (oidc.getIfAvailable() != null) {
			http.oauth2Login(login -> login.loginPage("/login")
				.userInfoEndpoint(info -> info.oidcUserService(oidcAccounts))
				.successHandler(outcome)
				.failureHandler(outcome));
		}
		return http.build();
	}

	static boolean scriptWithoutSession(HttpServletRequest request) {
		// nor has a call to the API without a session, signed in or not: one without credentials is answered 401 (sign
		// in), not the 403 of a form left open too long that the CSRF check gave it (walk of the API, 5 December)
		return request.getRequestedSessionId() == null && (sendsBasic(request)
				|| request.getRequestURI().startsWith(request.getContextPath() + "/api/"));
	}

	/** Whether the request carries HTTP Basic credentials (readable or not). */
	static boolean sendsBasic(HttpServletRequest request) {
		String authorization = request.getHeader("Authorization");
		return authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6);
	}
}
