package org.puente.accounts;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Something a person follows (a meeting, an agreement), and whose mails they receive only because they follow it: the
 * one-click unsubscribe of such a mail ({@code /unsubscribe/<kind>/<account>/<subject>/<signature>}) stops following
 * it, and its page follows it again. Implemented by the capability that keeps who follows what, so that accounts,
 * which signs the address and shows the page, never reads another capability's tables.
 */
public interface Follows {

	/** Its part of the unsubscribe address: "meeting", "agreement". */
	String kind();

	/** How the page names it and its mails, in the reader's language; empty if it no longer exists. */
	Optional<Named> named(UUID subject, Locale locale);

	/** "the meeting “…”", and "the notices of the meeting “…”" (each language contracts its own "de el"). */
	record Named(String title, String notices) {
	}

	/** Its page, where a signed-in follower can stop following it too ("/meetings/…"). */
	String path(UUID subject);

	boolean follows(UUID accountId, UUID subject);

	/**
	 * Stops following it, from a mail's link, without signing in: audited as {@code account}'s own choice, made from
	 * the mail; nothing recorded when it was not followed.
	 * @return what {@link #followAgain} needs to follow it again as it was (a meeting's reminder days), or ""
	 */
	String unfollow(AccountSummary account, UUID subject);

	/** The page's undo: follows it again, as {@code restored} (what {@link #unfollow} returned) says. */
	void followAgain(AccountSummary account, UUID subject, String restored);
}
