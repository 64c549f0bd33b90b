package org.puente.meetings;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;
import org.puente.directory.Conference;
import org.puente.i18n.DatePrecision;
import org.puente.refusal.RefusalKind;
import org.puente.refusal.RefusedException;
import org.puente.i18n.MultilingualText;

/**
 * A meeting in the shared calendar. One record per meeting, even when both conferences organise it. Every change
 * that a calendar client should see raises {@code sequence} (iCalendar SEQUENCE); the UID never changes, so
 * subscribers' calendars update the event instead of adding a copy.
 */
@Entity
class Meeting {

	@Id
	private UUID id;

	private String uid;

	private String titleEs = "";
	private @Nullable String titleEn;
	private @Nullable String titlePt;
	private @Nullable String titleFr;

	@Enumerated(EnumType.STRING)
	private MeetingKind kind = MeetingKind.WORKING_MEETING;

	@JdbcTypeCode(SqlTypes.ARRAY)
	@Enumerated(EnumType.STRING)
	private Set<Conference> processes = EnumSet.noneOf(Conference.class);

	@JdbcTypeCode(SqlTypes.ARRAY)
	private Set<String> bodies = new TreeSet<>();

	private @Nullable UUID hostMeetingId;

	@Enumerated(EnumType.STRING)
	private @Nullable HostRelation hostRelation;

	/** Where: a value object kept in the meeting's own columns (none of them set reads back as no place). */
	@Embedded
	private @Nullable MeetingPlace place;

	/** When, as precisely as it is known: a value object kept in the meeting's own columns. */
	@Embedded
	private MeetingDates dates = MeetingDates.days(LocalDate.EPOCH, null);

	@Enumerated(EnumType.STRING)
	private MeetingStatus status = MeetingStatus.TENTATIVE;

	@Enumerated(EnumType.STRING)
	private MeetingVisibility visibility = MeetingVisibility.PUBLIC;

	@JdbcTypeCode(SqlTypes.ARRAY)
	private Set<String> participantCountries = new TreeSet<>();

	@JdbcTypeCode(SqlTypes.ARRAY)
	private Set<String> participantOrganisations = new TreeSet<>();

	@JdbcTypeCode(SqlTypes.ARRAY)
	private Set<String> participantPeople = new TreeSet<>();

	private @Nullable String agenda;

	/** The language the agenda is written in (a code of {@code Language}): its page marks it when it is not the reader's. */
	private String agendaLanguage = MeetingForm.WORKING_LANGUAGE;

	/** Read from another calendar and not yet confirmed by a secretariat: reserved, whatever the file said. */
	private boolean draft;

	@ElementCollection
	@CollectionTable(name = "meeting_attachment", joinColumns = @JoinColumn(name = "meeting_id"))
	@OrderColumn(name = "position")
	private List<MeetingAttachment> attachments = new ArrayList<>();

	@Column(name = "sequence")
	private int sequence;

	private Instant createdAt = Instant.now();
	private Instant updatedAt = Instant.now();

	@Version
	private long version;

	protected Meeting() {
		this.id = UUID.randomUUID();
		this.uid = id + "@puente";
	}

	Meeting(String titleEs, MeetingKind kind, MeetingDates dates) {
		this();
		retitle(titleEs, null, null, null);
		this.kind = kind;
		reschedule(dates);
	}

	/** A meeting first known from another calendar keeps that calendar's UID, so a second import updates it. */
	static Meeting imported(String uid, String title, MeetingDates dates) {
		Meeting meeting = new Meeting(title, MeetingKind.EXTERNAL_EVENT, dates);
		meeting.uid = uid;
		return meeting;
	}

	/** Read from a file nobody has checked yet: a draft, reserved to the conferences until a secretariat confirms it. */
	void markDraft() {
		draft = true;
		visibility = MeetingVisibility.RESERVED;
	}

	/** A secretariat checked an imported meeting: it joins the public calendar. */
	void confirmDraft() {
		if (!draft) {
			throw new RefusedException(RefusalKind.CONFLICT, "meetings.draft.notDraft");
		}
		draft = false;
		visibility = MeetingVisibility.PUBLIC;
	}

	/** A title in at least one language: a French secretariat writes its own, not a Spanish one (walk 10 #2). */
	void retitle(@Nullable String es, @Nullable String en, @Nullable String pt, @Nullable String fr) {
		if (MultilingualText.of(es, en, pt, fr).isEmpty()) {
			throw new RefusedException(RefusalKind.INVALID, "meetings.title.required");
		}
		this.titleEs = es == null ? "" : es.strip(); // the column is not null: "" where no Spanish title was written
		this.titleEn = blankToNull(en);
		this.titlePt = blankToNull(pt);
		this.titleFr = blankToNull(fr);
	}

	void reschedule(MeetingDates dates) {
		this.dates = dates;
	}

	void moveTo(MeetingPlace place) {
		this.place = place.stripped();
	}

	/** @param today the day "held" is checked against: a meeting not yet begun cannot have been held */
	void changeStatus(MeetingStatus next, LocalDate today) {
		if (next == status) {
			return;
		}
		if (next == MeetingStatus.CANCELLED) {
			cancel();
			return;
		}
		if (next == MeetingStatus.HELD) {
			markHeld(today);
			return;
		}
		this.status = next;
	}

	void cancel() {
		if (status == MeetingStatus.CANCELLED) {
			throw new RefusedException(RefusalKind.CONFLICT, "meetings.cancel.already");
		}
		if (status == MeetingStatus.HELD) {
			throw new RefusedException(RefusalKind.CONFLICT, "meetings.cancel.held");
		}
		this.status = MeetingStatus.CANCELLED;
	}

