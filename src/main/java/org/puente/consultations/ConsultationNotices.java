package org.puente.consultations;

import java.util.List;

import org.puente.i18n.Deadline;
import org.puente.accounts.AccountSummary;
import org.puente.accounts.Accounts;
import org.puente.accounts.MailChoice;
import org.puente.accounts.UnsubscribeLinks;
import org.puente.notifications.Notices;
import org.puente.web.SiteAddress;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The e-mails of a consultation to the focal points of the countries concerned, each written in its recipient's
 * language: that it was sent, a reminder, that their answer was reopened, that it was closed (or reopened), unless they
 * switched consultation notices off; each mail says why, and its one-click unsubscribe switches them off. Runs after
 * the change is committed.
 */
@Component
class ConsultationNotices {

	private final ConsultationRepository consultations;

	private final Accounts accounts;

	private final Notices notices;

	private final MessageSource messages;

	private final SiteAddress site;

	private final UnsubscribeLinks unsubscribe;

	ConsultationNotices(ConsultationRepository consultations, Accounts accounts, Notices notices,
			MessageSource messages, SiteAddress site, UnsubscribeLinks unsubscribe) {
		this.unsubscribe = unsubscribe;
		this.consultations = consultations;
		this.accounts = accounts;
		this.notices = notices;
		this.messages = messages;
		this.site = site;
	}

	@ApplicationModuleListener
	void on(ConsultationEvents.ConsultationSent sent) {
		String key = sent.reminder() ? "consultations.notice.reminder" : "consultations.notice.sent";
		consultations.findById(sent.consultationId()).ifPresent(c -> tell(c, sent.countries(), key));
	}

	@ApplicationModuleListener
	void on(ConsultationEvents.ResponseReopened reopened) {
		consultations.findById(reopened.consultationId())
			.ifPresent(c -> tell(c, List.of(reopened.countryIso2()), "consultations.notice.reopened"));
	}

	@ApplicationModuleListener
	void on(ConsultationEvents.ConsultationClosed closed) {
		String key = closed.reopened() ? "consultations.notice.reopenedForAnswers" : "consultations.notice.closed";
		consultations.findById(closed.consultationId()).ifPresent(c -> tell(c, closed.countries(), key));
	}

	private void tell(Consultation consultation, List<String> countries, String key) {
		List<AccountSummary> to = accounts.wanting(MailChoice.CONSULTATION_NOTICES,
				countries.stream().flatMap(iso2 -> accounts.ofCountry(iso2).stream()).toList());
		String link = site.link("/consultations/" + consultation.getId() + "/answer");
		// the subjects use {1}, the title; the texts all five
		notices.sendEach(to, key + ".subject", key + ".text", (recipient, locale) -> {
			String deadline = Deadline.shownLong(consultation.getDeadline(), locale);
			String policy = messages.getMessage("consultations.latePolicy." + consultation.getLatePolicy()
					+ ".explained", new Object[] { deadline }, locale);
			return new Object[] { recipient.displayName(), consultation.title(locale), deadline, policy, link };
		}, recipient -> "consultations.notice.why",
				recipient -> unsubscribe.unsubscribe(MailChoice.CONSULTATION_NOTICES, recipient.id()));
	}
}
