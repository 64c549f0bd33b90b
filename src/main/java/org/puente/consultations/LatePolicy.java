package org.puente.consultations;

/** What happens to an answer after the deadline; always told to the focal point on the form. */
enum LatePolicy {
	ACCEPT_LATE, REFUSE_LATE
}
