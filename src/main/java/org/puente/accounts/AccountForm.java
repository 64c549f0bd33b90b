package org.puente.accounts;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.puente.web.CountryCode;
import org.puente.web.LanguageCode;

/**
 * What an administrator types to create or change an account, bound through its constructor; names and the e-mail
 * address are kept stripped.
 *
 * @param password empty keeps the current password when editing
 * @param enabled left out (not unticked) keeps an account enabled
 */
record AccountForm(
		@NotBlank @Size(max = 60) @Pattern(regexp = "[a-zA-Z0-9._-]+") String username,
		@NotBlank @Email @Size(max = 200) String email,
		@NotBlank @Size(max = 200) String displayName,
		@NotNull Role role,
		@Pattern(regexp = "|CRM|CSM") @Nullable String processCode,
		@CountryCode @Nullable String countryIso2,
		@NotBlank @LanguageCode String language,
		@Size(max = 200) @Nullable String password,
		Boolean enabled,
		Long version) {

	AccountForm {
		username = username == null ? "" : username.strip();
		email = email == null ? "" : email.strip();
		displayName = displayName == null ? "" : displayName.strip();
		role = role == null ? Role.OBSERVER : role;
		language = language == null ? "es" : language;
		enabled = enabled == null || enabled;
		version = version == null ? 0L : version;
	}

	/** The form of a new account: an enabled observer who reads Spanish. */
	static AccountForm blank() {
		return new AccountForm("", "", "", Role.OBSERVER, null, null, "es", null, true, 0L);
	}

	static AccountForm of(Account a) {
		return new AccountForm(a.getUsername(), a.getEmail(), a.getDisplayName(), a.getRole(), a.getProcessCode(),
				a.getCountryIso2(), a.getLanguage(), null, a.isEnabled(), a.getVersion());
	}
}