	/** A meeting can only be marked as held once it has started, and never after being cancelled. */
	void markHeld(LocalDate today) {
		if (status == MeetingStatus.CANCELLED) {
			throw new RefusedException(RefusalKind.CONFLICT, "meetings.held.cancelled");
		}
		if (dates.startDate().isAfter(today)) {
			throw new RefusedException(RefusalKind.CONFLICT, "meetings.held.notYet");
		}
		this.status = MeetingStatus.HELD;
	}

	void hostedBy(@Nullable UUID hostId, @Nullable HostRelation relation) {
		if (hostId != null && hostId.equals(id)) {
			throw new RefusedException(RefusalKind.INVALID, "meetings.host.self");
		}
		this.hostMeetingId = hostId;
		this.hostRelation = hostId == null ? null : relation == null ? HostRelation.AT_MARGINS_OF : relation;
	}

	/** Compares with the state before an edit, and raises SEQUENCE when anything changed. */
	Set<MeetingChange> changesSince(MeetingSnapshot before) {
		Set<MeetingChange> changes = before.changesTo(snapshot());
		if (!changes.isEmpty()) {
			sequence++;
			updatedAt = Instant.now();
		}
		return changes;
	}

	MeetingSnapshot snapshot() {
		return new MeetingSnapshot(titleEs, titleEn, titlePt, titleFr, kind, Conference.inOrder(processes),
				sorted(bodies), hostMeetingId, hostRelation, dates(), place(), status, visibility, sorted(participantCountries),
				sorted(participantOrganisations), sorted(participantPeople), agenda,
				attachments.stream().map(a -> a.getTitle() + "|" + a.getUrl() + "|" + a.getFileName()).toList());
	}

	MeetingDates dates() {
		return dates;
	}

	MeetingPlace place() {
		return place == null ? MeetingPlace.UNKNOWN : place;
	}

	String title(Locale locale) {
		return summary().title(locale);
	}

	MeetingSummary summary() {
		return new MeetingSummary(id, titleEs, titleEn, titlePt, titleFr, kind, Conference.inOrder(processes), status,
				dates.precision(), dates.startDate(), dates.endDate(), dates.startsAt(), dates.endsAt(),
				dates.timeZone(), getCity(), getCountryIso2(), visibility, sequence,
				TitleLanguage.of(new MultilingualText(titleEs, titleEn, titlePt, titleFr), agendaLanguage));
	}

	private static @Nullable String blankToNull(@Nullable String v) {
		return v == null || v.isBlank() ? null : v.strip();
	}

	void setKind(MeetingKind kind) { this.kind = kind; }
	void setProcesses(Set<Conference> processes) { this.processes = EnumSet.noneOf(Conference.class); this.processes.addAll(processes); }
	void setBodies(Set<String> bodies) { this.bodies = new TreeSet<>(bodies); }
	void setVisibility(MeetingVisibility visibility) { this.visibility = visibility; }
	void setParticipantCountries(Set<String> v) { this.participantCountries = new TreeSet<>(v); }
	void setParticipantOrganisations(Set<String> v) { this.participantOrganisations = new TreeSet<>(v); }
	void setParticipantPeople(Set<String> v) { this.participantPeople = new TreeSet<>(v); }
	void setAgenda(@Nullable String agenda) { this.agenda = blankToNull(agenda); }
	void setAgendaLanguage(String code) { this.agendaLanguage = code; }
	void setAttachments(List<MeetingAttachment> attachments) { this.attachments = new ArrayList<>(attachments); }

	public UUID getId() { return id; }
	public String getUid() { return uid; }
	public String getTitleEs() { return titleEs; }
	public @Nullable String getTitleEn() { return titleEn; }
	public @Nullable String getTitlePt() { return titlePt; }
	public @Nullable String getTitleFr() { return titleFr; }
	public MeetingKind getKind() { return kind; }
	public Set<Conference> getProcesses() { return Conference.inOrder(processes); }
	public Set<String> getBodies() { return sorted(bodies); }
	public @Nullable UUID getHostMeetingId() { return hostMeetingId; }
	public @Nullable HostRelation getHostRelation() { return hostRelation; }
	public @Nullable String getCity() { return place().city(); }
	public @Nullable String getCountryIso2() { return place().countryIso2(); }
	public @Nullable String getVenue() { return place().venue(); }
	public @Nullable String getOnlineUrl() { return place().onlineUrl(); }
	public DatePrecision getPrecision() { return dates.precision(); }
	public LocalDate getStartDate() { return dates.startDate(); }
	public LocalDate getEndDate() { return dates.endDate(); }
	public @Nullable LocalDateTime getStartsAt() { return dates.startsAt(); }
	public @Nullable LocalDateTime getEndsAt() { return dates.endsAt(); }
	public @Nullable String getTimeZone() { return dates.timeZone(); }
	public MeetingStatus getStatus() { return status; }
	public MeetingVisibility getVisibility() { return visibility; }
	public Set<String> getParticipantCountries() { return sorted(participantCountries); }
	public Set<String> getParticipantOrganisations() { return sorted(participantOrganisations); }
	public Set<String> getParticipantPeople() { return sorted(participantPeople); }
	public @Nullable String getAgenda() { return agenda; }
	public String getAgendaLanguage() { return agendaLanguage; }
	public boolean isDraft() { return draft; }
	public List<MeetingAttachment> getAttachments() { return attachments; }
	public int getSequence() { return sequence; }
	public Instant getCreatedAt() { return createdAt; }
	public Instant getUpdatedAt() { return updatedAt; }
	public long getVersion() { return version; }

	private static Set<String> sorted(Set<String> codes) {
		return java.util.Collections.unmodifiableSortedSet(new TreeSet<>(codes));
	}
}
