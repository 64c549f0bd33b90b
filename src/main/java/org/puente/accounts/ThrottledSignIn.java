package org.puente.accounts;

import java.time.Duration;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Password sign-in (the form and HTTP Basic alike) behind the {@link SignInThrottle}: a name or address that must
 * wait is refused before the password is even checked, and every refusal looks the same whether the account
 * exists, is disabled or the password is wrong, so nobody learns which accounts exist.
 */
class ThrottledSignIn implements AuthenticationProvider {

	private final DaoAuthenticationProvider passwords;

	private final SignInThrottle throttle;

	ThrottledSignIn(DaoAuthenticationProvider passwords, SignInThrottle throttle) {
		this.passwords = passwords;
		this.throttle = throttle;
	}

	@Override
	public Authentication authenticate(Authentication attempt) {
		String name = attempt.getName() == null ? "" : attempt.getName();
		String address = attempt.getDetails() instanceof WebAuthenticationDetails web && web.getRemoteAddress() != null
				? web.getRemoteAddress() : "unknown";
		Duration wait = throttle.wait(name, address);
		if (!wait.isZero()) {
			throw new SignInThrottledException(wait);
		}
		try {
			Authentication done = passwords.authenticate(attempt);
			throttle.succeeded(name, address);
			return done;
		}
		catch (AuthenticationException ex) {
			throttle.failed(name, address);
			throw new BadCredentialsException("Bad credentials");
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}
}
