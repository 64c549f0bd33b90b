package org.puente.accounts;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** What other capabilities may know of an account. */
public record AccountSummary(UUID id, String username, String displayName, String email, Role role,
		@Nullable String processCode, @Nullable String countryIso2, String language) {

	public boolean isAdmin() {
		return role == Role.ADMIN;
	}

	/** Secretariats act for their own conference; administrators for both. */
	public boolean mayEditProcess(@Nullable String process) {
		return isAdmin() || (role == Role.SECRETARIAT && (process == null || process.equals(processCode)));
	}
}
