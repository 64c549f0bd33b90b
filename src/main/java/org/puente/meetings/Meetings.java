package org.puente.meetings;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.puente.accounts.AccountSummary;
import org.puente.accounts.Accounts;
import org.puente.accounts.Role;
import org.puente.directory.Conference;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The calendar as other capabilities see it: upcoming meetings and one meeting by id, filtered for the reader.
 * Reserved meetings are shown only to accounts: the conferences' own people and the observers.
 */
@Service
public class Meetings {

	private final MeetingRepository meetings;

	private final Accounts accounts;

	Meetings(MeetingRepository meetings, Accounts accounts) {
		this.meetings = meetings;
		this.accounts = accounts;
	}

	/** The next meetings that have not ended yet and were not cancelled, soonest first. */
	@Transactional(readOnly = true)
	public List<MeetingSummary> upcoming(int limit, Optional<AccountSummary> reader) {
		LocalDate today = LocalDate.now();
		PageRequest page = PageRequest.of(0, Math.max(1, limit));
		List<Meeting> found = readsReserved(reader) ? meetings.upcomingAll(today, page)
				: meetings.upcomingPublic(today, page);
		return found.stream().map(Meeting::summary).toList();
	}

	/** The next meetings a focal point's country takes part in or its conference organises, soonest first. */
	@Transactional(readOnly = true)
	public List<MeetingSummary> upcomingFor(AccountSummary reader) {
		return meetings.upcomingAll(LocalDate.now(), PageRequest.of(0, 200))
			.stream()
			.filter(m -> m.isVisibleTo(readsReserved(Optional.of(reader))))
			.filter(m -> reader.countryIso2() != null && m.getParticipantCountries().contains(reader.countryIso2())
					|| Conference.of(reader.processCode()).filter(m.getProcesses()::contains).isPresent())
			.map(Meeting::summary)
			.toList();
	}

	/** The latest public meetings that have started by today, most recent first (for a quiet calendar). */
	@Transactional(readOnly = true)
	public List<MeetingSummary> latest(int limit) {
		return meetings.latestPublic(LocalDate.now(), PageRequest.of(0, Math.max(1, limit)))
			.stream()
			.map(Meeting::summary)
			.toList();
	}

	/** One meeting, if the signed-in person (or the public) may see it. */
	@Transactional(readOnly = true)
	public Optional<MeetingSummary> find(UUID id) {
		boolean member = readsReserved(accounts.current());
		return meetings.findById(id).filter(m -> m.isVisibleTo(member)).map(Meeting::summary);
	}

	/** Meetings overlapping a period, as the reader may see them. */
	@Transactional(readOnly = true)
	public List<MeetingSummary> between(LocalDate from, LocalDate to, Optional<AccountSummary> reader) {
		boolean member = readsReserved(reader);
		return meetings.overlapping(from, to).stream().filter(m -> m.isVisibleTo(member)).map(Meeting::summary).toList();
	}

	/** A place where meetings of the calendar were held: the words a text may use for it, its city and country. */
	public record Place(String city, @org.jspecify.annotations.Nullable String countryIso2) {
	}

	/** The cities the calendar knows, each once, to recognise a place named in an agreement ("en Bruselas"). */
	@Transactional(readOnly = true)
	public List<Place> places() {
		java.util.Map<String, Place> byCity = new java.util.LinkedHashMap<>();
		meetings.findAllByOrderByStartDateAscStartsAtAsc()
			.stream()
			.filter(m -> m.getCity() != null)
			.forEach(m -> byCity.putIfAbsent(m.getCity(), new Place(m.getCity(), m.getCountryIso2())));
		return List.copyOf(byCity.values());
	}

	/**
	 * Whether the reader may see reserved meetings: any account — the conferences' people and the observers
	 * (IOM, OAS, UNHCR), who read what is reserved to the conferences, as they do for documents.
	 */
	static boolean readsReserved(Optional<AccountSummary> reader) {
		return reader.map(r -> r.role() == Role.ADMIN || r.role() == Role.SECRETARIAT || r.role() == Role.FOCAL_POINT
				|| r.role() == Role.OBSERVER).orElse(false);
	}
}
