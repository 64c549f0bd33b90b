package org.puente.accounts;

import java.time.Duration;
import java.util.Locale;

import org.puente.notifications.Notice;
import org.puente.notifications.Notices;
import org.puente.web.SiteAddress;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The mails about a person's password, in their account's language (not the language of whoever asked): the reset
 * link, and the notice that the password was changed, so that someone whose password another person changed learns
 * it and can take the account back.
 */
@Component
class PasswordMail {

	private final Notices notices;

	private final MessageSource messages;

	private final SiteAddress site;

	PasswordMail(Notices notices, MessageSource messages, SiteAddress site) {
		this.notices = notices;
		this.messages = messages;
		this.site = site;
	}

	/**
	 * The single-use link to choose a new password, valid for {@code lifetime}; the link names the mail's language, so
	 * the page it opens speaks it too, not the language of whatever browser the mail is read in.
	 */
	void resetLink(Account to, String token, Duration lifetime) {
		Locale locale = Locale.forLanguageTag(to.getLanguage());
		notices.send(new Notice(to.getEmail(), text("accounts.reset.mail.subject", locale),
				text("accounts.reset.mail.body", locale, to.getDisplayName(),
						site.link("/password-reset/" + token + "?lang=" + locale.getLanguage()),
						lifetime.toMinutes(), to.getUsername()), locale));
	}

	/** "Your password was changed; if it was not you…", with the way to choose another one at once. */
	void passwordChanged(Account to) {
		Locale locale = Locale.forLanguageTag(to.getLanguage());
		notices.send(new Notice(to.getEmail(), text("accounts.changed.mail.subject", locale),
				text("accounts.changed.mail.body", locale, to.getDisplayName(), to.getUsername(),
						site.link("/password-reset?lang=" + locale.getLanguage())), locale));
	}

	private String text(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, locale);
	}
}
