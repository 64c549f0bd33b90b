package org.puente.practices;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.puente.accounts.AccountSummary;
import org.puente.audit.AuditedEntity;
import org.puente.audit.AuditedChange;
import org.puente.directory.Conference;
import org.puente.directory.Directory;
import org.puente.refusal.RefusalKind;
import org.puente.refusal.RefusedException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The joint prioritisation: each country of either conference ranks every accepted practice of a thematic session,
 * each place once (no ties, no gaps); the rankings are combined by Borda count (see {@link JointRanking}).
 */
@Service
class Prioritisation {

	static final List<String> CONFERENCES = Conference.codes(Conference.BOTH);

	private static final double SAME = 1e-9;

	private final PracticeRepository practices;

	private final RankingRepository rankings;

	private final Directory directory;

	private final ApplicationEventPublisher events;

	private final ObjectProvider<CompiledPractices> compiled;

	Prioritisation(PracticeRepository practices, RankingRepository rankings, Directory directory,
			ApplicationEventPublisher events, ObjectProvider<CompiledPractices> compiled) {
		this.practices = practices;
		this.rankings = rankings;
		this.directory = directory;
		this.events = events;
		this.compiled = compiled;
	}

	/** Every session's combined ranking as one document, for the compiled DOCX or PDF. */
	CompiledPractices.Compiled compile(Locale locale) {
		return compiled.getObject().compile(locale);
	}

	/** The accepted practices of a session, the ones its countries rank, in title order. */
	@Transactional(readOnly = true)
	List<Practice> eligible(int session) {
		requireSession(session);
		return practices.findByStatus(PracticeStatus.ACCEPTED)
			.stream()
			.filter(p -> p.getThematicSessions().contains(session))
			.sorted(Comparator.comparing((Practice p) -> p.original().title()).thenComparing(Practice::getId))
			.toList();
	}

	@Transactional(readOnly = true)
	Optional<Ranking> ranking(int session, String country) {
		return rankings.findByThematicSessionAndCountry(session, country);
	}

	/**
	 * Records a country's ranking from the places typed for each practice (1 is best). Every practice of the session
	 * needs a place, places go from 1 to the number of practices, and no two practices share one.
	 */
	@Transactional
	void rank(int session, String country, Map<UUID, @Nullable String> places, AccountSummary actor) {
		List<Practice> eligible = eligible(session);
		String process = conferenceOf(country);
		requireMayRank(country, process, actor);
		if (eligible.size() < 2) {
			throw new RefusedException(RefusalKind.CONFLICT, "practices.ranking.error.tooFew", session);
		}
		int n = eligible.size();
		Map<Integer, List<Practice>> byPlace = new TreeMap<>();
		for (Practice practice : eligible) {
			String typed = places.get(practice.getId());
			Integer place = parse(typed);
			if (place == null) {
				throw new RefusedException(RefusalKind.INVALID, "practices.ranking.error.missing",
						practice.original().title());
			}
			if (place < 1 || place > n) {
				throw new RefusedException(RefusalKind.INVALID, "practices.ranking.error.range",
						practice.original().title(), n);
			}
			byPlace.computeIfAbsent(place, k -> new ArrayList<>()).add(practice);
		}
		for (var entry : byPlace.entrySet()) {
			if (entry.getValue().size() > 1) {
				throw new RefusedException(RefusalKind.INVALID, "practices.ranking.error.tie",
						entry.getKey(), entry.getValue().get(0).original().title(),
						entry.getValue().get(1).original().title());
			}
		}
		for (int place = 1; place <= n; place++) {
			if (!byPlace.containsKey(place)) {
				throw new RefusedException(RefusalKind.INVALID, "practices.ranking.error.gap", place, n);
			}
		}
		List<UUID> order = byPlace.values().stream().map(l -> l.get(0).getId()).toList();
		Ranking ranking = rankings.findByThematicSessionAndCountry(session, country)
			.orElseGet(() -> new Ranking(session, country, process));
		List<UUID> before = ranking.getPractices();
		ranking.rank(order, actor.username());
		rankings.save(ranking);
		events.publishEvent(new PracticeEvents.PracticesRanked(ranking.getId(), AuditedChange
			.saved(before.isEmpty(), AuditedEntity.RANKING, ranking.getId(), "session " + session + " · " + country)
			.before(before.isEmpty() ? null : Map.of("order", before)).after(Map.of("order", order)).inPublic(true)));
	}

