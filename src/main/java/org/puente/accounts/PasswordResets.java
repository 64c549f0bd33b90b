package org.puente.accounts;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * A forgotten password, reset by a link sent to the account's address: the pages' one door, which hands each step to
 * the class that has it — the hourly limits on asking ({@link ResetRequestLimits}), the link's mail ({@link
 * ResetLinks}), its token ({@link ResetTokens}) and the new password ({@link ResetCompletion}).
 */
@Service
class PasswordResets {

	/** The window the request limits count in. */
	static final Duration WINDOW = ResetRequestLimits.WINDOW;

	/** What became of a new password sent with a link. */
	enum Outcome {
		/** Set; the account's sessions are ended and its owner is told by mail. */
		CHANGED,
		/** The link is unknown, used, replaced by a later one or expired. */
		GONE
	}

	private final ResetRequestLimits limits;

	private final ResetLinks links;

	private final ResetTokens tokens;

	private final ResetCompletion completion;

	PasswordResets(ResetRequestLimits limits, ResetLinks links, ResetTokens tokens, ResetCompletion completion) {
		this.limits = limits;
		this.links = links;
		this.tokens = tokens;
		this.completion = completion;
	}

	/** How long a link works. */
	Duration lifetime() {
		return tokens.lifetime();
	}

	/** Whether this name or address, and this client, may ask for another link within the hour (and counts it). */
	boolean admit(String typed, String client) {
		return limits.admit(typed, client);
	}

	/** Sends a link to the account {@code typed} names, if any, after the answer ({@link ResetLinks#issueLater}). */
	void issueLater(String typed, String client) {
		links.issueLater(typed, client);
	}

	/** The account whose password a link may set now, or empty. */
	Optional<UUID> holder(String token) {
		return tokens.holder(token);
	}

	/**
	 * The key of the reason a new password is refused (the same rules as a change), or null. The link is not used up
	 * by a refusal.
	 */
	static @Nullable String refusal(String replacement, String confirmation) {
		if (replacement.length() < AccountManagement.MIN_PASSWORD) {
			return "accounts.save.passwordTooShort";
		}
		if (!replacement.equals(confirmation)) {
			return "accounts.password.mismatch";
		}
		return null;
	}

	/** Sets the new password if the link is still good ({@link ResetCompletion#reset}). */
	Outcome reset(String token, String replacement) {
		return completion.reset(token, replacement);
	}
}
