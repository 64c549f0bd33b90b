package org.puente.directory;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who holds a conference's presidency, and sits in its troika, on a date — one definition for every capability that
 * asks (the directory's pages and API, the agreements the presidency and the troika act on, the presidency's home line
 * and notices): the day is the conference's (its secretariat's seat), a holding counts from its first day to its last.
 */
@Service
@Transactional(readOnly = true)
public class Presidencies {

	private final RoleAssignmentRepository roles;

	private final SecretariatSeats seats;

	private final Clock clock;

	Presidencies(RoleAssignmentRepository roles, SecretariatSeats seats, Clock clock) {
		this.roles = roles;
		this.seats = seats;
		this.clock = clock;
	}

	/** One holding of a role, by its id (a {@link DirectoryEvents.RoleAssigned} names it). */
	public Optional<RoleHolder> role(java.util.UUID id) {
		return roles.findById(id).map(RoleHolder::of);
	}

	/** Who held a role of a conference on a given day (several where holdings overlap): {@link Directory#holders}. */
	List<RoleHolder> holders(RoleKind kind, String processCode, LocalDate day) {
		return of(kind, processCode).stream()
			.filter(r -> r.heldOn(day))
			.sorted(Comparator.comparing(RoleHolder::startsOn))
			.toList();
	}

	/**
	 * The one holder of a role on a day, Puente's single answer to "who is the CRM's PPT on 1 January 2027?" (the
	 * directory page, the agreements the presidency acts on, its home line and notices): a holding counts from its
	 * first day to its last, both included ({@link RoleHolder#heldOn}); of two holdings that overlap — an earlier one
	 * left open when the next was recorded — the later start, as a role is handed on, not shared. "Today" is the
	 * conference's ({@link #today}).
	 */
	public Optional<RoleHolder> holder(RoleKind kind, String processCode, LocalDate day) {
		return holder(of(kind, processCode), day);
	}

	private static Optional<RoleHolder> holder(List<RoleHolder> holdings, LocalDate day) {
		return holdings.stream().filter(r -> r.heldOn(day)).max(Comparator.comparing(RoleHolder::startsOn));
	}

	/** {@link Directory#currentOrLatest}: the holder on that day, or else the latest one recorded before it. */
	Optional<RoleHolder> currentOrLatest(RoleKind kind, String processCode, LocalDate day) {
		List<RoleHolder> holdings = of(kind, processCode);
		return holder(holdings, day).or(() -> holdings.stream()
			.filter(r -> !r.startsOn().isAfter(day))
			.max(Comparator.comparing(RoleHolder::startsOn)));
	}

	/** {@link Directory#next}: the holder recorded to take the role up after {@code day}, the soonest. */
	public Optional<RoleHolder> next(RoleKind kind, String processCode, LocalDate day) {
		return of(kind, processCode).stream()
			.filter(r -> r.startsOn().isAfter(day))
			.min(Comparator.comparing(RoleHolder::startsOn));
	}

	private List<RoleHolder> of(RoleKind kind, String processCode) {
		return roles.findByProcessCodeOrderByKindAscStartsOnDesc(processCode).stream()
			.filter(r -> r.getKind() == kind)
			.map(RoleHolder::of)
			.toList();
	}

	/**
	 * The zone a conference's days are told in: its technical secretariat's seat ({@code secretariat-seats.csv}), else
	 * the application clock's. A presidency handed over on 1 January takes office on the 1st at the seat, not on the
	 * server's 1st.
	 */
	public ZoneId zone(String processCode) {
		ZoneId seat = seats.seatOf(processCode);
		return seat == null ? clock.getZone() : seat;
	}

	/** The day {@code at} falls on at the conference's seat ({@link #zone}). */
	public LocalDate dayAt(String processCode, Instant at) {
		return LocalDate.ofInstant(at, zone(processCode));
	}

	/** The conference's today: the day whose presidency is in office now. */
	public LocalDate today(String processCode) {
		return dayAt(processCode, clock.instant());
	}

	/** One seat of a conference's troika on a day, {@code outgoing}, {@code current} or {@code incoming}, and its country. */
	public record TroikaSeat(String seat, String countryIso2) {
	}

	/** The seats of a troika, in the order the directory names them (as the role form offers them). */
	static final List<String> SEATS = List.of("outgoing", "current", "incoming");

