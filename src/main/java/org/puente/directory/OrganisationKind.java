package org.puente.directory;

/** What sort of organisation or body an {@link Organisation} is. */
public enum OrganisationKind {
	TECHNICAL_SECRETARIAT, INTERNATIONAL, REGIONAL, GOVERNMENT, WORKING_GROUP, TROIKA, PLENARY, OTHER;

	public boolean isBody() {
		return this == WORKING_GROUP || this == TROIKA || this == PLENARY;
	}
}
