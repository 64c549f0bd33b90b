package org.puente.accounts;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.puente.web.CountryCode;
import org.puente.web.LanguageCode;

/** What an administrator types to create or change an account. */
class AccountForm {

	@NotBlank
	@Size(max = 60)
	@Pattern(regexp = "[a-zA-Z0-9._-]+")
	private String username = "";

	@NotBlank
	@Email
	@Size(max = 200)
	private String email = "";

	@NotBlank
	@Size(max = 200)
	private String displayName = "";

	@NotNull
	private Role role = Role.OBSERVER;

	@Pattern(regexp = "|CRM|CSM")
	private @Nullable String processCode;

	@CountryCode
	private @Nullable String countryIso2;

	@NotBlank
	@LanguageCode
	private String language = "es";

	/** Empty keeps the current password when editing. */
	@Size(max = 200)
	private @Nullable String password;

	private boolean enabled = true;

	private long version;

	static AccountForm of(Account a) {
		AccountForm f = new AccountForm();
		f.username = a.getUsername();
		f.email = a.getEmail();
		f.displayName = a.getDisplayName();
		f.role = a.getRole();
		f.processCode = a.getProcessCode();
		f.countryIso2 = a.getCountryIso2();
		f.language = a.getLanguage();
		f.enabled = a.isEnabled();
		f.version = a.getVersion();
		return f;
	}

	public String getUsername() { return username; }
	public void setUsername(String username) { this.username = username.strip(); }
	public String getEmail() { return email; }
	public void setEmail(String email) { this.email = email.strip(); }
	public String getDisplayName() { return displayName; }
	public void setDisplayName(String displayName) { this.displayName = displayName.strip(); }
	public Role getRole() { return role; }
	public void setRole(Role role) { this.role = role; }
	public @Nullable String getProcessCode() { return processCode; }
	public void setProcessCode(@Nullable String processCode) { this.processCode = processCode; }
	public @Nullable String getCountryIso2() { return countryIso2; }
	public void setCountryIso2(@Nullable String countryIso2) { this.countryIso2 = countryIso2; }
	public String getLanguage() { return language; }
	public void setLanguage(String language) { this.language = language; }
	public @Nullable String getPassword() { return password; }
	public void setPassword(@Nullable String password) { this.password = password; }
	public boolean isEnabled() { return enabled; }
	public void setEnabled(boolean enabled) { this.enabled = enabled; }
	public long getVersion() { return version; }
	public void setVersion(long version) { this.version = version; }
}
