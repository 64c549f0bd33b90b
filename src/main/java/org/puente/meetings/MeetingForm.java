package org.puente.meetings;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.puente.directory.Conference;
import org.puente.i18n.DatePrecision;
import org.puente.refusal.RefusalKind;
import org.puente.web.CountryCode;
import org.puente.refusal.RefusedException;
import org.puente.web.WebUrl;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

/**
 * What a secretariat types to schedule or change a meeting (the page form and the JSON API share it). Dates are
 * read according to the chosen precision: date and times for EXACT, first and last day for DAY, any day of the
 * week for WEEK, any day of the month for MONTH.
 */
class MeetingForm {

	@NotBlank
	@Size(max = 500)
	private String titleEs = "";

	@Size(max = 500)
	private @Nullable String titleEn;

	@Size(max = 500)
	private @Nullable String titlePt;

	@Size(max = 500)
	private @Nullable String titleFr;

	@NotNull
	private MeetingKind kind = MeetingKind.WORKING_MEETING;

	private List<String> processes = new ArrayList<>();

	private List<UUID> bodies = new ArrayList<>();

	private @Nullable UUID hostMeetingId;

	private @Nullable HostRelation hostRelation;

	@Size(max = 200)
	private @Nullable String city;

	@CountryCode
	private @Nullable String countryIso2;

	@Size(max = 300)
	private @Nullable String venue;

	@Size(max = 500)
	@WebUrl
	private @Nullable String onlineUrl;

	@NotNull
	private DatePrecision precision = DatePrecision.DAY;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate startDate;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate endDate;

	@DateTimeFormat(pattern = "HH:mm")
	private @Nullable LocalTime startTime;

	@DateTimeFormat(pattern = "HH:mm")
	private @Nullable LocalTime endTime;

	@Size(max = 64)
	private @Nullable String timeZone;

	@NotNull
	private MeetingStatus status = MeetingStatus.TENTATIVE;

	@NotNull
	private MeetingVisibility visibility = MeetingVisibility.PUBLIC;

	private List<@CountryCode String> participantCountries = new ArrayList<>();

	private List<UUID> participantOrganisations = new ArrayList<>();

	@Size(max = 20000)
	private @Nullable String agenda;

	/** One attachment a line: "title | https://…" or "title | file-name.pdf". */
	@Size(max = 5000)
	private @Nullable String attachments;

	private long version;

	static MeetingForm of(Meeting m) {
		MeetingForm f = new MeetingForm();
		f.titleEs = m.getTitleEs();
		f.titleEn = m.getTitleEn();
		f.titlePt = m.getTitlePt();
		f.titleFr = m.getTitleFr();
		f.kind = m.getKind();
		f.processes = new ArrayList<>(Conference.codes(m.getProcesses()));
		f.bodies = m.getBodies().stream().map(UUID::fromString).toList();
		f.hostMeetingId = m.getHostMeetingId();
		f.hostRelation = m.getHostRelation();
		f.city = m.getCity();
		f.countryIso2 = m.getCountryIso2();
		f.venue = m.getVenue();
		f.onlineUrl = m.getOnlineUrl();
		f.precision = m.getPrecision();
		f.startDate = m.getStartDate();
		f.endDate = m.getEndDate();
		f.startTime = m.getStartsAt() == null ? null : m.getStartsAt().toLocalTime();
		f.endTime = m.getEndsAt() == null ? null : m.getEndsAt().toLocalTime();
		f.timeZone = m.getTimeZone();
		f.status = m.getStatus();
		f.visibility = m.getVisibility();
		f.participantCountries = new ArrayList<>(m.getParticipantCountries());
		f.participantOrganisations = m.getParticipantOrganisations().stream().map(UUID::fromString).toList();
		f.agenda = m.getAgenda();
		f.attachments = String.join("\n", m.getAttachments()
			.stream()
			.map(a -> a.getTitle() + " | " + (a.getUrl() != null ? a.getUrl() : a.getFileName()))
			.toList());
		f.version = m.getVersion();
		return f;
	}

