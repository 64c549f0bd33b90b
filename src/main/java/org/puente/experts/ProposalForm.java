package org.puente.experts;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** The proposal form on a round's page: a session, the conference and country proposing, an expert. */
class ProposalForm {

	private @Nullable Integer session;

	private String conference = "";

	private String country = "";

	private @Nullable UUID expertId;

	public @Nullable Integer getSession() { return session; }
	public void setSession(@Nullable Integer session) { this.session = session; }
	public String getConference() { return conference; }
	public void setConference(String conference) { this.conference = conference; }
	public String getCountry() { return country; }
	public void setCountry(String country) { this.country = country; }
	public @Nullable UUID getExpertId() { return expertId; }
	public void setExpertId(@Nullable UUID expertId) { this.expertId = expertId; }
}
