package org.puente.practices;

import java.util.List;

import org.puente.accounts.AccountSummary;
import org.puente.accounts.Accounts;
import org.puente.accounts.MailChoice;
import org.puente.accounts.UnsubscribeLinks;
import org.puente.directory.Countries;
import org.puente.notifications.Notices;
import org.puente.web.SiteAddress;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells the people a practice's review concerns, each in their own language, once the step is committed (walk 9
 * #14: the outbox held nothing for the whole workflow). Submitted: its conference's secretariat, who review it.
 * Returned with changes requested, with the secretariat's note, or accepted and published: the person who proposed
 * it. One delivery per recipient ({@link Notices}), so a refused address delays nobody else's mail; nobody who switched
 * good practice notices off, and each mail says why it is sent and switches them off in one click.
 */
@Component
class PracticeNotices {

	private final PracticeRepository practices;

	private final Accounts accounts;

	private final Notices notices;

	private final SiteAddress site;

	private final UnsubscribeLinks unsubscribe;

	PracticeNotices(PracticeRepository practices, Accounts accounts, Notices notices, SiteAddress site,
			UnsubscribeLinks unsubscribe) {
		this.unsubscribe = unsubscribe;
		this.practices = practices;
		this.accounts = accounts;
		this.notices = notices;
		this.site = site;
	}

	@ApplicationModuleListener
	void on(PracticeEvents.PracticeReviewed reviewed) {
		practices.findById(reviewed.practiceId()).filter(p -> !p.isDemo()).ifPresent(p -> notify(p, reviewed.status()));
	}

	private void notify(Practice practice, PracticeStatus status) {
		String step = switch (status) {
			case SUBMITTED -> "submitted";
			case CHANGES_REQUESTED -> "changes";
			case ACCEPTED -> "accepted";
			case DRAFT -> null;
		};
		if (step == null) {
			return;
		}
		List<AccountSummary> to = status == PracticeStatus.SUBMITTED ? accounts.secretariatOf(practice.getProcess())
				: accounts.byUsername(practice.getCreatedBy()).map(List::of).orElse(List.of());
		String note = practice.getReviewNote() == null ? "" : practice.getReviewNote();
		String link = site.link("/practices/" + practice.getId());
		// the secretariat reviews what is submitted; the one who proposed it hears what became of it
		String why = status == PracticeStatus.SUBMITTED ? "practices.mail.why.review" : "practices.mail.why.author";
		notices.sendEach(accounts.wanting(MailChoice.PRACTICE_NOTICES, to), "practices.mail." + step + ".subject",
				"practices.mail." + step + ".body",
				(person, locale) -> new Object[] { practice.text(locale.getLanguage()).title(), String.join(", ",
						practice.getCountries().stream().map(c -> Countries.nameOf(c, locale)).toList()), note, link },
				person -> why, person -> unsubscribe.unsubscribe(MailChoice.PRACTICE_NOTICES, person.id()));
	}
}
