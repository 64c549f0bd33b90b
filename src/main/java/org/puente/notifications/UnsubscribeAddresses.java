package org.puente.notifications;

import org.jspecify.annotations.Nullable;

/**
 * Signs a copy's one-click unsubscribe address when the copy is sent, not when it is queued: the module that owns the
 * signing key (accounts) provides it. It is called in the sending attempt's transaction, just before the mail server
 * is given the copy, so the link is the one the key of that moment signs, whenever the notice was queued.
 */
public interface UnsubscribeAddresses {

	/**
	 * The full, signed address that switches {@code unsubscribe}'s kind of mail off for its account; its page speaks
	 * {@code language}, the mail's (a BCP 47 tag; null: the reader's browser decides).
	 */
	String address(Notice.Unsubscribe unsubscribe, @Nullable String language);
}
