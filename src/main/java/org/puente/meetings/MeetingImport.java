package org.puente.meetings;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DateProperty;
import org.jspecify.annotations.Nullable;
import org.puente.accounts.AccountSummary;
import org.puente.accounts.Accounts;
import org.puente.audit.AuditAction;
import org.puente.directory.Conference;
import org.puente.refusal.RefusalKind;
import org.puente.refusal.RefusedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.SmartValidator;

/**
 * Reads an .ics file (a UN or partner calendar) into the calendar: a VEVENT whose UID is already known updates that
 * meeting, any other creates one as a draft, reserved to the conferences until a secretariat confirms it. Every
 * event passes the same checks as the meeting form and the API (links are http or https, countries and dates
 * real, the end after the start); dates are read strictly (no 30 February quietly turned into the 28th). The whole
 * file is one transaction: a file with one bad event imports nothing. Files are capped in size and events.
 */
@Service
class MeetingImport {

	static final int MAX_BYTES = 2 * 1024 * 1024;

	static final int MAX_EVENTS = 500;

	private final MeetingRepository meetings;

	private final MeetingManagement management;

	private final Accounts accounts;

	private final SmartValidator validator;

	private final Clock clock;

	MeetingImport(MeetingRepository meetings, MeetingManagement management, Accounts accounts,
			SmartValidator validator, Clock clock) {
		this.meetings = meetings;
		this.management = management;
		this.accounts = accounts;
		this.validator = validator;
		this.clock = clock;
	}

	/** How many meetings the file added and how many it updated. */
	record Outcome(int created, int updated) {
	}

	@Transactional
	@PreAuthorize("hasAnyRole('ADMIN', 'SECRETARIAT')")
	public Outcome importCalendar(byte[] file) {
		if (file.length > MAX_BYTES) {
			throw new RefusedException(RefusalKind.TOO_LARGE, "meetings.import.tooLarge", MAX_BYTES / 1024 / 1024);
		}
		IcsDates.requireRealDates(file);
		Calendar calendar = parse(file);
		List<VEvent> events = calendar.getComponents(VEvent.VEVENT);
		if (events.isEmpty()) {
			throw refused("meetings.import.empty");
		}
		if (events.size() > MAX_EVENTS) {
			throw new RefusedException(RefusalKind.TOO_LARGE, "meetings.import.tooMany", MAX_EVENTS);
		}
		String process = accounts.current().map(AccountSummary::processCode).orElse(null);
		int created = 0;
		int updated = 0;
		for (VEvent event : events) {
			String uid = event.getUid().map(Property::getValue).filter(s -> !s.isBlank())
				.orElseThrow(() -> refused("meetings.import.noUid"));
			String title = event.getSummary() == null ? "" : event.getSummary().getValue();
			if (title.isBlank()) {
				throw refused("meetings.import.noSummary");
			}
			MeetingDates dates = dates(event);
			MeetingPlace place = new MeetingPlace(null, null, text(event, Property.LOCATION), text(event, Property.URL));
			MeetingStatus status = status(text(event, Property.STATUS));
			check(uid, title, dates, place, text(event, Property.DESCRIPTION));
			Optional<Meeting> known = meetings.findByUid(uid);
			if (known.isPresent()) {
				Meeting m = known.get();
				management.requireOrganiser(m.getProcesses());
				MeetingSnapshot before = m.snapshot();
				m.retitle(title, m.getTitleEn(), m.getTitlePt(), m.getTitleFr());
				m.reschedule(dates);
				m.moveTo(place);
				if (m.getStatus() != status && !(m.getStatus() == MeetingStatus.HELD)) {
					m.changeStatus(status, LocalDate.now(clock));
				}
				management.changed(m, before, AuditAction.IMPORT);
				updated++;
			}
			else {
				Meeting m = Meeting.imported(uid, title, dates);
				m.markDraft();
				m.moveTo(place);
				Conference.of(process).ifPresent(c -> m.setProcesses(java.util.Set.of(c)));
				m.setAgenda(text(event, Property.DESCRIPTION));
				if (status != MeetingStatus.TENTATIVE) {
					// what the other calendar says, shown once the draft is confirmed
					m.changeStatus(status, LocalDate.now(clock));
				}
				management.record(m);
				created++;
			}
		}
		return new Outcome(created, updated);
	}

