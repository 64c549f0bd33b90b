package org.puente.notifications;

/**
 * Signs a copy's one-click unsubscribe address when the copy is sent, not when it is queued: the module that owns the
 * signing key (accounts) provides it. It is called in the sending attempt's transaction, just before the mail server
 * is given the copy, so the link is the one the key of that moment signs, whenever the notice was queued.
 */
public interface UnsubscribeAddresses {

	/** The full, signed address that switches {@code unsubscribe}'s kind of mail off for its account. */
	String address(Notice.Unsubscribe unsubscribe);
}
