/** Sending notices by e-mail, in each recipient's language; the development outbox when no SMTP server is set. */
@org.jspecify.annotations.NullMarked
package org.puente.notifications;
