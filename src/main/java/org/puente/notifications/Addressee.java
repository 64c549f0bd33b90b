package org.puente.notifications;

/** Someone a notice may be written to: their address and the language (a BCP 47 tag) they read. */
public interface Addressee {

	String email();

	String language();
}
