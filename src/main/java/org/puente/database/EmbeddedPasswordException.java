package org.puente.database;

/** The embedded server asks for a password that Puente does not have (a lost password file, a wrong value given). */
class EmbeddedPasswordException extends RuntimeException {

	private final String action;

	EmbeddedPasswordException(String problem, String action) {
		super(problem);
		this.action = action;
	}

	String action() {
		return action;
	}
}
