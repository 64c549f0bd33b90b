package org.puente.accounts;

import java.util.List;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.puente.web.CountryCode;
import org.puente.web.LanguageCode;
import org.springframework.validation.BindingResult;

/**
 * What an administrator types to create or change an account, bound through its constructor; names and the e-mail
 * address are kept stripped.
 *
 * @param username its pattern lets the empty name through, so a form sent empty hears only "required"
 * @param password empty keeps the current password when editing
 * @param language empty (a new account's form, a script that sends none) is the country's language, said on save
 * @param enabled left out (not unticked) keeps an account enabled
 * @param organisationCode the directory code of the organisation an observer acts for (IOM…): the meetings that invite
 *        it are told to the observer; kept for observers only
 */
record AccountForm(
		@NotBlank @Size(max = 60) @Pattern(regexp = "[a-zA-Z0-9._-]*") String username,
		@NotBlank @Email @Size(max = 200) String email,
		@NotBlank @Size(max = 200) String displayName,
		@NotNull Role role,
		@Pattern(regexp = "|CRM|CSM") @Nullable String processCode,
		@CountryCode @Nullable String countryIso2,
		@LanguageCode String language,
		@Size(max = 200) @Nullable String password,
		Boolean enabled,
		Long version,
		@Pattern(regexp = "[A-Za-z0-9_-]*") @Size(max = 40) @Nullable String organisationCode) {

	AccountForm {
		username = username == null ? "" : username.strip();
		email = email == null ? "" : email.strip();
		displayName = displayName == null ? "" : displayName.strip();
		role = role == null ? Role.OBSERVER : role;
		countryIso2 = countryIso2 == null ? null : countryIso2.strip().toUpperCase(java.util.Locale.ROOT);
		language = language == null ? "" : language.strip();
		enabled = enabled == null || enabled;
		version = version == null ? 0L : version;
	}

	/**
	 * Refuses a country that is not a member state of the account's conference (of either when it has none); the
	 * code stays in the form, shown as chosen, so the administrator sees what was sent.
	 */
	void checkCountry(List<String> memberStates, BindingResult errors) {
		if (countryIso2 != null && !countryIso2.isEmpty() && !errors.hasFieldErrors("countryIso2")
				&& !memberStates.contains(countryIso2)) {
			errors.rejectValue("countryIso2", "accounts.error.country", new Object[] { countryIso2 }, null);
		}
	}

	/** The countries the form offers: the member states, and the one sent when it is none of them. */
	List<String> countryChoices(List<String> memberStates) {
		if (countryIso2 == null || countryIso2.isEmpty() || memberStates.contains(countryIso2)) {
			return memberStates;
		}
		return java.util.stream.Stream.concat(java.util.stream.Stream.of(countryIso2), memberStates.stream()).toList();
	}

	/** The same form with this password (none keeps the account's). */
	AccountForm withPassword(@Nullable String typed) {
		return new AccountForm(username, email, displayName, role, processCode, countryIso2, language, typed, enabled,
				version, organisationCode);
	}

	/** The same form with this language (the country's, when none was chosen). */
	AccountForm withLanguage(String chosen) {
		return new AccountForm(username, email, displayName, role, processCode, countryIso2, chosen, password, enabled,
				version, organisationCode);
	}

	/**
	 * The form of a new account: an enabled observer whose language is not chosen yet — it follows the country
	 * chosen (a Brazilian focal point reads Portuguese), Spanish for an account without one, unless the administrator
	 * picks one.
	 */
	static AccountForm blank() {
		return new AccountForm("", "", "", Role.OBSERVER, null, null, "", null, true, 0L, null);
	}

	static AccountForm of(Account a) {
		return new AccountForm(a.getUsername(), a.getEmail(), a.getDisplayName(), a.getRole(), a.getProcessCode(),
				a.getCountryIso2(), a.getLanguage(), null, a.isEnabled(), a.getVersion(), a.getOrganisationCode());
	}
}
