package org.puente.experts;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;

/**
 * The proposal form on a round's page: a session, the conference and country proposing, an expert. Bound through
 * its constructor; a conference or country not sent reads as empty.
 */
record ProposalForm(@Nullable Integer session, String conference, String country, @Nullable UUID expertId) {

	ProposalForm {
		conference = conference == null ? "" : conference;
		country = country == null ? "" : country;
	}

	/** Each field named when missing: the page's form and the API's body alike. */
	void check(BindingResult errors) {
		RequiredField.check(errors, "session", session == null, "experts.propose.session");
		RequiredField.check(errors, "conference", conference.isBlank(), "experts.propose.conference");
		RequiredField.check(errors, "country", country.isBlank(), "experts.propose.country");
		RequiredField.check(errors, "expertId", expertId == null, "experts.propose.expert");
	}
}
