package org.puente.agreements;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.puente.directory.Presidencies;
import org.puente.directory.RoleHolder;
import org.puente.directory.RoleKind;
import org.springframework.stereotype.Component;

/**
 * Which countries act for an agreement addressed to a conference's pro tempore presidency ({@code role:PPT-CRM}) or
 * to its troika ({@code body:TROIKA-CRM}; "ambas troikas" names both conferences'). The PPT's tasks are the office's,
 * not the country's (the Acta Final and the Minuta address "la PPT", and the troika exists to hand them over), so
 * while an agreement is open the presidency <em>in office today</em> acts for it, and the one in office on the
 * meeting's date keeps acting until it closes: it may have done the work (walk19 #6). The troika's three presidencies
 * (outgoing, current, incoming) act for the troika's agreements on the same dates: the Minuta asks "ambas troikas" to
 * start work and meet each year, and the troika of the day does it. Once closed, the history keeps who acted: those
 * of the meeting's date and those of the day it closed, whoever holds the office later. Who holds what on a date,
 * and the conference's day, are the directory's answer ({@link Presidencies}), not this class's.
 */
@Component
class ActingPresidency {

	/** The presidency's id prefix: the conference's code follows. */
	static final String ROLE = "role:PPT-";

	/** The troika's id prefix: the conference's code follows. */
	static final String TROIKA = "body:TROIKA-";

	private final Presidencies presidencies;

	private final Clock clock;

	ActingPresidency(Presidencies presidencies, Clock clock) {
		this.presidencies = presidencies;
		this.clock = clock;
	}

	/** The conference of a presidency or troika ({@code role:PPT-CRM} → CRM); empty for any other party. */
	static Optional<String> conferenceOf(String entityId) {
		if (entityId.startsWith(ROLE)) {
			return Optional.of(entityId.substring(ROLE.length()));
		}
		return entityId.startsWith(TROIKA) ? Optional.of(entityId.substring(TROIKA.length())) : Optional.empty();
	}

	/**
	 * In SQL, the day agreement {@code a} was last closed (done or cancelled), in the zone bound as {@code :zoneParam}
	 * (the conference's, {@link #zone}); null when never closed by a report. The same day as {@link #closedOn}.
	 */
	static String closedOnSql(String zoneParam) {
		return "(select (max(u.created_at) at time zone :" + zoneParam + ")::date from agreement_update u"
				+ " where u.agreement_id = a.id and u.status_to in ('DONE', 'CANCELLED'))";
	}

	/** The zone the conference's days are told in, for {@link #closedOnSql}. */
	String zone(String conference) {
		return presidencies.zone(conference).getId();
	}

	/** The conference's today, by this class's clock: what {@link #days} takes while an agreement is open. */
	LocalDate today(String conference) {
		return presidencies.dayAt(conference, clock.instant());
	}

	/** The days whose presidency (or troika) of {@code conference} acts for it: its meeting's, then today's or its closing day. */
	List<LocalDate> days(Agreement a, String conference) {
		return days(a.meeting().date(), a.getStatus(),
				a.getUpdates().stream().map(u -> new Change(u.getStatusTo(), u.getCreatedAt())), conference);
	}

	List<LocalDate> days(AgreementSummary a, String conference) {
		return days(a.meetingDate(), a.status(), a.progress().stream().map(p -> new Change(p.statusTo(), p.at())),
				conference);
	}

	private record Change(@Nullable AgreementStatus to, Instant at) {
	}

	private List<LocalDate> days(LocalDate meeting, AgreementStatus status, Stream<Change> changes, String conference) {
		LocalDate last = status.isOpen() ? today(conference) : closedOn(changes, conference).orElse(meeting);
		return last.equals(meeting) ? List.of(meeting) : List.of(meeting, last);
	}

	private Optional<LocalDate> closedOn(Stream<Change> changes, String conference) {
		return changes.filter(c -> c.to() != null && !c.to().isOpen()).map(Change::at).max(Comparator.naturalOrder())
			.map(at -> presidencies.dayAt(conference, at));
	}

