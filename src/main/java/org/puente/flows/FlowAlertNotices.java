package org.puente.flows;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.puente.accounts.AccountSummary;
import org.puente.accounts.Accounts;
import org.puente.directory.Conference;
import org.puente.notifications.Notice;
import org.puente.notifications.Notices;
import org.puente.web.SiteAddress;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Mails each new alarm or watch to the focal points of the country it concerns and to both technical secretariats,
 * each in the language of their account, with the link to the alert's page.
 */
@Component
class FlowAlertNotices {

	private final Accounts accounts;

	private final Notices notices;

	private final MessageSource messages;

	private final SiteAddress site;

	FlowAlertNotices(Accounts accounts, Notices notices, MessageSource messages,
			SiteAddress site) {
		this.accounts = accounts;
		this.notices = notices;
		this.messages = messages;
		this.site = site;
	}

	@ApplicationModuleListener
	void on(FlowWatch.AlertRaised alert) {
		Map<String, AccountSummary> recipients = new LinkedHashMap<>();
		accounts.ofCountry(alert.country()).stream().filter(FlowPolicy::toldOfCountryAlerts)
			.forEach(a -> recipients.putIfAbsent(a.email(), a));
		for (String process : Conference.codes(Conference.BOTH)) {
			accounts.secretariatOf(process).forEach(a -> recipients.putIfAbsent(a.email(), a));
		}
		for (AccountSummary to : recipients.values()) {
			Locale locale = Locale.forLanguageTag(to.language());
			String kind = messages.getMessage("flows.alerts.kind." + alert.kind(), null, locale);
			String country = FlowsController.countryName(alert.country(), locale);
			String origin = messages.getMessage("flows.origin." + alert.origin(), null, alert.origin(), locale);
			notices.send(new Notice(to.email(),
					messages.getMessage("flows.mail.subject", new Object[] { kind, country, origin }, locale),
					messages.getMessage("flows.mail.body", new Object[] { kind, country, origin, alert.week().toString(),
							site.link("/flows/alerts/" + alert.id()) }, locale)));
		}
	}
}
