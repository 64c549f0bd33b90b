package org.puente.accounts;

import org.puente.notifications.Notices;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A replaced unsubscribe key also reaches the mails written before and not yet sent (waiting for a retry, or failed
 * and resendable): their stored List-Unsubscribe address is signed again with the new key in the replacement's own
 * transaction (a plain, synchronous listener), so "the mails sent from now on carry new links" holds for them too,
 * instead of their going out with a link that answers 410.
 */
@Component
class QueuedUnsubscribeLinks {

	private final Notices notices;

	private final UnsubscribeLinks links;

	QueuedUnsubscribeLinks(Notices notices, UnsubscribeLinks links) {
		this.notices = notices;
		this.links = links;
	}

	@EventListener
	void on(AccountEvents.UnsubscribeKeyReplaced replaced) {
		notices.resignUnsubscribes(links::resigned);
	}
}
