package org.puente.accounts;

import jakarta.persistence.EntityManager;
import org.puente.audit.AuditNames;
import org.puente.audit.AuditPhrases;
import org.puente.audit.AuditedEntity;
import org.puente.audit.NamedAuditWording;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import static org.puente.audit.AuditNames.branch;
import static org.puente.audit.AuditPhrases.phrase;

/**
 * The accounts' audit entries in the reader's language: "Password changed", "Sign-in refused: st-crm from
 * 10.0.0.5" read "st-crm: contraseña cambiada", "Inicio de sesión rechazado de st-crm desde 10.0.0.5", the account
 * linked to its page. A typed name that is no account ({@link SignInAudit#UNKNOWN_ACCOUNT}) stays "?".
 */
@Component
class AccountAuditWording extends NamedAuditWording {

	AccountAuditWording(EntityManager entities, MessageSource messages) {
		super("accounts", messages, new AuditNames(entities,
				branch(AuditedEntity.ACCOUNT, "account a", "a.id", "a.username", "/admin/accounts/%s", "a.id")),
				new AuditPhrases(account("Account (.+): sign-in delay lifted", "unlocked"),
						account("Account (.+)", "saved"), account("Password changed", "password"),
						account("Weekly digest switched on", "digestOn"),
						account("Weekly digest switched off", "digestOff"),
						account("Weekly digest switched off from the mail's link", "digestUnsubscribed"),
						account("Meeting notices switched off from the mail's link", "meetingNoticesUnsubscribed"),
						account("Password reset link sent \\(asked from (.+)\\)", "resetSent"),
						account("Password reset refused: single sign-on only \\(asked from (.+)\\)", "resetRefusedSso"),
						account("Password reset link expired", "resetExpired"),
						account("Password reset with a mailed link", "resetUsed"),
						account("Private calendar address created", "calendarCreated"),
						account("Private calendar address renewed", "calendarRenewed"),
						account("Signed in: (.+)", "signedIn"), account("Signed out: (.+)", "signedOut"),
						account("Sign-in refused: (.+) from (.+)", "refused"),
						account("Sign-in refused \\((?:refused|throttled)\\): (.+)", "refusedSomewhere"),
						phrase(AuditedEntity.MAIL_LINK_KEY, "Unsubscribe link key replaced",
								"accounts.audit.mailLinkKeyReplaced"),
						// every other kind of notice (and meeting notices' own switch), its name in the reader's words
						mail(" switched on", "on", messages), mail(" switched off", "off", messages),
						mail(" switched off from the mail's link", "unsubscribed", messages),
						mail(" switched on again from the mail's link", "resubscribed", messages)));
	}

	/** "Flow alerts switched off…" of any {@link MailChoice}, said by {@code accounts.audit.mail.<key>}. */
	private static AuditPhrases.Phrase mail(String change, String key, MessageSource messages) {
		String names = java.util.Arrays.stream(MailChoice.values()).map(MailChoice::audited)
			.collect(java.util.stream.Collectors.joining("|"));
		return account("(" + names + ")" + change, "mail." + key).part(1, (audited, locale) -> MailChoice
			.byAudited(audited).map(c -> messages.getMessage("unsubscribe." + c.key(), null, locale)).orElse(audited));
	}

	/** An account's stored summary, said by {@code accounts.audit.<key>}. */
	private static AuditPhrases.Phrase account(String stored, String key) {
		return phrase(AuditedEntity.ACCOUNT, stored, "accounts.audit." + key);
	}
}
