package org.puente.experts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A nomination round as its page shows it: per session and conference, the nominees, balance and refusals. Its title is
 * shown as written, in {@code titleLanguage} (the pages mark it when it is not the reader's).
 */
public record RoundView(UUID id, String title, String titleLanguage, List<Integer> sessionNumbers, int quota, LocalDate deadline,
		boolean open, @Nullable LocalDate approvedCrmOn, @Nullable String pptCrm, @Nullable LocalDate approvedCsmOn,
		@Nullable String pptCsm, List<SessionView> sessions, Balance balance, List<RefusalView> refusals,
		int pending, int agreed, long version) {

	public boolean approved() {
		return approvedCrmOn != null && approvedCsmOn != null;
	}

	public boolean approvalStarted() {
		return approvedCrmOn != null || approvedCsmOn != null;
	}

	/** The round as its page shows it, from its nominations, their experts and its refusals. */
	static RoundView of(NominationRound round, List<Nomination> all, Map<UUID, ExpertSummary> people,
			List<RefusalView> refused, LocalDate today) {
		List<SessionView> sessions = new ArrayList<>();
		for (int session : round.sessionList()) {
			List<ConferenceView> conferences = new ArrayList<>();
			List<ExpertSummary> chosen = new ArrayList<>();
			for (String conference : Nominations.CONFERENCES) {
				List<NominationView> views = all.stream()
					.filter(n -> n.getSession() == session && n.getConference().equals(conference))
					.sorted(Comparator.comparing((Nomination n) -> n.getStatus().ordinal() > 1)
						.thenComparing(Nomination::getProposedOn))
					.map(n -> view(n, people.get(n.getExpertId())))
					.toList();
				int active = (int) views.stream().filter(v -> v.status().active()).count();
				int agreed = (int) views.stream().filter(v -> v.status() == NominationStatus.AGREED).count();
				conferences.add(new ConferenceView(conference, views, active, agreed, round.getQuota()));
				all.stream().filter(n -> n.getSession() == session && n.getConference().equals(conference)
						&& n.getStatus().active()).forEach(n -> chosen.add(people.get(n.getExpertId())));
			}
			sessions.add(new SessionView(session, conferences, Balance.of(chosen)));
		}
		List<ExpertSummary> everyone = all.stream().filter(n -> n.getStatus().active())
			.map(n -> people.get(n.getExpertId())).distinct().toList();
		return new RoundView(round.getId(), round.getTitle(), round.getTitleLanguage(), round.sessionList(), round.getQuota(),
				round.getDeadline(), !today.isAfter(round.getDeadline()), round.getApprovedCrmOn(),
				round.getApprovedCrmCountry(), round.getApprovedCsmOn(), round.getApprovedCsmCountry(), sessions,
				Balance.of(everyone), refused,
				(int) all.stream().filter(n -> n.getStatus() == NominationStatus.PROPOSED).count(),
				(int) all.stream().filter(n -> n.getStatus() == NominationStatus.AGREED).count(), round.getVersion());
	}

	private static NominationView view(Nomination n, ExpertSummary e) {
		return new NominationView(n.getId(), e.id(), e.name(), e.data().affiliation(), n.getCountryIso2(),
				e.data().gender(), e.data().languages(), n.getStatus(), n.getReason(), n.getProposedBy(),
				n.getProposedOn(), e.consented(), n.getVersion(), n.getSessionsNamed());
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
			String proposedBy, LocalDate proposedOn, boolean consented, long version, @Nullable String sessionsNamed) {
	}

	public record RefusalView(int session, String conference, String country, @Nullable String expertName,
			String reasonKey, String refusedBy, LocalDate refusedOn) {
	}

	/** A round in the list of rounds. */
	public record Summary(UUID id, String title, String titleLanguage, List<Integer> sessions, int quota, LocalDate deadline, boolean open,
			boolean approved) {
	}
}