	/** The combined ranking of a session with each conference's; titles in the language asked for. */
	@Transactional(readOnly = true)
	JointRanking compute(int session, String language) {
		List<Practice> eligible = eligible(session);
		Set<UUID> ids = new HashSet<>(eligible.stream().map(Practice::getId).toList());
		int n = eligible.size();
		Map<String, List<String>> counted = new LinkedHashMap<>();
		CONFERENCES.forEach(c -> counted.put(c, new ArrayList<>()));
		List<String> outdated = new ArrayList<>();
		Map<String, Map<UUID, Integer>> points = new HashMap<>();
		for (Ranking ranking : rankings.findByThematicSessionOrderByCountry(session)) {
			List<UUID> order = ranking.getPractices();
			if (order.size() != n || !ids.equals(new HashSet<>(order))) {
				outdated.add(ranking.getCountry());
				continue;
			}
			counted.computeIfAbsent(ranking.getProcess(), c -> new ArrayList<>()).add(ranking.getCountry());
			Map<UUID, Integer> of = points.computeIfAbsent(ranking.getProcess(), c -> new HashMap<>());
			for (int i = 0; i < n; i++) {
				of.merge(order.get(i), n - 1 - i, Integer::sum);
			}
		}
		Map<String, Map<UUID, Double>> scores = new HashMap<>();
		Map<String, Map<UUID, Integer>> places = new HashMap<>();
		for (String conference : CONFERENCES) {
			int voters = counted.get(conference).size();
			if (voters == 0 || n == 0) {
				continue;
			}
			Map<UUID, Double> score = new HashMap<>();
			for (Practice p : eligible) {
				int total = points.get(conference).getOrDefault(p.getId(), 0);
				score.put(p.getId(), n == 1 ? 100.0 : 100.0 * total / (voters * (n - 1.0)));
			}
			scores.put(conference, score);
			places.put(conference, places(eligible, score::get));
		}
		Map<UUID, Double> combined = new HashMap<>();
		for (Practice p : eligible) {
			double sum = 0;
			int conferences = 0;
			for (Map<UUID, Double> score : scores.values()) {
				sum += score.get(p.getId());
				conferences++;
			}
			combined.put(p.getId(), conferences == 0 ? 0 : sum / conferences);
		}
		Map<UUID, Integer> place = places(eligible, combined::get);
		List<JointRanking.Row> rows = new ArrayList<>();
		for (Practice p : eligible) {
			UUID id = p.getId();
			long sharing = place.values().stream().filter(v -> v.equals(place.get(id))).count();
			Integer crm = places.containsKey(Conference.CRM.name()) ? places.get(Conference.CRM.name()).get(id) : null;
			Integer csm = places.containsKey(Conference.CSM.name()) ? places.get(Conference.CSM.name()).get(id) : null;
			rows.add(new JointRanking.Row(id, p.text(language).title(), p.textLanguage(language), p.getProcess(), p.getCountries(),
					place.get(id), sharing > 1, round(combined.get(id)), crm,
					crm == null ? null : round(scores.get(Conference.CRM.name()).get(id)), csm,
					csm == null ? null : round(scores.get(Conference.CSM.name()).get(id)),
					crm == null || csm == null ? null : Math.abs(crm - csm)));
		}
		rows.sort(Comparator.comparingInt(JointRanking.Row::place).thenComparing(JointRanking.Row::title));
		return new JointRanking(session, n, rows, counted, outdated);
	}

	/** Competition places by score, highest first: equal scores share a place and the next place is skipped. */
	static Map<UUID, Integer> places(List<Practice> practices, Function<UUID, Double> score) {
		List<UUID> ordered = practices.stream()
			.map(Practice::getId)
			.sorted(Comparator.comparing(score).reversed())
			.toList();
		Map<UUID, Integer> places = new HashMap<>();
		for (int i = 0; i < ordered.size(); i++) {
			UUID id = ordered.get(i);
			boolean tiedWithPrevious = i > 0 && Math.abs(score.apply(ordered.get(i - 1)) - score.apply(id)) < SAME;
			places.put(id, tiedWithPrevious ? places.get(ordered.get(i - 1)) : i + 1);
		}
		return places;
	}

	/** The countries this person may rank for: a focal point its own, a secretariat those of its conference. */
	List<String> countriesFor(AccountSummary actor) {
		return PracticePolicy.countriesToRank(actor, directory);
	}

	private void requireMayRank(String country, String process, AccountSummary actor) {
		if (!countriesFor(actor).contains(country)) {
			throw new RefusedException(RefusalKind.FORBIDDEN, "practices.ranking.error.forbidden");
		}
	}

	private String conferenceOf(String country) {
		List<String> of = directory.processesOf(country);
		if (of.isEmpty()) {
			throw new RefusedException(RefusalKind.INVALID, "practices.error.countryOutside", country);
		}
		return of.get(0);
	}

	static void requireSession(int session) {
		if (session < 1 || session > 6) {
			throw new RefusedException(RefusalKind.MALFORMED, "practices.ranking.error.session");
		}
	}

	private static @Nullable Integer parse(@Nullable String typed) {
		if (typed == null || typed.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(typed.strip());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static double round(double value) {
		return Math.round(value * 10) / 10.0;
	}
}
