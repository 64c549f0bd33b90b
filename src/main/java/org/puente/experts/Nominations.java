package org.puente.experts;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.puente.i18n.Deadline;
import org.puente.accounts.AccountSummary;
import org.puente.audit.AuditedEntity;
import org.puente.audit.AuditedChange;
import org.puente.directory.Conference;
import org.puente.directory.Directory;
import org.puente.directory.RoleHolder;
import org.puente.directory.RoleKind;
import org.puente.i18n.Language;
import org.puente.refusal.NotFoundException;
import org.puente.refusal.RefusalKind;
import org.puente.refusal.RefusedException;
import org.puente.refusal.SeenVersion;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Nomination rounds and their chain: a member state's focal point (or its conference's secretariat on its behalf)
 * proposes an expert for a session; the conference's secretariat agrees or declines; each conference's pro tempore
 * presidency approves the joint list. The rules — quota per session and conference, the deadline, the expert's
 * consent, the country's membership — refuse with a sentence, and the refusal stays visible on the round.
 */
@Service
public class Nominations {

	static final List<String> CONFERENCES = Conference.codes(Conference.BOTH);

	private final NominationRoundRepository rounds;

	private final NominationRepository nominations;

	private final NominationRefusalRepository refusals;

	private final ExpertRepository experts;

	private final RefusalLog refusalLog;

	private final Directory directory;

	private final ExpertReference areas;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Nominations(NominationRoundRepository rounds, NominationRepository nominations, NominationRefusalRepository refusals,
			ExpertRepository experts, RefusalLog refusalLog, Directory directory, ExpertReference areas,
			ApplicationEventPublisher events, Clock clock) {
		this.rounds = rounds;
		this.nominations = nominations;
		this.refusals = refusals;
		this.experts = experts;
		this.refusalLog = refusalLog;
		this.directory = directory;
		this.areas = areas;
		this.events = events;
		this.clock = clock;
	}

	/** The experts who may be nominated: those who consented to be listed and shared with the UN. */
	@Transactional(readOnly = true)
	public List<ExpertSummary> nominable() {
		return experts.findAllByOrderByFullNameAsc().stream().filter(Expert::consented).map(ExpertSummary::of).toList();
	}

	@Transactional(readOnly = true)
	public List<RoundView.Summary> rounds() {
		LocalDate today = today();
		return rounds.findAllByOrderByDeadlineDesc().stream().map(r -> new RoundView.Summary(r.getId(), r.getTitle(), r.getTitleLanguage(),
				r.sessionList(), r.getQuota(), r.getDeadline(), !today.isAfter(r.getDeadline()),
				r.getApprovedCrmOn() != null && r.getApprovedCsmOn() != null)).toList();
	}

	@Transactional
	public UUID openRound(String title, Language titleLanguage, List<Integer> sessions, int quota, LocalDate deadline,
			AccountSummary actor) {
		ExpertPolicy.requireSecretariat(actor);
		if (title.isBlank() || title.length() > 300) {
			throw new RefusedException(RefusalKind.INVALID, "experts.round.titleRequired");
		}
		if (sessions.isEmpty() || !sessions.stream().allMatch(areas::isSession)) {
			throw new RefusedException(RefusalKind.INVALID, "experts.round.sessionsRequired");
		}
		if (quota < 1 || quota > 20) {
			throw new RefusedException(RefusalKind.INVALID, "experts.round.quotaRange", 1, 20);
		}
		NominationRound round = new NominationRound(title.strip(), titleLanguage.code(), sessions.stream().distinct().toList(), quota,
				deadline, actor.username());
		rounds.saveAndFlush(round);
		events.publishEvent(new ExpertEvents.NominationRoundOpened(round.getId(), AuditedChange
			.created(AuditedEntity.NOMINATION_ROUND, round.getId(), round.getTitle())
			.after(Map.of("sessions", sessions, "quota", quota, "deadline", deadline.toString()))));
		return round.getId();
	}

	/** A proposal: for which session, on behalf of which conference and country, which expert. */
	public record Proposal(int session, String conference, String country, UUID expertId) {
	}

	@Transactional
	public UUID propose(UUID roundId, Proposal p, AccountSummary actor) {
		return propose(roundId, p, actor, today());
	}