	/** The dates as typed, or a refusal naming the field to correct. */
	MeetingDates dates() {
		if (startDate == null) {
			throw new RefusedException(RefusalKind.INVALID,
					"meetings.dates.startRequired");
		}
		return switch (precision) {
			case EXACT -> {
				LocalTime from = startTime == null ? LocalTime.of(9, 0) : startTime;
				LocalTime to = endTime == null ? from.plusHours(1) : endTime;
				LocalDate last = endDate == null ? startDate : endDate;
				yield MeetingDates.exact(LocalDateTime.of(startDate, from), LocalDateTime.of(last, to),
						timeZone == null ? "" : timeZone);
			}
			case DAY -> MeetingDates.days(startDate, endDate);
			case WEEK -> MeetingDates.week(startDate);
			case MONTH -> MeetingDates.month(YearMonth.from(startDate));
			case QUARTER, HALF, YEAR -> throw new RefusedException(RefusalKind.INVALID, "meetings.dates.precisionUnknown");
		};
	}

	/** Fills the date fields from dates read elsewhere (an import), as a person would have typed them. */
	void setDates(MeetingDates dates) {
		this.precision = dates.precision();
		this.startDate = dates.startDate();
		this.endDate = dates.endDate();
		this.startTime = dates.startsAt() == null ? null : dates.startsAt().toLocalTime();
		this.endTime = dates.endsAt() == null ? null : dates.endsAt().toLocalTime();
		this.timeZone = dates.timeZone();
	}

	/** Checks the rules Bean Validation cannot express, attaching each message to the field to correct. */
	void check(Errors errors) {
		if (errors.hasFieldErrors("startDate") || errors.hasFieldErrors("precision")) {
			return;
		}
		try {
			dates();
		}
		catch (RefusedException ex) {
			String field = switch (ex.messageKey()) {
				case "meetings.dates.unknownTimeZone" -> "timeZone";
				case "meetings.dates.startRequired" -> "startDate";
				default -> precision == DatePrecision.EXACT && (endDate == null || endDate.equals(startDate))
						? "endTime" : "endDate";
			};
			errors.rejectValue(field, ex.messageKey());
		}
	}

	MeetingPlace place() {
		return new MeetingPlace(city, countryIso2, venue, onlineUrl);
	}

	List<MeetingAttachment> attachmentList() {
		List<MeetingAttachment> list = new ArrayList<>();
		if (attachments == null) {
			return list;
		}
		for (String line : attachments.split("\\R")) {
			if (line.isBlank()) {
				continue;
			}
			String[] parts = line.split("\\|", 2);
			String title = parts[0].strip();
			String target = parts.length > 1 ? parts[1].strip() : "";
			boolean link = target.startsWith("http://") || target.startsWith("https://");
			list.add(new MeetingAttachment(title.isEmpty() ? target : title, link ? target : null,
					link || target.isEmpty() ? null : target));
		}
		return list;
	}

	void applyTo(Meeting m) {
		m.retitle(titleEs, titleEn, titlePt, titleFr);
		m.setKind(kind);
		m.setProcesses(Conference.setOf(processes));
		m.setBodies(strings(bodies));
		m.hostedBy(hostMeetingId, hostRelation);
		m.moveTo(place());
		m.reschedule(dates());
		m.setVisibility(visibility);
		m.setParticipantCountries(upper(participantCountries));
		m.setParticipantOrganisations(strings(participantOrganisations));
		m.setAgenda(agenda);
		m.setAttachments(attachmentList());
	}

	private static Set<String> upper(List<String> codes) {
		Set<String> set = new LinkedHashSet<>();
		codes.stream().filter(c -> c != null && !c.isBlank()).map(c -> c.strip().toUpperCase()).forEach(set::add);
		return set;
	}

	private static Set<String> strings(List<UUID> ids) {
		Set<String> set = new LinkedHashSet<>();
		ids.stream().filter(java.util.Objects::nonNull).map(UUID::toString).forEach(set::add);
		return set;
	}

