package org.puente.flows;

import java.util.ArrayList;
import java.util.List;

import org.puente.accounts.AccountSummary;
import org.puente.accounts.Accounts;
import org.puente.accounts.MailChoice;
import org.puente.accounts.UnsubscribeLinks;
import org.puente.directory.Conference;
import org.puente.notifications.Notices;
import org.puente.web.SiteAddress;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Mails each new alarm or watch to the focal points of the country it concerns and to both technical secretariats,
 * each in the language of their account, with the link to the alert's page, unless they switched flow alerts off; each
 * mail says why, and its one-click unsubscribe switches them off.
 */
@Component
class FlowAlertNotices {

	private final Accounts accounts;

	private final Notices notices;

	private final MessageSource messages;

	private final SiteAddress site;

	private final UnsubscribeLinks unsubscribe;

	FlowAlertNotices(Accounts accounts, Notices notices, MessageSource messages, SiteAddress site,
			UnsubscribeLinks unsubscribe) {
		this.unsubscribe = unsubscribe;
		this.accounts = accounts;
		this.notices = notices;
		this.messages = messages;
		this.site = site;
	}

	@ApplicationModuleListener
	void on(FlowWatch.AlertRaised alert) {
		List<AccountSummary> recipients = new ArrayList<>(
				accounts.ofCountry(alert.country()).stream().filter(FlowPolicy::toldOfCountryAlerts).toList());
		for (String process : Conference.codes(Conference.BOTH)) {
			recipients.addAll(accounts.secretariatOf(process));
		}
		recipients = accounts.wanting(MailChoice.FLOW_ALERTS, recipients);
		String link = site.link("/flows/alerts/" + alert.id());
		notices.sendEach(recipients, "flows.mail.subject", "flows.mail.body", (to, locale) -> new Object[] {
				messages.getMessage("flows.alerts.kind." + alert.kind(), null, locale),
				FlowsController.countryName(alert.country(), locale),
				messages.getMessage("flows.origin." + alert.origin(), null, alert.origin(), locale),
				alert.week().toString(), link },
				// a focal point is told of their own country's alerts, a secretariat of every country's
				to -> FlowPolicy.toldOfCountryAlerts(to) ? "flows.mail.why.country" : "flows.mail.why.secretariat",
				to -> unsubscribe.unsubscribe(MailChoice.FLOW_ALERTS, to.id()));
	}
}
