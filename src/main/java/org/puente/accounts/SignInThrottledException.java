package org.puente.accounts;

import java.time.Duration;

import org.springframework.security.core.AuthenticationException;

/** A sign-in refused unchecked because this name or address must wait a little longer (see {@link SignInThrottle}). */
class SignInThrottledException extends AuthenticationException {

	private final Duration wait;

	SignInThrottledException(Duration wait) {
		super("Too many failed sign-ins; wait " + wait.toSeconds() + " s");
		this.wait = wait;
	}

	/** Whole seconds to wait, at least one. */
	long seconds() {
		return Math.max(1, wait.toSeconds() + (wait.toMillisPart() > 0 ? 1 : 0));
	}
}
