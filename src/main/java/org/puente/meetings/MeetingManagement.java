package org.puente.meetings;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.puente.accounts.AccountSummary;
import org.puente.accounts.Accounts;
import org.puente.audit.AuditAction;
import org.puente.audit.AuditedEntity;
import org.puente.audit.AuditedChange;
import org.puente.directory.Conference;
import org.puente.refusal.NotFoundException;
import org.puente.refusal.RefusalKind;
import org.puente.refusal.RefusedException;
import org.puente.refusal.SeenVersion;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Schedules and changes meetings: each change is authorised (the secretariat of an organising conference, or an
 * administrator), audited, and announced with an event after which the notices go out.
 */
@Service
class MeetingManagement {

	private final MeetingRepository meetings;

	private final Accounts accounts;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	/** Read when needed: the notices ask other capabilities (agreements) which in turn use the calendar. */
	private final ObjectProvider<MeetingNotices> notices;

	MeetingManagement(MeetingRepository meetings, Accounts accounts, ApplicationEventPublisher events, Clock clock,
			ObjectProvider<MeetingNotices> notices) {
		this.notices = notices;
		this.meetings = meetings;
		this.accounts = accounts;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	@PreAuthorize("hasAnyRole('ADMIN', 'SECRETARIAT')")
	public UUID schedule(MeetingForm form) {
		requireKnownHost(form);
		Meeting meeting = new Meeting(form.anyTitle(), form.kind(), form.dates()); // retitled in all four below
		form.applyTo(meeting);
		// on a new meeting the cure is to tick one's own conference, not "only its secretariat may modify it"
		requireOrganiser(meeting.getProcesses(), "meetings.new.notOrganiser");
		if (form.status() != MeetingStatus.TENTATIVE) {
			meeting.changeStatus(form.status(), java.time.LocalDate.now(clock));
		}
		UUID id = record(meeting);
		// the countries and secretariats it concerns hear of it now, not first by a "has changed" notice (walk 7 #2)
		events.publishEvent(new MeetingInvited(id, accounts.current().map(AccountSummary::id).orElse(null)));
		return id;
	}

	/** Saves a meeting known to be allowed (demo data, imports already authorised). */
	UUID record(Meeting meeting) {
		meetings.save(meeting);
		events.publishEvent(new MeetingScheduled(meeting.getId(), meeting.getStartDate(), meeting.getProcesses(),
				audited(AuditedChange.created(AuditedEntity.MEETING, meeting.getId(), meeting.summary().originalTitle()), meeting)
					.after(meeting.snapshot())));
		return meeting.getId();
	}

	@Transactional
	@PreAuthorize("hasAnyRole('ADMIN', 'SECRETARIAT')")
	public Set<MeetingChange> change(UUID id, MeetingForm form) {
		Meeting meeting = load(id);
		requireOrganiser(meeting.getProcesses());
		SeenVersion.require(form.version(), meeting.getVersion(), Meeting.class, id);
		requireKnownHost(form);
		MeetingSnapshot before = meeting.snapshot();
		form.applyTo(meeting);
		requireOrganiser(meeting.getProcesses());
		meeting.changeStatus(form.status(), java.time.LocalDate.now(clock));
		return changed(meeting, before, AuditAction.UPDATE);
	}

	/** A secretariat of an organising conference checked an imported meeting: it becomes public. */
	@Transactional
	@PreAuthorize("hasAnyRole('ADMIN', 'SECRETARIAT')")
	public void confirmDraft(UUID id) {
		transition(id, Meeting::confirmDraft);
	}

	@Transactional
	@PreAuthorize("hasAnyRole('ADMIN', 'SECRETARIAT')")
	public List<String> cancel(UUID id) {
		transition(id, Meeting::cancel);
		// the people the cancellation notice goes to once this commits, by name: the page says who was told, not
		// "the participants" of a meeting that may have none
		return notices.getObject().recipients(load(id)).values().stream().map(r -> r.account().displayName()).toList();
	}

	@Transactional
	@PreAuthorize("hasAnyRole('ADMIN', 'SECRETARIAT')")
	public void markHeld(UUID id) {
		transition(id, m -> m.markHeld(java.time.LocalDate.now(clock)));
	}

	/** One step in a meeting's life, by a secretariat of an organising conference, audited and announced. */
	private void transition(UUID id, java.util.function.Consumer<Meeting> step) {
		Meeting meeting = load(id);
		requireOrganiser(meeting.getProcesses());
		MeetingSnapshot before = meeting.snapshot();
		step.accept(meeting);
		changed(meeting, before, AuditAction.TRANSITION);
	}

	/** Removes a meeting entered by mistake; calendars are told it is cancelled. */
	@Transactional
	@PreAuthorize("hasAnyRole('ADMIN', 'SECRETARIAT')")
	public void delete(UUID id, @Nullable Long version) {
		Meeting meeting = load(id);
		requireOrganiser(meeting.getProcesses());
		SeenVersion.requireIfGiven(version, meeting.getVersion(), Meeting.class, id);
		events.publishEvent(new MeetingDeleted(id,
				audited(AuditedChange.deleted(AuditedEntity.MEETING, id, meeting.summary().originalTitle()), meeting)
					.before(meeting.snapshot())));
		meetings.delete(meeting);
	}

	/**
	 * Records that an account follows a meeting (with its reminder) or stopped following it: by the signed-in reader,
	 * or, from a mail's unsubscribe link ({@code fromMail}: the account's username), by that account without a session.
	 */
	void followed(Meeting meeting, UUID accountId, @Nullable Integer reminderDays, boolean follows,
			@Nullable String fromMail) {
		java.util.Map<String, Object> after = new java.util.LinkedHashMap<>();
		after.put("follows", follows);
		if (follows) {
			after.put("reminderDays", String.valueOf(reminderDays));
		}
		if (fromMail != null) {
			after.put("from", "mail");
		}
		AuditedChange audited = AuditedChange.updated(AuditedEntity.MEETING_FOLLOWER, meeting.getId(),
				(follows ? "Follows " : "Stops following ") + "meeting " + meeting.summary().originalTitle())
			.after(after);
		events.publishEvent(new MeetingFollowed(meeting.getId(), accountId, follows, reminderDays,
				fromMail == null ? audited : audited.by(fromMail)));
	}

	/** Applies an edit made elsewhere (an import) and announces it like any other. */
	Set<MeetingChange> changed(Meeting meeting, MeetingSnapshot before, AuditAction action) {
		Set<MeetingChange> changes = meeting.changesSince(before);
		if (changes.isEmpty()) {
			return changes;
		}
		meetings.saveAndFlush(meeting);
		AuditedChange audited = audited(AuditedChange.of(action, AuditedEntity.MEETING, meeting.getId(),
				meeting.summary().originalTitle()), meeting).before(before).after(meeting.snapshot());
		if (meeting.getStatus() == MeetingStatus.CANCELLED && before.status() != MeetingStatus.CANCELLED) {
			events.publishEvent(new MeetingCancelled(meeting.getId(), meeting.getSequence(), audited));
		}
		else {
			events.publishEvent(new MeetingChanged(meeting.getId(), Set.copyOf(changes), meeting.getSequence(),
					MeetingChanged.Before.of(before), audited));
		}
		return changes;
	}

	/** Public meetings' changes are public ones. */
	private static AuditedChange audited(AuditedChange change, Meeting meeting) {
		return change.inPublic(meeting.getVisibility() == MeetingVisibility.PUBLIC);
	}

	/** What the edit form starts from, read in one transaction (attachments load lazily). */
	@Transactional(readOnly = true)
	@PreAuthorize("hasAnyRole('ADMIN', 'SECRETARIAT')")
	public MeetingForm formFor(UUID id) {
		Meeting meeting = load(id);
		requireOrganiser(meeting.getProcesses());
		return MeetingForm.of(meeting);
	}

	/** A meeting held at the margins of another names one that exists (422 otherwise, not a database error). */
	private void requireKnownHost(MeetingForm form) {
		if (form.hostMeetingId() != null && !meetings.existsById(form.hostMeetingId())) {
			throw new RefusedException(RefusalKind.INVALID, "meetings.host.unknown");
		}
	}

	Meeting load(UUID id) {
		return meetings.findById(id).orElseThrow(() -> new NotFoundException("meetings.notFound"));
	}

	/** Secretariats act for meetings their conference organises (or that no conference organises). */
	void requireOrganiser(Set<Conference> processes) {
		requireOrganiser(processes, "meetings.edit.notOrganiser");
	}

	private void requireOrganiser(Set<Conference> processes, String messageKey) {
		if (!MeetingPolicy.mayEdit(processes, accounts.current())) {
			throw new RefusedException(RefusalKind.FORBIDDEN, messageKey);
		}
	}
}
