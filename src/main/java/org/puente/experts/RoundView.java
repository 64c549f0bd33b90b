package org.puente.experts;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A nomination round as its page shows it: per session and conference, the nominees, balance and refusals. */
public record RoundView(UUID id, String title, List<Integer> sessionNumbers, int quota, LocalDate deadline,
		boolean open, @Nullable LocalDate approvedCrmOn, @Nullable String pptCrm, @Nullable LocalDate approvedCsmOn,
		@Nullable String pptCsm, List<SessionView> sessions, Balance balance, List<RefusalView> refusals,
		int pending, int agreed, long version) {

	public boolean approved() {
		return approvedCrmOn != null && approvedCsmOn != null;
	}

	public boolean approvalStarted() {
		return approvedCrmOn != null || approvedCsmOn != null;
	}

	/** One thematic session of the round: each conference's nominees and the balance of the agreed ones. */
	public record SessionView(int number, List<ConferenceView> conferences, Balance balance) {
	}

	public record ConferenceView(String conference, List<NominationView> nominations, int active, int agreed,
			int quota) {

		public boolean full() {
			return active >= quota;
		}
	}

	public record NominationView(UUID id, UUID expertId, String expertName, String affiliation, String country,
			Gender gender, List<String> languages, NominationStatus status, @Nullable String reason,
			String proposedBy, LocalDate proposedOn, boolean consented, long version) {
	}

	public record RefusalView(int session, String conference, String country, @Nullable String expertName,
			String reasonKey, String refusedBy, LocalDate refusedOn) {
	}

	/** A round in the list of rounds. */
	public record Summary(UUID id, String title, List<Integer> sessions, int quota, LocalDate deadline, boolean open,
			boolean approved) {
	}
}