	/**
	 * A conference's troika on a day: its outgoing, current and incoming presidencies. Each seat as the directory
	 * records it (a troika seat held that day, {@link #holder}'s rule), else — a seat not recorded, as a secretariat
	 * may record only the presidency — the presidency in office that day (current), the one before it (outgoing)
	 * and the one recorded after it (incoming). No seat recorded and no presidency in office: no troika.
	 */
	public List<TroikaSeat> troika(String processCode, LocalDate day) {
		return troika(of(RoleKind.PRO_TEMPORE_PRESIDENCY, processCode), of(RoleKind.TROIKA_SEAT, processCode), day);
	}

	private static List<TroikaSeat> troika(List<RoleHolder> presidencies, List<RoleHolder> seats, LocalDate day) {
		Optional<RoleHolder> current = holder(presidencies, day);
		Optional<RoleHolder> outgoing = current.flatMap(c -> presidencies.stream()
			.filter(r -> r.startsOn().isBefore(c.startsOn())).max(Comparator.comparing(RoleHolder::startsOn)));
		Optional<RoleHolder> incoming = current.flatMap(c -> presidencies.stream()
			.filter(r -> r.startsOn().isAfter(c.startsOn())).min(Comparator.comparing(RoleHolder::startsOn)));
		List<Optional<RoleHolder>> derived = List.of(outgoing, current, incoming);
		List<TroikaSeat> found = new ArrayList<>();
		for (int n = 0; n < SEATS.size(); n++) {
			String seat = SEATS.get(n);
			holder(seats.stream().filter(s -> seat.equals(s.seat()) && s.countryIso2() != null).toList(), day)
				.or(() -> derived.get(seat.equals("outgoing") ? 0 : seat.equals("current") ? 1 : 2))
				.map(RoleHolder::countryIso2)
				.ifPresent(country -> found.add(new TroikaSeat(seat, country)));
		}
		return found;
	}

	/** A span of days a country holds a role of a conference, both ends included; {@code until} null: no end recorded. */
	public record Term(String processCode, LocalDate from, @Nullable LocalDate until) {

		public boolean covers(LocalDate day) {
			return !from.isAfter(day) && (until == null || !until.isBefore(day));
		}
	}

	/** The days the country is a conference's pro tempore presidency, as {@link #holder} answers day by day. */
	public List<Term> presidencyTerms(String iso2) {
		return terms((presidencies, seats) -> day -> holder(presidencies, day).map(RoleHolder::countryIso2)
			.filter(iso2::equals).isPresent());
	}

	/** The days the country sits in a conference's troika, as {@link #troika} answers day by day. */
	public List<Term> troikaTerms(String iso2) {
		return terms((presidencies, seats) -> day -> troika(presidencies, seats, day).stream()
			.anyMatch(s -> s.countryIso2().equals(iso2)));
	}

	/**
	 * The answer of a day-by-day rule as spans, for SQL (agreements' "my actions"): the rule changes only on a day a
	 * holding starts or the day after one ends, so it is asked on those days alone and holds until the next.
	 */
	private List<Term> terms(BiFunction<List<RoleHolder>, List<RoleHolder>, Predicate<LocalDate>> rule) {
		List<Term> found = new ArrayList<>();
		// every role in one query ("my actions" asks on each home page), then conference by conference
		Map<String, List<RoleHolder>> byConference = roles.findAllByOrderByProcessCodeAscKindAscStartsOnDesc().stream()
			.map(RoleHolder::of).collect(Collectors.groupingBy(RoleHolder::processCode, TreeMap::new, Collectors.toList()));
		for (Map.Entry<String, List<RoleHolder>> conference : byConference.entrySet()) {
			String code = conference.getKey();
			List<RoleHolder> presidencies = conference.getValue().stream()
				.filter(r -> r.kind() == RoleKind.PRO_TEMPORE_PRESIDENCY).toList();
			List<RoleHolder> seats = conference.getValue().stream().filter(r -> r.kind() == RoleKind.TROIKA_SEAT)
				.toList();
			Predicate<LocalDate> holds = rule.apply(presidencies, seats);
			TreeSet<LocalDate> changes = new TreeSet<>();
			Stream.concat(presidencies.stream(), seats.stream()).forEach(r -> {
				changes.add(r.startsOn());
				if (r.endsOn() != null) {
					changes.add(r.endsOn().plusDays(1));
				}
			});
			@Nullable LocalDate from = null;
			for (LocalDate day : changes) {
				boolean held = holds.test(day);
				if (held && from == null) {
					from = day;
				}
				else if (!held && from != null) {
					found.add(new Term(code, from, day.minusDays(1)));
					from = null;
				}
			}
			if (from != null) {
				found.add(new Term(code, from, null));
			}
		}
		return found;
	}
}
