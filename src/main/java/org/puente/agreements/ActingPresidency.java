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
import org.puente.directory.Directory;
import org.puente.directory.RoleHolder;
import org.puente.directory.RoleKind;
import org.springframework.stereotype.Component;

/**
 * Which presidency acts for an agreement addressed to a conference's pro tempore presidency ({@code role:PPT-CRM}).
 * The PPT's tasks are the office's, not the country's (the Acta Final and the Minuta address "la PPT", and the troika
 * exists to hand them over), so while an agreement is open the presidency <em>in office today</em> acts for it, and
 * the one in office on the meeting's date keeps acting until it closes: it may have done the work (walk19 #6). Once
 * closed, the history keeps who acted: the presidency on the meeting's date and the one in office on the day it
 * closed, whoever holds the office later.
 */
@Component
class ActingPresidency {

	/** The role's id prefix: the conference's code follows. */
	static final String ROLE = "role:PPT-";

	/**
	 * In SQL, the day agreement {@code a} was last closed (done or cancelled), in the zone bound as {@code :zone};
	 * null when never closed by a report. The same day as {@link #closedOn}.
	 */
	static final String CLOSED_ON_SQL = "(select (max(u.created_at) at time zone :zone)::date from agreement_update u"
			+ " where u.agreement_id = a.id and u.status_to in ('DONE', 'CANCELLED'))";

	private final Directory directory;

	private final Clock clock;

	ActingPresidency(Directory directory, Clock clock) {
		this.directory = directory;
		this.clock = clock;
	}

	/** The days whose presidency acts for the agreement: its meeting's, then today's or its closing day. */
	List<LocalDate> days(Agreement a) {
		return days(a.meeting().date(), a.getStatus(),
				a.getUpdates().stream().map(u -> new Change(u.getStatusTo(), u.getCreatedAt())));
	}

	List<LocalDate> days(AgreementSummary a) {
		return days(a.meetingDate(), a.status(), a.progress().stream().map(p -> new Change(p.statusTo(), p.at())));
	}

	/** The day the presidency acting now was asked on: today while open, else the day it closed (or the meeting's). */
	LocalDate lastDay(AgreementSummary a) {
		List<LocalDate> days = days(a);
		return days.get(days.size() - 1);
	}

	private record Change(@Nullable AgreementStatus to, Instant at) {
	}

	private List<LocalDate> days(LocalDate meeting, AgreementStatus status, Stream<Change> changes) {
		LocalDate last = status.isOpen() ? LocalDate.now(clock) : closedOn(changes).orElse(meeting);
		return last.equals(meeting) ? List.of(meeting) : List.of(meeting, last);
	}

	private Optional<LocalDate> closedOn(Stream<Change> changes) {
		return changes.filter(c -> c.to() != null && !c.to().isOpen()).map(Change::at).max(Comparator.naturalOrder())
			.map(at -> LocalDate.ofInstant(at, clock.getZone()));
	}

	/** The zone {@link #CLOSED_ON_SQL} reads its day in: the application clock's. */
	String zone() {
		return clock.getZone().getId();
	}

	/** The countries (ISO 3166 alpha-2) that held presidency {@code roleId} on any of {@code days}, each once. */
	List<String> countries(String roleId, List<LocalDate> days) {
		String process = roleId.substring(ROLE.length());
		List<String> found = new ArrayList<>();
		for (LocalDate day : days) {
			directory.holders(RoleKind.PRO_TEMPORE_PRESIDENCY, process, day).stream().map(RoleHolder::countryIso2)
				.filter(Objects::nonNull).filter(c -> !found.contains(c)).forEach(found::add);
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
		LocalDate last = lastDay(a);
		List<Handover> found = new ArrayList<>();
		for (PartyReference party : a.responsible()) {
			if (!party.id().startsWith(ROLE)) {
				continue;
			}
			String process = party.id().substring(ROLE.length());
			Optional<RoleHolder> then = holder(process, a.meetingDate());
			Optional<RoleHolder> now = holder(process, last);
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

	private static PartyReference country(RoleHolder holder) {
		return new PartyReference("country:" + holder.countryIso2(), holder.countryIso2());
	}

	private Optional<RoleHolder> holder(String process, LocalDate day) {
		return directory.holders(RoleKind.PRO_TEMPORE_PRESIDENCY, process, day).stream()
			.filter(h -> h.countryIso2() != null).reduce((first, second) -> second);
	}
}
