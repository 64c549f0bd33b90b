package org.puente.drafting;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.puente.i18n.Deadline;
import org.puente.accounts.AccountSummary;
import org.puente.accounts.Accounts;
import org.puente.accounts.MailChoice;
import org.puente.accounts.UnsubscribeLinks;
import org.puente.directory.Directory;
import org.puente.notifications.Notices;
import org.puente.web.SiteAddress;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Mails the members of a text's conferences — each member state's focal points and the secretariats — when an
 * amendment round opens, two days before it closes, and when it has closed, each in their own language, unless they
 * switched these notices off; each mail says why, and its one-click unsubscribe switches them off.
 */
@Component
class DraftingNotices {

	private final TextRepository texts;

	private final Accounts accounts;

	private final Directory directory;

	private final Notices notices;

	private final SiteAddress site;

	private final UnsubscribeLinks unsubscribe;

	DraftingNotices(TextRepository texts, Accounts accounts, Directory directory, Notices notices,
			SiteAddress site, UnsubscribeLinks unsubscribe) {
		this.unsubscribe = unsubscribe;
		this.texts = texts;
		this.accounts = accounts;
		this.directory = directory;
		this.notices = notices;
		this.site = site;
	}

	@ApplicationModuleListener
	void on(RoundEvents.RoundOpened event) {
		send(event.textId(), "drafting.mail.roundOpened", event.lastDay());
	}

	@ApplicationModuleListener
	void on(RoundEvents.RoundClosingSoon event) {
		send(event.textId(), "drafting.mail.roundClosing", event.lastDay());
	}

	@ApplicationModuleListener
	void on(RoundEvents.RoundClosed event) {
		send(event.textId(), "drafting.mail.roundClosed", null);
	}

	private void send(UUID textId, String key, @Nullable LocalDate lastDay) {
		DraftText text = texts.findById(textId).orElse(null);
		if (text == null) {
			return;
		}
		String link = site.link("/drafting/" + textId);
		notices.sendEach(accounts.wanting(MailChoice.DRAFTING_NOTICES, recipients(text).values()), key + ".subject",
				key + ".body", (to, locale) -> new Object[] { text.title(locale),
						lastDay == null ? "" : Deadline.shownLong(lastDay, locale), link },
				to -> "drafting.mail.why", to -> unsubscribe.unsubscribe(MailChoice.DRAFTING_NOTICES, to.id()));
	}

	/** Focal points of every member state of the text's conferences, and those conferences' secretariats. */
	Map<String, AccountSummary> recipients(DraftText text) {
		Map<String, AccountSummary> to = new LinkedHashMap<>();
		for (String process : text.getProcesses()) {
			accounts.secretariatOf(process).forEach(a -> to.putIfAbsent(a.email(), a));
		}
		for (String iso2 : directory.allMemberStates()) {
			if (directory.processesOf(iso2).stream().anyMatch(text.getProcesses()::contains)) {
				accounts.ofCountry(iso2).forEach(a -> to.putIfAbsent(a.email(), a));
			}
		}
		return to;
	}
}
