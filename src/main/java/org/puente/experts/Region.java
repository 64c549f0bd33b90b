package org.puente.experts;

/** The region an expert's work speaks for, tracked for the regional balance of a list. */
public enum Region {
	NORTH_AMERICA, CENTRAL_AMERICA, CARIBBEAN, SOUTH_AMERICA, OUTSIDE
}