	/** Proposes as of a given day (the demo replays June 2017). */
	@Transactional
	UUID propose(UUID roundId, Proposal p, AccountSummary actor, LocalDate on) {
		NominationRound round = round(roundId);
		round.requireUnapproved();
		if (!round.sessionList().contains(p.session())) {
			throw new RefusedException(RefusalKind.INVALID, "experts.propose.sessionNotInRound",
					p.session());
		}
		if (!CONFERENCES.contains(p.conference())) {
			throw new RefusedException(RefusalKind.INVALID, "experts.propose.conferenceUnknown");
		}
		ExpertPolicy.requireProposer(actor, p.conference(), p.country());
		Expert expert = experts.findById(p.expertId())
			.orElseThrow(() -> new RefusedException(RefusalKind.INVALID, "experts.expert.notFound"));
		String country = p.country();
		if (!directory.processesOf(country).contains(p.conference())) {
			refuse(round, expert, p, actor, on, "experts.refused.country", countryArg(country), p.conference());
		}
		if (on.isAfter(round.getDeadline())) {
			refuse(round, expert, p, actor, on, "experts.refused.deadline",
					Deadline.shownLong(round.getDeadline(), org.springframework.context.i18n.LocaleContextHolder.getLocale()));
		}
		if (!expert.consented()) {
			refuse(round, expert, p, actor, on, "experts.refused.consent", expert.getFullName());
		}
		List<Nomination> same = nominations.findByRoundIdOrderBySessionAscConferenceAscProposedOnAsc(roundId).stream()
			.filter(n -> n.getSession() == p.session() && n.getStatus().active())
			.toList();
		if (same.stream().anyMatch(n -> n.getExpertId().equals(expert.getId()))) {
			throw new RefusedException(RefusalKind.CONFLICT, "experts.refused.twice", expert.getFullName(),
					p.session());
		}
		long taken = same.stream().filter(n -> n.getConference().equals(p.conference())).count();
		if (taken >= round.getQuota()) {
			refuse(round, expert, p, actor, on, "experts.refused.quota", p.session(), p.conference(),
					round.getQuota());
		}
		Nomination nomination = new Nomination(roundId, expert.getId(), p.session(), p.conference(), country,
				actor.username(), on);
		nomination.warnIfOutside(expert.data().sessions());
		nominations.saveAndFlush(nomination);
		Map<String, Object> after = new java.util.LinkedHashMap<>(Map.of("session", p.session(), "conference",
				p.conference(), "country", country, "expert", expert.getId().toString()));
		java.util.Optional.ofNullable(nomination.getSessionsNamed()).ifPresent(n -> after.put("sessionsNamed", n));
		events.publishEvent(new ExpertEvents.ExpertNominated(nomination.getId(), roundId, AuditedChange
			.created(AuditedEntity.NOMINATION, nomination.getId(), round.getTitle()).after(after)));
		return nomination.getId();
	}

	private void refuse(NominationRound round, Expert expert, Proposal p, AccountSummary actor, LocalDate on,
			String key, Object... args) {
		refusalLog.record(round.getId(), expert.getId(), p.session(), p.conference(), p.country(), key,
				actor.username(), on);
		throw new RefusedException(RefusalKind.INVALID, key, args);
	}

	/** The country's name in the message is formatted by the page; the code is what travels. */
	private static String countryArg(String iso2) {
		return org.puente.directory.Countries.nameOf(iso2, org.springframework.context.i18n.LocaleContextHolder
			.getLocale());
	}

	/** The conference's secretariat agrees to a proposal or declines it (with a reason). */
	@Transactional
	public void decide(UUID nominationId, NominationStatus outcome, @Nullable String reason, long expectedVersion,
			AccountSummary actor) {
		decide(nominationId, outcome, reason, expectedVersion, actor, today());
	}

	@Transactional
	void decide(UUID nominationId, NominationStatus outcome, @Nullable String reason, long expectedVersion,
			AccountSummary actor, LocalDate on) {
		Nomination n = nomination(nominationId);
		ExpertPolicy.requireDecider(n, actor);
		round(n.getRoundId()).requireUnapproved();
		SeenVersion.require(expectedVersion, n.getVersion(), Nomination.class, nominationId);
		String why = reason == null || reason.isBlank() ? null : reason.strip();
		if (why != null && why.length() > 1000) {
			throw new RefusedException(RefusalKind.INVALID, "experts.field.tooLong", 1000);
		}
		NominationStatus before = n.getStatus();
		n.decide(outcome, why, actor.username(), on);
		nominations.saveAndFlush(n);
		events.publishEvent(new ExpertEvents.NominationDecided(nominationId, outcome, AuditedChange
			.transition(AuditedEntity.NOMINATION, nominationId, "nomination " + nominationId)
			.before(Map.of("status", before)).after(Map.of("status", outcome))));
	}