	/** The countries (ISO 3166 alpha-2) that act for party {@code entityId} of agreement {@code a}, each once. */
	List<String> countries(String entityId, Agreement a) {
		return conferenceOf(entityId).map(c -> countries(entityId, c, days(a, c))).orElse(List.of());
	}

	List<String> countries(String entityId, AgreementSummary a) {
		return conferenceOf(entityId).map(c -> countries(entityId, c, days(a, c))).orElse(List.of());
	}

	/** The presidency's country, or the troika's three, on each of {@code days}. */
	private List<String> countries(String entityId, String conference, List<LocalDate> days) {
		List<String> found = new ArrayList<>();
		for (LocalDate day : days) {
			Stream<String> on = entityId.startsWith(ROLE)
					? holder(conference, day).map(RoleHolder::countryIso2).stream()
					: presidencies.troika(conference, day).stream().map(Presidencies.TroikaSeat::countryIso2);
			on.filter(c -> !found.contains(c)).forEach(found::add);
		}
		return found;
	}

	/**
	 * A presidency that took an agreement over: the holder now (open) or when it closed, the years it holds the
	 * office, and the holder on the meeting's date.
	 */
	record Handover(PartyReference role, PartyReference country, String years, PartyReference before,
			boolean closed) {
	}

	/** The presidencies of the agreement's responsible roles that changed hands since its meeting. */
	List<Handover> handovers(AgreementSummary a) {
		List<Handover> found = new ArrayList<>();
		for (PartyReference party : a.responsible()) {
			if (!party.id().startsWith(ROLE)) {
				continue;
			}
			String process = party.id().substring(ROLE.length());
			List<LocalDate> days = days(a, process);
			Optional<RoleHolder> then = holder(process, a.meetingDate());
			Optional<RoleHolder> now = holder(process, days.get(days.size() - 1));
			if (then.isPresent() && now.isPresent()
					&& !Objects.equals(then.get().countryIso2(), now.get().countryIso2())) {
				RoleHolder n = now.get();
				String years = n.endsOn() == null || n.endsOn().getYear() == n.startsOn().getYear()
						? String.valueOf(n.startsOn().getYear()) : n.startsOn().getYear() + "–" + n.endsOn().getYear();
				found.add(new Handover(party, country(n), years, country(then.get()), !a.status().isOpen()));
			}
		}
		return found;
	}

	/**
	 * The troika that acts for an agreement addressed to it: its seats on the meeting's date and on the last of
	 * {@link #days} (today while open, else the day it closed).
	 */
	record Troika(PartyReference body, List<Presidencies.TroikaSeat> then, List<Presidencies.TroikaSeat> last,
			boolean closed) {

		/** Another troika on the last day than on the meeting's date: the page names both. */
		public boolean changed() {
			return !then.equals(last);
		}
	}

	/** The troikas of the agreement's responsible parties, where the directory knows one on its days. */
	List<Troika> troikas(AgreementSummary a) {
		List<Troika> found = new ArrayList<>();
		for (PartyReference party : a.responsible()) {
			if (party.id().startsWith(TROIKA)) {
				String process = party.id().substring(TROIKA.length());
				List<LocalDate> days = days(a, process);
				var then = presidencies.troika(process, a.meetingDate());
				var last = presidencies.troika(process, days.get(days.size() - 1));
				if (!then.isEmpty() || !last.isEmpty()) {
					found.add(new Troika(party, then, last, !a.status().isOpen()));
				}
			}
		}
		return found;
	}

	private static PartyReference country(RoleHolder holder) {
		return new PartyReference("country:" + holder.countryIso2(), holder.countryIso2());
	}

	private Optional<RoleHolder> holder(String process, LocalDate day) {
		return presidencies.holder(RoleKind.PRO_TEMPORE_PRESIDENCY, process, day).filter(h -> h.countryIso2() != null);
	}
}
