package org.puente.meetings;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ComponentList;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.PropertyList;
import net.fortuna.ical4j.model.component.CalendarComponent;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.TzId;
import net.fortuna.ical4j.model.parameter.Rsvp;
import net.fortuna.ical4j.model.property.Action;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Transp;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import org.jspecify.annotations.Nullable;
import org.puente.accounts.AccountSummary;
import org.puente.accounts.Accounts;
import org.puente.directory.Conference;
import org.puente.directory.Countries;
import org.puente.notifications.Notice;
import org.puente.web.ListDownloads;
import org.puente.web.SiteAddress;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes meetings as iCalendar (RFC 5545) with ical4j. Timed meetings carry their wall-clock times with a TZID and
 * the matching VTIMEZONE; whole days are DATE values with an exclusive DTEND; meetings known only by week or month
 * span that week or month as all-day, tentative, transparent events marked "(fecha por confirmar)" (see
 * docs/calendar.md).
 */
@Component
class MeetingIcs {

	static {
		// never reach out to tzurl.org at run time: the zone definitions bundled in the ical4j jar are enough
		System.setProperty("net.fortuna.ical4j.timezone.update.enabled", "false");
	}

	private final TimeZoneRegistry zones = TimeZoneRegistryFactory.getInstance().createRegistry();

	private final MessageSource messages;

	private final Accounts accounts;

	private final SiteAddress site;

	private final String fallbackOrganizer;

	MeetingIcs(MessageSource messages, Accounts accounts, SiteAddress site,
			@Value("${puente.mail.from}") String fallbackOrganizer) {
		this.messages = messages;
		this.accounts = accounts;
		this.site = site;
		this.fallbackOrganizer = fallbackOrganizer;
	}

	/** What kind of calendar object to write. */
	record Options(@Nullable Method method, @Nullable Integer alarmMinutes, Locale locale, String name,
			@Nullable String attendee) {

		Options(@Nullable Method method, @Nullable Integer alarmMinutes, Locale locale, String name) {
			this(method, alarmMinutes, locale, name, null);
		}

		static Options feed(Locale locale, @Nullable Integer alarmMinutes, String name) {
			return new Options(null, alarmMinutes, locale, name, null);
		}
	}

	/**
	 * A meeting's calendar entry as a mail's attachment: its content type names the method (REQUEST, CANCEL), as RFC
	 * 6047 asks, so the mail program offers to update the event the reader holds. Its file is named as the meeting's
	 * download is, by its title in the reader's language and its first day (walk 17: "meeting.ics" in a French or
	 * Portuguese mail, the same name for every meeting).
	 */
	Notice.Attachment attachment(Meeting meeting, Options options) {
		String method = options.method() == null ? "" : "method=" + options.method().getValue() + "; ";
		String file = ListDownloads.fileName(meeting.title(options.locale()), meeting.getStartDate());
		return new Notice.Attachment(file + ".ics", "text/calendar; " + method + "charset=UTF-8",
				write(List.of(meeting), options).getBytes(StandardCharsets.UTF_8));
	}

	String write(List<Meeting> meetings, Options options) {
		List<Property> header = new ArrayList<>(List.of(new ProdId("-//Puente CRM-CSM//Calendario PMM//ES"),
				ImmutableVersion.VERSION_2_0, ImmutableCalScale.GREGORIAN));
		if (options.method() != null) {
			header.add(options.method());
		}
		header.add(new XProperty("X-WR-CALNAME", options.name()));
		Map<String, TimeZone> usedZones = new LinkedHashMap<>();
		Map<String, Optional<Organizer>> organizers = new HashMap<>();
		List<VEvent> events = new ArrayList<>(meetings.size());
		for (Meeting m : meetings) {
			events.add(event(m, options, usedZones, organizers));
		}
		// ical4j's lists copy themselves on every add: build each list once, or a large feed takes quadratic time
		List<CalendarComponent> components = new ArrayList<>(usedZones.size() + events.size());
		usedZones.values().forEach(tz -> components.add(tz.getVTimeZone()));
		components.addAll(events);
		return IcsFolding.fold(new Calendar(new PropertyList(header), new ComponentList<>(components)).toString());
	}

