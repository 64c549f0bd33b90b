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

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.puente.directory.Conference;
import org.puente.i18n.DatePrecision;
import org.puente.i18n.Language;
import org.puente.i18n.MultilingualText;
import org.puente.refusal.RefusalKind;
import org.puente.web.CountryCode;
import org.puente.web.FieldOrder;
import org.puente.web.LanguageCode;
import org.puente.refusal.RefusedException;
import org.puente.web.WebUrl;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

/**
 * What a secretariat types to schedule or change a meeting (the page form and the JSON API share it). Dates are
 * read according to the chosen precision: date and times for EXACT, first and last day for DAY, any day of the
 * week for WEEK, any day of the month for MONTH.
 */
record MeetingForm(
		@Size(max = 500) String titleEs,
		@Size(max = 500) @Nullable String titleEn,
		@Size(max = 500) @Nullable String titlePt,
		@Size(max = 500) @Nullable String titleFr,
		@NotNull MeetingKind kind,
		List<String> processes,
		List<UUID> bodies,
		@Nullable UUID hostMeetingId,
		@Nullable HostRelation hostRelation,
		@Size(max = 200) @Nullable String city,
		@CountryCode @Nullable String countryIso2,
		@Size(max = 300) @Nullable String venue,
		@Size(max = 500) @WebUrl @Nullable String onlineUrl,
		@NotNull DatePrecision precision,
		@NotNull @Nullable LocalDate startDate,
		@Nullable LocalDate endDate,
		@DateTimeFormat(pattern = "HH:mm") @Nullable LocalTime startTime,
		@DateTimeFormat(pattern = "HH:mm") @Nullable LocalTime endTime,
		@Size(max = 64) @Nullable String timeZone,
		@NotNull MeetingStatus status,
		@NotNull MeetingVisibility visibility,
		List<@CountryCode String> participantCountries,
		List<UUID> participantOrganisations,
		@Size(max = 20000) @Nullable String agenda,
		@LanguageCode @Nullable String agendaLanguage,
		@Size(max = 5000) @Nullable String attachments,
		Long version) implements FieldOrder {

	/** The languages an agenda may be written in, for the form's choice. */
	public List<String> agendaLanguages() {
		return org.puente.i18n.Language.CODES;
	}

	/** The page shows the dates before the place and the host meeting: its error summary follows the page. */
	@Override
	public List<String> fieldOrder() {
		return List.copyOf(MeetingConflicts.FIELDS.keySet());
	}

	/**
	 * The language of a meeting's text when nobody says otherwise: the CRM's and the CSM's working language (their
	 * minutes, agendas and notes are written in Spanish), also for an agenda read from another calendar.
	 */
	static final String WORKING_LANGUAGE = "es";

	/** What is left out is what a new form shows: a tentative public working meeting known to the day. */
	MeetingForm {
		agendaLanguage = agendaLanguage == null || agendaLanguage.isBlank() ? WORKING_LANGUAGE
				: agendaLanguage.strip().toLowerCase(java.util.Locale.ROOT);
		titleEs = titleEs == null ? "" : titleEs;
		kind = kind == null ? MeetingKind.WORKING_MEETING : kind;
		processes = processes == null ? List.of() : processes;
		bodies = bodies == null ? List.of() : bodies;
		precision = precision == null ? DatePrecision.DAY : precision;
		status = status == null ? MeetingStatus.TENTATIVE : status;
		visibility = visibility == null ? MeetingVisibility.PUBLIC : visibility;
		participantCountries = participantCountries == null ? List.of() : participantCountries;
		participantOrganisations = participantOrganisations == null ? List.of() : participantOrganisations;
		version = version == null ? 0L : version;
	}

	static MeetingForm of(Meeting m) {
		return new MeetingForm(m.getTitleEs(), m.getTitleEn(), m.getTitlePt(), m.getTitleFr(), m.getKind(),
				new ArrayList<>(Conference.codes(m.getProcesses())),
				m.getBodies().stream().map(UUID::fromString).toList(), m.getHostMeetingId(), m.getHostRelation(),
				m.getCity(), m.getCountryIso2(), m.getVenue(), m.getOnlineUrl(), m.getPrecision(), m.getStartDate(),
				m.getEndDate(), time(m.getStartsAt()), time(m.getEndsAt()), m.getTimeZone(), m.getStatus(),
				m.getVisibility(), new ArrayList<>(m.getParticipantCountries()),
				m.getParticipantOrganisations().stream().map(UUID::fromString).toList(), m.getAgenda(),
				m.getAgendaLanguage(),
				String.join("\n", m.getAttachments()
					.stream()
					.map(a -> a.getTitle() + " | " + (a.getUrl() != null ? a.getUrl() : a.getFileName()))
					.toList()),
				m.getVersion());
	}

	/**
	 * An external event as a person would have typed it from dates and a place read elsewhere (an import), to be
	 * checked by the form's own rules.
	 */
	static MeetingForm external(String title, MeetingDates dates, MeetingPlace place, @Nullable String agenda) {
		return new MeetingForm(title, null, null, null, MeetingKind.EXTERNAL_EVENT, null, null, null, null, null, null,
				place.venue(), place.onlineUrl(), dates.precision(), dates.startDate(), dates.endDate(),
				time(dates.startsAt()), time(dates.endsAt()), dates.timeZone(), null, null, null, null, agenda, null,
				null, null);
	}

	/** The same form for these conferences (a new meeting's, filled in with its secretariat's conference). */
	MeetingForm withProcesses(List<String> codes) {
		return new MeetingForm(titleEs, titleEn, titlePt, titleFr, kind, codes, bodies, hostMeetingId, hostRelation,
				city, countryIso2, venue, onlineUrl, precision, startDate, endDate, startTime, endTime, timeZone, status,
				visibility, participantCountries, participantOrganisations, agenda, agendaLanguage, attachments, version);
	}

	private static @Nullable LocalTime time(@Nullable LocalDateTime at) {
		return at == null ? null : at.toLocalTime();
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

	/** Checks the rules Bean Validation cannot express, attaching each message to the field to correct. */
	void check(Errors errors) {
		// a title in any of the four languages (walk 10 #2), refused at the first title field
		if (anyTitle().isEmpty() && !errors.hasFieldErrors("titleEs")) {
			errors.rejectValue("titleEs", "meetings.title.required");
		}
		if (errors.hasFieldErrors("startDate") || errors.hasFieldErrors("precision")) {
			return;
		}
		// Hours typed under "whole days" (the form's default) used to be dropped without a word: the meeting landed in
		// everyone's calendar as all-day events and the hours and zone typed were gone when the form was opened again.
		if (precision != DatePrecision.EXACT && (startTime != null || endTime != null)) {
			errors.rejectValue("precision", "meetings.dates.hoursNeedExact");
			return;
		}
		if (precision == DatePrecision.EXACT && (timeZone == null || timeZone.isBlank())) {
			errors.rejectValue("timeZone", "meetings.dates.timeZoneRequired");
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

	/** The first title written (Spanish, English, Portuguese, French), or "" for none. */
	String anyTitle() {
		return MultilingualText.of(titleEs, titleEn, titlePt, titleFr).in(Language.ES.locale());
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
		m.setAgendaLanguage(agendaLanguage);
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
}