	/** The meeting form's own checks (and its messages), so an import accepts nothing the form would refuse. */
	private void check(String uid, String title, MeetingDates dates, MeetingPlace place, @Nullable String agenda) {
		MeetingForm form = MeetingForm.external(title, dates, place, agenda);
		BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, "form");
		validator.validate(form, errors);
		form.check(errors);
		FieldError wrong = errors.getFieldError();
		if (wrong != null) {
			throw new RefusedException(RefusalKind.INVALID, "meetings.import.invalid", uid,
					wrong.getField());
		}
	}

	static Calendar parse(byte[] file) {
		try {
			return new CalendarBuilder().build(new ByteArrayInputStream(file));
		}
		catch (IOException | ParserException | RuntimeException ex) {
			throw refused("meetings.import.unreadable");
		}
	}

	/** DATE values become whole days (DTEND is exclusive); times keep their TZID, or are read as UTC. */
	static MeetingDates dates(VEvent event) {
		Optional<DateProperty<Temporal>> startProperty = event.getProperty(Property.DTSTART);
		Temporal start = startProperty.map(DateProperty::getDate).orElseThrow(() -> refused("meetings.import.noStart"));
		Optional<DateProperty<Temporal>> endProperty = event.getProperty(Property.DTEND);
		@Nullable Temporal end = endProperty.map(DateProperty::getDate).orElse(null);
		if (start instanceof LocalDate day) {
			if (end instanceof LocalDate e && !e.isAfter(day)) {
				throw refused("meetings.dates.endBeforeStart"); // DTEND is exclusive: it must come after DTSTART
			}
			LocalDate last = end instanceof LocalDate e ? e.minusDays(1) : day;
			return MeetingDates.days(day, last);
		}
		String zone = startProperty.flatMap(p -> p.getParameter("TZID")).map(p -> ((net.fortuna.ical4j.model.Parameter) p)
			.getValue()).orElse("UTC");
		LocalDateTime from = local(start, zone);
		LocalDateTime to = end == null ? from.plusHours(1) : local(end, zone);
		if (!MeetingDates.isKnownZone(zone)) {
			from = utc(start);
			to = end == null ? from.plusHours(1) : utc(end);
			zone = "UTC";
		}
		return MeetingDates.exact(from, to, zone);
	}

	/** ical4j's own zone rules can be off for zones without recent transitions; the wall-clock time is what counts. */
	private static LocalDateTime local(Temporal t, String zone) {
		if (t instanceof ZonedDateTime z) {
			return "UTC".equals(zone) ? z.withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime() : z.toLocalDateTime();
		}
		return utc(t);
	}

	private static LocalDateTime utc(Temporal t) {
		if (t instanceof ZonedDateTime z) {
			return z.withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime();
		}
		if (t instanceof OffsetDateTime o) {
			return o.withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime();
		}
		if (t instanceof Instant i) {
			return LocalDateTime.ofInstant(i, ZoneOffset.UTC);
		}
		if (t instanceof LocalDateTime l) {
			return l;
		}
		throw refused("meetings.import.noStart");
	}

	private static @Nullable String text(VEvent event, String name) {
		Optional<Property> p = event.getProperty(name);
		return p.map(Property::getValue).filter(v -> !v.isBlank()).orElse(null);
	}

	private static MeetingStatus status(@Nullable String value) {
		if (value == null) {
			return MeetingStatus.TENTATIVE; // a draft until a secretariat says otherwise
		}
		return switch (value.toUpperCase(java.util.Locale.ROOT)) {
			case "CANCELLED" -> MeetingStatus.CANCELLED;
			case "TENTATIVE" -> MeetingStatus.TENTATIVE;
			default -> MeetingStatus.CONFIRMED;
		};
	}

	private static RefusedException refused(String key) {
		return new RefusedException(RefusalKind.INVALID, key);
	}

	static List<String> uids(Calendar calendar) {
		List<String> uids = new ArrayList<>();
		for (VEvent e : calendar.<VEvent>getComponents(VEvent.VEVENT)) {
			e.getUid().ifPresent(u -> uids.add(u.getValue()));
		}
		return uids;
	}
}
