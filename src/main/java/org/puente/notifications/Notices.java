package org.puente.notifications;

import org.springframework.stereotype.Service;

/**
 * Sends notices by e-mail. A notice is recorded with one delivery per recipient in the caller's transaction and sent
 * once that commits ({@link NoticeDeliveries}): a recipient the mail server refuses is tried again with a growing
 * delay, the others get exactly one mail, and a delivery that keeps failing is shown to the administrators
 * (/admin/deliveries). A failure to send is never lost silently nor fatal to the caller.
 */
@Service
public class Notices {

	private final NoticeDeliveries deliveries;

	Notices(NoticeDeliveries deliveries) {
		this.deliveries = deliveries;
	}

	/**
	 * @return whether the notice was accepted for delivery: sent, or to be sent (again) once the caller's transaction
	 * commits; false only for a notice to nobody
	 */
	public boolean send(Notice notice) {
		if (notice.to().isEmpty()) {
			return false;
		}
		deliveries.record(notice);
		return true;
	}
}