	/** The proposing country or its conference withdraws a nominee, freeing a place in the quota. */
	@Transactional
	public void withdraw(UUID nominationId, AccountSummary actor) {
		Nomination n = nomination(nominationId);
		ExpertPolicy.requireWithdrawer(n, actor);
		round(n.getRoundId()).requireUnapproved();
		n.withdraw(actor.username(), today());
		nominations.saveAndFlush(n);
		events.publishEvent(new ExpertEvents.NominationDecided(nominationId, NominationStatus.WITHDRAWN, AuditedChange
			.transition(AuditedEntity.NOMINATION, nominationId, "nomination " + nominationId)
			.after(Map.of("status", NominationStatus.WITHDRAWN))));
	}

	/**
	 * A conference's pro tempore presidency approves the joint list: once every proposal is decided and at least
	 * one nominee is agreed. Recorded by the presidency's focal point, or by the conference's secretariat on its
	 * behalf.
	 */
	@Transactional
	public void approve(UUID roundId, String conference, long expectedVersion, AccountSummary actor) {
		approve(roundId, conference, expectedVersion, actor, today());
	}

	@Transactional
	void approve(UUID roundId, String conference, long expectedVersion, AccountSummary actor, LocalDate on) {
		NominationRound round = round(roundId);
		if (!CONFERENCES.contains(conference)) {
			throw new RefusedException(RefusalKind.INVALID, "experts.propose.conferenceUnknown");
		}
		String ppt = presidency(conference, round.getDeadline()).orElse("");
		if (!mayApprove(conference, round.getDeadline(), actor)) {
			throw new RefusedException(RefusalKind.FORBIDDEN, "experts.forbidden.approve", conference);
		}
		SeenVersion.require(expectedVersion, round.getVersion(), NominationRound.class, roundId);
		List<Nomination> all = nominations.findByRoundIdOrderBySessionAscConferenceAscProposedOnAsc(roundId);
		long pending = all.stream().filter(n -> n.getStatus() == NominationStatus.PROPOSED).count();
		if (pending > 0) {
			throw new RefusedException(RefusalKind.CONFLICT, "experts.approve.pending", pending);
		}
		if (all.stream().noneMatch(n -> n.getStatus() == NominationStatus.AGREED)) {
			throw new RefusedException(RefusalKind.CONFLICT, "experts.approve.empty");
		}
		round.approve(conference, actor.username(), on, ppt);
		rounds.saveAndFlush(round);
		events.publishEvent(new ExpertEvents.NominationListApproved(roundId, conference, AuditedChange
			.transition(AuditedEntity.NOMINATION_ROUND, roundId, round.getTitle())
			.after(Map.of("approvedBy", conference, "presidency", ppt))));
	}

	/** The presidency's focal point, the conference's secretariat on its behalf, or an administrator. */
	public boolean mayApprove(String conference, LocalDate deadline, AccountSummary actor) {
		return ExpertPolicy.mayApprove(conference, () -> presidency(conference, deadline), actor);
	}

	/** The country holding a conference's pro tempore presidency on a day (or the latest one recorded before). */
	Optional<String> presidency(String conference, LocalDate day) {
		return directory.currentOrLatest(RoleKind.PRO_TEMPORE_PRESIDENCY, conference, day)
			.map(RoleHolder::countryIso2);
	}

	@Transactional(readOnly = true)
	public RoundView view(UUID roundId) {
		NominationRound round = round(roundId);
		List<Nomination> all = nominations.findByRoundIdOrderBySessionAscConferenceAscProposedOnAsc(roundId);
		Map<UUID, ExpertSummary> people = experts.findAllById(all.stream().map(Nomination::getExpertId).toList())
			.stream().map(ExpertSummary::of).collect(Collectors.toMap(ExpertSummary::id, Function.identity()));
		Map<UUID, String> names = experts.findAllById(refusals.findByRoundIdOrderByRefusedOnAsc(roundId).stream()
			.map(NominationRefusal::getExpertId).filter(java.util.Objects::nonNull).toList()).stream()
			.collect(Collectors.toMap(Expert::getId, Expert::getFullName));
		List<RoundView.RefusalView> refused = refusals.findByRoundIdOrderByRefusedOnAsc(roundId).stream()
			.map(r -> new RoundView.RefusalView(r.getSession(), r.getConference(), r.getCountryIso2(),
					r.getExpertId() == null ? null : names.get(r.getExpertId()), r.getReasonKey(), r.getRefusedBy(),
					r.getRefusedOn()))
			.toList();
		return RoundView.of(round, all, people, refused, today());
	}

	NominationRound round(UUID id) {
		return rounds.findById(id).orElseThrow(() -> new NotFoundException("experts.round.notFound"));
	}

	Nomination nomination(UUID id) {
		return nominations.findById(id).orElseThrow(() -> new NotFoundException("experts.nomination.notFound"));
	}

	/** Which day it is for the rounds' deadlines, and the day a nomination's steps are dated ({@link Deadline}). */
	LocalDate today() {
		return Deadline.today(clock);
	}
}
