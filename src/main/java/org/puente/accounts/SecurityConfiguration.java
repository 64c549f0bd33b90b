package org.puente.accounts;

import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * Who may reach which URL. Pages are public when a capability declares them in {@link PublicPaths}; everything else
 * needs an account, and changes are further checked on each method ({@code @PreAuthorize}).
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	/** Shared pieces of every page and the operational endpoints. */
	private static final List<String> ALWAYS_PUBLIC = List.of("/", "/login", "/error", "/css/**", "/js/**",
			"/img/**", "/webjars/**", "/favicon.ico", "/actuator/health/**", "/actuator/info",
			"/actuator/prometheus", "/swagger-ui/**", "/swagger-ui.html", "/v3/api-docs/**");

	@Bean
	PasswordEncoder passwordEncoder() {
		// bcrypt today, and able to verify older hashes if the default ever changes
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, List<PublicPaths> capabilityPaths,
			ObjectProvider<ClientRegistrationRepository> oidc, SignInOutcome outcome,
			AccountOidcUserService oidcAccounts) throws Exception {
		List<String> publicGets = new ArrayList<>(ALWAYS_PUBLIC);
		capabilityPaths.forEach(p -> publicGets.addAll(p.patterns()));
		var api = PathPatternRequestMatcher.withDefaults().matcher("/api/**");
		http.authorizeHttpRequests(auth -> auth
			.requestMatchers(HttpMethod.GET, publicGets.toArray(String[]::new)).permitAll()
			.requestMatchers(HttpMethod.HEAD, publicGets.toArray(String[]::new)).permitAll()
			.requestMatchers("/login").permitAll()
			.requestMatchers("/admin/**").hasRole(Role.ADMIN.name())
			.anyRequest().authenticated())
			.formLogin(form -> form.loginPage("/login").successHandler(outcome).failureHandler(outcome).permitAll())
			.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/?signedOut"))
			.httpBasic(Customizer.withDefaults())
			// the API answers 401; pages send the browser to the sign-in form and back
			.exceptionHandling(ex -> ex
				.defaultAuthenticationEntryPointFor(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED), api)
				.defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"),
						request -> true))
			// scripts calling the API with HTTP Basic carry no session, hence no CSRF token to steal
			.csrf(csrf -> csrf.ignoringRequestMatchers(request -> request.getHeader("Authorization") != null))
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
}
