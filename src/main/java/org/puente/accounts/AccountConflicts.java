package org.puente.accounts;

import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.puente.audit.AuditTrail;
import org.puente.audit.AuditedEntity;
import org.puente.i18n.Language;
import org.puente.web.EditConflict;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * How an account's form reads when two administrators changed the account at once, or the person changed their own
 * language meanwhile ({@link EditConflict}): the account as stored now with who saved it last, each field by its
 * label, the role, conference, country and language in the reader's words. The password is never shown nor compared.
 */
@Component
class AccountConflicts {

	private static final Map<String, String> FIELDS = EditConflict.labels("accounts.field.", "username", "email",
			"displayName", "role", "processCode=process", "countryIso2=country", "organisationCode=organisation", "language", "enabled");

	private final Accounts accounts;

	private final AuditTrail audit;

	private final MessageSource messages;

	AccountConflicts(Accounts accounts, AuditTrail audit, MessageSource messages) {
		this.accounts = accounts;
		this.audit = audit;
		this.messages = messages;
	}

	EditConflict.Stored<AccountForm> stored(UUID id) {
		AccountForm now = AccountForm.of(accounts.existing(id));
		return audit.lastChange(AuditedEntity.ACCOUNT, id,
				(by, at) -> new EditConflict.Stored<>(now, now.version(), by, at));
	}

	EditConflict.Fields<AccountForm> fields(Locale locale) {
		return new EditConflict.Fields<>(FIELDS, (field, value) -> {
			if (value instanceof Role role) {
				return messages.getMessage("accounts.role." + role.name(), null, role.name(), locale);
			}
			if (value instanceof Boolean yes) {
				return messages.getMessage(yes ? "conflict.yes" : "conflict.no", null, locale);
			}
			if (value instanceof String code && !code.isBlank() && field.equals("countryIso2")) {
				return new Locale("", code).getDisplayCountry(locale);
			}
			if (value instanceof String code && field.equals("language")) {
				return Language.of(code).map(Language::endonym).orElse(code);
			}
			return EditConflict.plain(value);
		});
	}
}
