package org.puente.accounts;

import java.time.ZoneId;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.puente.i18n.ZoneNames;
import org.puente.notifications.Addressee;

/** What other capabilities may know of an account; its address and language are all a notice needs. */
public record AccountSummary(UUID id, String username, String displayName, String email, Role role,
		@Nullable String processCode, @Nullable String countryIso2, String language, @Nullable String timeZone) implements Addressee {

	public AccountSummary(UUID id, String username, String displayName, String email, Role role,
			@Nullable String processCode, @Nullable String countryIso2, String language) {
		this(id, username, displayName, email, role, processCode, countryIso2, language, null);
	}

	/** The zone the person reads times in (chosen, or their country's or conference's), or null when unknown. */
	public @Nullable ZoneId zone() {
		return ZoneNames.known(timeZone);
	}

	public boolean isAdmin() {
		return role == Role.ADMIN;
	}

	/** A secretariat or an administrator: who acts for the conferences, not for one country. */
	public boolean isSecretariatOrAdmin() {
		return role == Role.ADMIN || role == Role.SECRETARIAT;
	}

	/** A focal point, who acts for its country. */
	public boolean isFocalPoint() {
		return role == Role.FOCAL_POINT;
	}

	/** Secretariats act for their own conference; administrators for both. */
	public boolean mayEditProcess(@Nullable String process) {
		return isAdmin() || (role == Role.SECRETARIAT && (process == null || process.equals(processCode)));
	}
}
