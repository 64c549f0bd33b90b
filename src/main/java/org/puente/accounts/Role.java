package org.puente.accounts;

/**
 * What a person may do. Secretariats edit everything of their conference; a focal point acts for one country;
 * observers (IOM, OAS, UNHCR) read what is reserved for the conferences; the public needs no account.
 */
public enum Role {
	ADMIN, SECRETARIAT, FOCAL_POINT, OBSERVER;

	public String authority() {
		return "ROLE_" + name();
	}
}
