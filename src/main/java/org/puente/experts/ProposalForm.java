package org.puente.experts;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The proposal form on a round's page: a session, the conference and country proposing, an expert. Bound through
 * its constructor; a conference or country not sent reads as empty.
 */
record ProposalForm(@Nullable Integer session, String conference, String country, @Nullable UUID expertId) {

	ProposalForm {
		conference = conference == null ? "" : conference;
		country = country == null ? "" : country;
	}
}
