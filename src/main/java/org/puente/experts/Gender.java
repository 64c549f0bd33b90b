package org.puente.experts;

/** The gender the conferences track for balance; an expert may prefer not to say. */
public enum Gender {
	FEMALE, MALE, OTHER, UNDISCLOSED
}
