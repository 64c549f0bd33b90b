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
				new AuditPhrases(
						phrase(AuditedEntity.ACCOUNT, "Account (.+): sign-in delay lifted", "accounts.audit.unlocked"),
						phrase(AuditedEntity.ACCOUNT, "Account (.+)", "accounts.audit.saved"),
						phrase(AuditedEntity.ACCOUNT, "Password changed", "accounts.audit.password"),
						phrase(AuditedEntity.ACCOUNT, "Weekly digest switched on", "accounts.audit.digestOn"),
						phrase(AuditedEntity.ACCOUNT, "Weekly digest switched off", "accounts.audit.digestOff"),
						phrase(AuditedEntity.ACCOUNT, "Private calendar address created",
								"accounts.audit.calendarCreated"),
						phrase(AuditedEntity.ACCOUNT, "Private calendar address renewed",
								"accounts.audit.calendarRenewed"),
						phrase(AuditedEntity.ACCOUNT, "Signed in: (.+)", "accounts.audit.signedIn"),
						phrase(AuditedEntity.ACCOUNT, "Signed out: (.+)", "accounts.audit.signedOut"),
						phrase(AuditedEntity.ACCOUNT, "Sign-in refused: (.+) from (.+)", "accounts.audit.refused"),
						phrase(AuditedEntity.ACCOUNT, "Sign-in refused \\((?:refused|throttled)\\): (.+)",
								"accounts.audit.refusedSomewhere")));
	}
}