	public String getTitleEs() { return titleEs; }
	public void setTitleEs(String titleEs) { this.titleEs = titleEs; }
	public @Nullable String getTitleEn() { return titleEn; }
	public void setTitleEn(@Nullable String titleEn) { this.titleEn = titleEn; }
	public @Nullable String getTitlePt() { return titlePt; }
	public void setTitlePt(@Nullable String titlePt) { this.titlePt = titlePt; }
	public @Nullable String getTitleFr() { return titleFr; }
	public void setTitleFr(@Nullable String titleFr) { this.titleFr = titleFr; }
	public MeetingKind getKind() { return kind; }
	public void setKind(MeetingKind kind) { this.kind = kind; }
	public List<String> getProcesses() { return processes; }
	public void setProcesses(@Nullable List<String> processes) { this.processes = processes == null ? new ArrayList<>() : processes; }
	public List<UUID> getBodies() { return bodies; }
	public void setBodies(@Nullable List<UUID> bodies) { this.bodies = bodies == null ? new ArrayList<>() : bodies; }
	public @Nullable UUID getHostMeetingId() { return hostMeetingId; }
	public void setHostMeetingId(@Nullable UUID hostMeetingId) { this.hostMeetingId = hostMeetingId; }
	public @Nullable HostRelation getHostRelation() { return hostRelation; }
	public void setHostRelation(@Nullable HostRelation hostRelation) { this.hostRelation = hostRelation; }
	public @Nullable String getCity() { return city; }
	public void setCity(@Nullable String city) { this.city = city; }
	public @Nullable String getCountryIso2() { return countryIso2; }
	public void setCountryIso2(@Nullable String countryIso2) { this.countryIso2 = countryIso2; }
	public @Nullable String getVenue() { return venue; }
	public void setVenue(@Nullable String venue) { this.venue = venue; }
	public @Nullable String getOnlineUrl() { return onlineUrl; }
	public void setOnlineUrl(@Nullable String onlineUrl) { this.onlineUrl = onlineUrl; }
	public DatePrecision getPrecision() { return precision; }
	public void setPrecision(DatePrecision precision) { this.precision = precision; }
	public @Nullable LocalDate getStartDate() { return startDate; }
	public void setStartDate(@Nullable LocalDate startDate) { this.startDate = startDate; }
	public @Nullable LocalDate getEndDate() { return endDate; }
	public void setEndDate(@Nullable LocalDate endDate) { this.endDate = endDate; }
	public @Nullable LocalTime getStartTime() { return startTime; }
	public void setStartTime(@Nullable LocalTime startTime) { this.startTime = startTime; }
	public @Nullable LocalTime getEndTime() { return endTime; }
	public void setEndTime(@Nullable LocalTime endTime) { this.endTime = endTime; }
	public @Nullable String getTimeZone() { return timeZone; }
	public void setTimeZone(@Nullable String timeZone) { this.timeZone = timeZone; }
	public MeetingStatus getStatus() { return status; }
	public void setStatus(MeetingStatus status) { this.status = status; }
	public MeetingVisibility getVisibility() { return visibility; }
	public void setVisibility(MeetingVisibility visibility) { this.visibility = visibility; }
	public List<String> getParticipantCountries() { return participantCountries; }
	public void setParticipantCountries(@Nullable List<String> v) { this.participantCountries = v == null ? new ArrayList<>() : v; }
	public List<UUID> getParticipantOrganisations() { return participantOrganisations; }
	public void setParticipantOrganisations(@Nullable List<UUID> v) { this.participantOrganisations = v == null ? new ArrayList<>() : v; }
	public @Nullable String getAgenda() { return agenda; }
	public void setAgenda(@Nullable String agenda) { this.agenda = agenda; }
	public @Nullable String getAttachments() { return attachments; }
	public void setAttachments(@Nullable String attachments) { this.attachments = attachments; }
	public long getVersion() { return version; }
	public void setVersion(long version) { this.version = version; }
}
