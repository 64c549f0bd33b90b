package org.puente.meetings;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.puente.accounts.AccountSummary;
import org.puente.accounts.Accounts;
import org.puente.directory.Conference;
import org.puente.refusal.RefusalKind;
import org.puente.refusal.RefusedException;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The calendar's one door. Other capabilities call its public methods (upcoming meetings, one meeting by id, the
 * places); the module's own controllers call its package-private ones too, and never a repository. Every read for a
 * person asks the database only for what {@link MeetingPolicy} lets them see; changes go to
 * {@link MeetingManagement}, which authorises, audits and announces them.
 */
@Service
public class Meetings {

	private final MeetingRepository meetings;

	private final Accounts accounts;

	private final MeetingManagement management;

	private final MeetingImport importer;

	private final SubscriptionRepository subscriptions;

	private final MeetingHistory history;

	private final FeedCache feeds;

	private final Clock clock;

	Meetings(MeetingRepository meetings, Accounts accounts, MeetingManagement management, MeetingImport importer,
			SubscriptionRepository subscriptions, MeetingHistory history, FeedCache feeds, Clock clock) {
		this.history = history;
		this.feeds = feeds;
		this.meetings = meetings;
		this.accounts = accounts;
		this.management = management;
		this.importer = importer;
		this.subscriptions = subscriptions;
		this.clock = clock;
	}

	/** The next meetings that have not ended yet and were not cancelled, soonest first. */
	@Transactional(readOnly = true)
	public List<MeetingSummary> upcoming(int limit, Optional<AccountSummary> reader) {
		return meetings
			.upcoming(LocalDate.now(clock), MeetingPolicy.visibleTo(reader), PageRequest.of(0, Math.max(1, limit)))
			.stream()
			.map(Meeting::summary)
			.toList();
	}

	/** The next meetings a focal point's country takes part in or its conference organises, soonest first. */
	@Transactional(readOnly = true)
	public List<MeetingSummary> upcomingFor(AccountSummary reader) {
		return meetings
			.upcoming(LocalDate.now(clock), MeetingPolicy.visibleTo(Optional.of(reader)), PageRequest.of(0, 200))
			.stream()
			.filter(m -> reader.countryIso2() != null && m.getParticipantCountries().contains(reader.countryIso2())
					|| Conference.of(reader.processCode()).filter(m.getProcesses()::contains).isPresent())
			.map(Meeting::summary)
			.toList();
	}

	/** The latest public meetings that have started by today, most recent first (for a quiet calendar). */
	@Transactional(readOnly = true)
	public List<MeetingSummary> latest(int limit) {
		return meetings.latestPublic(LocalDate.now(clock), PageRequest.of(0, Math.max(1, limit)))
			.stream()
			.map(Meeting::summary)
			.toList();
	}

	/** One meeting, if the signed-in person (or the public) may see it. */
	@Transactional(readOnly = true)
	public Optional<MeetingSummary> find(UUID id) {
		return visible(id, accounts.current()).map(Meeting::summary);
	}

	/**
	 * The titles of these meetings, by id, in one query; a meeting that no longer exists is left out. Not filtered by
	 * who reads: the caller names meetings it already holds (minutes attached to them kept their title), so the title
	 * in another language tells the reader nothing the page did not already say.
	 */
	@Transactional(readOnly = true)
	public java.util.Map<UUID, MeetingTitles> titles(java.util.Collection<UUID> ids) {
		if (ids.isEmpty()) {
			return java.util.Map.of();
		}
		java.util.Map<UUID, MeetingTitles> titles = new java.util.HashMap<>();
		meetings.findAllById(Set.copyOf(ids)).forEach(m -> titles.put(m.getId(), m.summary().titles()));
		return titles;
	}

	/** Meetings overlapping a period, as the reader may see them. */
	@Transactional(readOnly = true)
	public List<MeetingSummary> between(LocalDate from, LocalDate to, Optional<AccountSummary> reader) {
		return overlapping(from, to, MeetingFilter.NONE, reader).stream().map(Meeting::summary).toList();
	}

	/** A place where meetings of the calendar were held: the words a text may use for it, its city and country. */
	public record Place(String city, @Nullable String countryIso2) {
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