	private VEvent event(Meeting m, Options options, Map<String, TimeZone> usedZones,
			Map<String, Optional<Organizer>> organizers) {
		Locale locale = options.locale();
		MeetingDates dates = m.dates();
		VEvent e = new VEvent(false);
		e.add(new DtStamp(m.getUpdatedAt()));
		e.add(new Uid(m.getUid()));
		e.add(new Sequence(m.getSequence()));
		e.add(new LastModified(m.getUpdatedAt()));
		if (dates.isTimed()) {
			addTimed(e, dates, usedZones);
		}
		else {
			e.add(new DtStart<>(dates.startDate()));
			e.add(new DtEnd<>(dates.endDate().plusDays(1)));
		}
		String summary = m.title(locale);
		if (dates.isApproximate()) {
			summary += " " + messages.getMessage("meetings.ics.dateToBeConfirmed", null, locale);
			e.add(new Transp(Transp.VALUE_TRANSPARENT));
		}
		e.add(new Summary(summary));
		e.add(new Status(status(m, dates)));
		String location = location(m, locale);
		if (!location.isEmpty()) {
			e.add(new Location(location));
		}
		e.add(new Url(URI.create(pageUrl(m))));
		e.add(new Description(description(m, locale)));
		organizers.computeIfAbsent(m.getProcesses().stream().findFirst().map(Conference::name).orElse(""), this::organizer)
			.ifPresent(e::add);
		if (options.attendee() != null) {
			e.add(new Attendee(new ParameterList(List.of(new Rsvp(false))), URI.create("mailto:" + options.attendee())));
		}
		if (options.alarmMinutes() != null && options.alarmMinutes() > 0) {
			VAlarm alarm = new VAlarm(Duration.ofMinutes(-options.alarmMinutes()));
			alarm.add(new Action(Action.VALUE_DISPLAY));
			alarm.add(new Description(summary));
			e.add(alarm);
		}
		return e;
	}

	/** Wall-clock times with a TZID, so the meeting stays at 09:00 local time whatever daylight saving does. */
	private void addTimed(VEvent e, MeetingDates dates, Map<String, TimeZone> usedZones) {
		String zone = dates.timeZone();
		LocalDateTime start = dates.startsAt();
		LocalDateTime end = dates.endsAt();
		TimeZone tz = zone == null ? null : usedZones.computeIfAbsent(zone, zones::getTimeZone);
		if (tz == null || zone == null) {
			e.add(new DtStart<>(dates.zonedStart().toInstant()));
			e.add(new DtEnd<>(dates.zonedEnd().toInstant()));
			return;
		}
		e.add(new DtStart<>(new ParameterList(List.of(new TzId(zone))), start));
		e.add(new DtEnd<>(new ParameterList(List.of(new TzId(zone))), end));
	}

	private static String status(Meeting m, MeetingDates dates) {
		return switch (m.getStatus()) {
			case CANCELLED -> Status.VALUE_CANCELLED;
			case TENTATIVE, POSTPONED -> Status.VALUE_TENTATIVE;
			case CONFIRMED, HELD -> dates.isApproximate() ? Status.VALUE_TENTATIVE : Status.VALUE_CONFIRMED;
		};
	}

	private Optional<Organizer> organizer(String process) {
		String email = process.isEmpty() ? fallbackOrganizer
				: accounts.secretariatOf(process).stream().map(AccountSummary::email).findFirst()
					.orElse(fallbackOrganizer);
		String name = process.isEmpty() ? "Puente" : "ST " + process;
		try {
			return Optional.of(new Organizer(new ParameterList(List.of(new Cn(name))), URI.create("mailto:" + email)));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	String location(Meeting m, Locale locale) {
		return location(m.place(), locale);
	}

	static String location(MeetingPlace place, Locale locale) {
		List<String> parts = new ArrayList<>();
		if (place.venue() != null) {
			parts.add(place.venue());
		}
		if (place.city() != null) {
			parts.add(place.city());
		}
		if (place.countryIso2() != null) {
			parts.add(Countries.nameOf(place.countryIso2(), locale));
		}
		if (parts.isEmpty() && place.onlineUrl() != null) {
			parts.add(place.onlineUrl());
		}
		return String.join(", ", parts);
	}

	private String description(Meeting m, Locale locale) {
		StringBuilder text = new StringBuilder();
		// the meeting's own zone only: a calendar application shows DTSTART in its reader's zone itself, and feeds are
		// kept for every reader (FeedCache)
		text.append(m.summary().when(locale, null));
		if (m.getOnlineUrl() != null) {
			text.append("\n").append(m.getOnlineUrl());
		}
		if (m.getAgenda() != null) {
			text.append("\n\n").append(m.getAgenda());
		}
		text.append("\n\n").append(pageUrl(m));
		return text.toString();
	}

	String pageUrl(Meeting m) {
		return site.link("/meetings/" + m.getId());
	}

	static Instant utc(LocalDateTime t) {
		return t.toInstant(ZoneOffset.UTC);
	}
}
