package org.puente.drafting;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.puente.i18n.Deadline;
import org.puente.accounts.AccountSummary;
import org.puente.audit.AuditedEntity;
import org.puente.audit.AuditedChange;
import org.puente.refusal.NotFoundException;
import org.puente.refusal.RefusalKind;
import org.puente.refusal.RefusedException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Amendment rounds: a secretariat opens one with a deadline and a rule for late proposals; the text freezes when
 * the round closes, by hand or at its deadline. A deadline is a day by Puente's one rule ({@link Deadline}): a round
 * "until 12 June" takes proposals until that day has ended everywhere on Earth (UTC−12).
 */
@Service
class Rounds {

	private final TextRepository texts;

	private final RoundRepository rounds;

	private final DraftingPolicy policy;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Rounds(TextRepository texts, RoundRepository rounds, DraftingPolicy policy,
			ApplicationEventPublisher events, Clock clock) {
		this.texts = texts;
		this.rounds = rounds;
		this.policy = policy;
		this.events = events;
		this.clock = clock;
	}

	/** Whether a proposal arriving now is taken, and as late or not; refused with the reason otherwise. */
	record Admission(UUID roundId, boolean late) {
	}

	/** Whether a proposal arriving now would be admitted by {@link #admit} as far as the round goes. */
	static boolean takesProposals(@Nullable AmendmentRound latest, boolean open) {
		return latest != null && (open || latest.getLatePolicy() == LatePolicy.ACCEPT_MARKED);
	}

	Admission admit(DraftText text) {
		if (text.getStatus().isFinal()) {
			throw new RefusedException(RefusalKind.CONFLICT, "drafting.text.final");
		}
		AmendmentRound latest = rounds.findFirstByTextIdOrderByClosesAtDesc(text.getId())
			.orElseThrow(() -> new RefusedException(RefusalKind.CONFLICT, "drafting.round.none"));
		if (latest.isOpenAt(clock.instant())) {
			return new Admission(latest.getId(), false);
		}
		if (latest.getLatePolicy() == LatePolicy.ACCEPT_MARKED) {
			return new Admission(latest.getId(), true);
		}
		throw new RefusedException(RefusalKind.CONFLICT, "drafting.round.closed",
				Deadline.shownLong(lastDay(latest), LocaleContextHolder.getLocale()));
	}

	/** The rounds taking proposals at that instant. */
	List<AmendmentRound> openAt(Instant now) {
		return rounds.findByClosedFalse().stream().filter(r -> r.isOpenAt(now)).toList();
	}

	Optional<AmendmentRound> current(UUID textId) {
		return rounds.findFirstByTextIdOrderByClosesAtDesc(textId);
	}

	/** The current round of each of these texts that has one, in one statement. */
	Map<UUID, AmendmentRound> current(Collection<UUID> textIds) {
		Map<UUID, AmendmentRound> current = new java.util.HashMap<>();
		rounds.findLatestByTextIdIn(textIds).forEach(r -> current.putIfAbsent(r.getTextId(), r));
		return current;
	}

	/** The last day proposals are taken. */
	LocalDate lastDay(AmendmentRound round) {
		return Deadline.lastDay(round.getClosesAt());
	}

	@Transactional
	UUID open(UUID textId, @Nullable LocalDate lastDay, LatePolicy latePolicy, AccountSummary actor) {
		DraftText text = texts.findById(textId).orElseThrow(() -> new NotFoundException("drafting.text.notFound"));
		policy.requireManager(text, actor);
		LocalDate today = Deadline.today(clock);
		if (lastDay == null || lastDay.isBefore(today)) {
			throw new RefusedException(RefusalKind.INVALID, "drafting.round.deadlinePast");
		}
		if (rounds.findByTextIdOrderByClosesAtDesc(textId).stream().anyMatch(r -> r.isOpenAt(clock.instant()))) {
			throw new RefusedException(RefusalKind.CONFLICT, "drafting.round.alreadyOpen");
		}
		text.reopen();
		AmendmentRound round = rounds.save(new AmendmentRound(textId, today,
				Deadline.closesAt(lastDay), latePolicy, actor.username()));
		events.publishEvent(new RoundEvents.RoundOpened(textId, lastDay, AuditedChange
			.created(AuditedEntity.DRAFTING_ROUND, round.getId(), text.getTitleEs())
			.after(Map.of("lastDay", lastDay.toString(), "latePolicy", latePolicy))));
		return round.getId();
	}

	@Transactional
	void close(UUID textId, AccountSummary actor) {
		DraftText text = texts.findById(textId).orElseThrow(() -> new NotFoundException("drafting.text.notFound"));
		policy.requireManager(text, actor);
		AmendmentRound round = rounds.findByTextIdOrderByClosesAtDesc(textId).stream()
			.filter(r -> r.isOpenAt(clock.instant()))
			.findFirst()
			.orElseThrow(() -> new RefusedException(RefusalKind.CONFLICT, "drafting.round.notOpen"));
		closeAndFreeze(text, round);
	}

	/** Closes the rounds whose deadline has passed and reminds members of those ending within two days. */
	@Transactional
	int closeDueAndRemind() {
		Instant now = clock.instant();
		int changed = 0;
		for (AmendmentRound round : rounds.findByClosedFalse()) {
			DraftText text = texts.findById(round.getTextId()).orElse(null);
			if (text == null) {
				continue;
			}
			if (!now.isBefore(round.getClosesAt())) {
				closeAndFreeze(text, round);
				changed++;
			}
			else if (!round.isReminded() && Duration.between(now, round.getClosesAt()).compareTo(Duration.ofDays(2)) <= 0) {
				round.markReminded();
				events.publishEvent(new RoundEvents.RoundClosingSoon(text.getId(), lastDay(round)));
				changed++;
			}
		}
		return changed;
	}

	private void closeAndFreeze(DraftText text, AmendmentRound round) {
		round.close();
		text.freeze();
		events.publishEvent(new RoundEvents.RoundClosed(text.getId(), AuditedChange
			.transition(AuditedEntity.DRAFTING_ROUND, round.getId(), text.getTitleEs()).before(Map.of("closed", false))
			.after(Map.of("closed", true, "text", text.getStatus()))));
	}
}