	/** Whether the reader may see reserved meetings (see {@link MeetingPolicy#readsReserved}). */
	static boolean readsReserved(Optional<AccountSummary> reader) {
		return MeetingPolicy.readsReserved(reader);
	}

	// The module's own pages, feeds and API: entities stay inside the package.

	/** The whole calendar as the reader may see it, with the calendar's filters, earliest first. */
	List<Meeting> calendar(MeetingFilter filter, Optional<AccountSummary> reader) {
		return meetings.visibleTo(MeetingPolicy.visibleTo(reader)).stream().filter(filter::matches).toList();
	}

	/** Meetings overlapping a period, with the calendar's filters, as the reader may see them. */
	List<Meeting> overlapping(LocalDate from, LocalDate to, MeetingFilter filter, Optional<AccountSummary> reader) {
		return meetings.overlapping(from, to, MeetingPolicy.visibleTo(reader)).stream().filter(filter::matches).toList();
	}

	/** One meeting, if the reader may see it. */
	Optional<Meeting> visible(UUID id, Optional<AccountSummary> reader) {
		return meetings.findVisible(id, MeetingPolicy.visibleTo(reader));
	}

	/** The meetings held at the margins of (or within) this one that the reader may see. */
	List<MeetingSummary> hostedBy(UUID host, Optional<AccountSummary> reader) {
		return meetings.hostedBy(host, MeetingPolicy.visibleTo(reader)).stream().map(Meeting::summary).toList();
	}

	/** One meeting for the person who changes it (the service checks that they may). */
	Meeting load(UUID id) {
		return management.load(id);
	}

	MeetingForm formFor(UUID id) {
		return management.formFor(id);
	}

	UUID schedule(MeetingForm form) {
		return management.schedule(form);
	}

	Set<MeetingChange> change(UUID id, MeetingForm form) {
		return management.change(id, form);
	}

	/** Cancels the meeting; the names of the people its notice goes to. */
	List<String> cancel(UUID id) {
		return management.cancel(id);
	}

	void confirmDraft(UUID id) {
		management.confirmDraft(id);
	}

	void markHeld(UUID id) {
		management.markHeld(id);
	}

	void delete(UUID id, @Nullable Long version) {
		management.delete(id, version);
	}

	MeetingImport.Outcome importCalendar(byte[] file) {
		return importer.importCalendar(file);
	}

	/** The reader's subscription to a meeting, if they follow it. */
	Optional<SubscriptionRepository.Subscription> subscription(UUID accountId, UUID meetingId) {
		return subscriptions.find(accountId, meetingId);
	}

	/** Follows a meeting (with a reminder some days before, or none), or stops following it; the trail records it. */
	@Transactional
	void follow(UUID accountId, UUID meetingId, @Nullable Integer reminderDays, boolean stop) {
		follow(accountId, meetingId, reminderDays, stop, null);
	}

	/** As {@link #follow(UUID, UUID, Integer, boolean)}; from a mail's link, audited as {@code fromMail}'s choice. */
	@Transactional
	void follow(UUID accountId, UUID meetingId, @Nullable Integer reminderDays, boolean stop,
			@Nullable String fromMail) {
		Meeting meeting = management.load(meetingId);
		if (reminderDays != null && (reminderDays < 0 || reminderDays > 60)) {
			throw new RefusedException(RefusalKind.INVALID, "meetings.subscription.invalidDays");
		}
		boolean changed = true;
		if (stop) {
			changed = subscriptions.unsubscribe(accountId, meetingId); // stopping what was never followed: nothing
		}
		else {
			subscriptions.subscribe(accountId, meetingId, reminderDays);
		}
		if (changed) {
			management.followed(meeting, accountId, reminderDays, !stop, fromMail);
		}
	}

	/** A meeting's changes, newest first, for its history page. */
	List<MeetingHistory.Entry> history(UUID meetingId) {
		return history.of(meetingId);
	}

	/** A calendar feed, written again only when a meeting changed since it was last written. */
	FeedCache.Entry feed(String key, java.util.function.Supplier<byte[]> writer) {
		return feeds.get(key, writer);
	}
}
