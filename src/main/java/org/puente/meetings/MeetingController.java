package org.puente.meetings;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.puente.accounts.AccountSummary;
import org.puente.accounts.Accounts;
import org.puente.directory.Countries;
import org.puente.directory.Directory;
import org.puente.directory.OrganisationSummary;
import org.puente.i18n.Messages;
import org.puente.refusal.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/** The calendar pages: the list (with an htmx fragment for the filters), the month grid and one meeting. */
@Controller
class MeetingController {

	private final Meetings meetings;

	private final Accounts accounts;

	private final Directory directory;

	private final CalendarLinks links;

	private final List<MeetingRecords> records;

	private final MessageSource messages;

	private final Clock clock;

	MeetingController(Meetings meetings, Accounts accounts, Directory directory, CalendarLinks links,
			List<MeetingRecords> records, MessageSource messages, Clock clock) {
		this.records = records;
		this.messages = messages;
		this.meetings = meetings;
		this.accounts = accounts;
		this.directory = directory;
		this.links = links;
		this.clock = clock;
	}

	@GetMapping("/meetings")
	@Transactional(readOnly = true)
	String list(@RequestParam(required = false) @Nullable String process,
			@RequestParam(required = false) @Nullable String kind,
			@RequestParam(required = false) @Nullable String country,
			@RequestParam(required = false) @Nullable String status,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model, Locale locale) {
		MeetingFilter filter = MeetingFilter.of(process, kind, country, status);
		Optional<AccountSummary> reader = accounts.current();
		LocalDate today = LocalDate.now(clock);
		model.addAttribute("today", today);
		List<MeetingSummary> all = meetings.calendar(filter, reader).stream().map(Meeting::summary).toList();
		model.addAttribute("upcoming", all.stream().filter(m -> !m.endDate().isBefore(today)).toList());
		model.addAttribute("past", all.stream()
			.filter(m -> m.endDate().isBefore(today))
			.sorted(Comparator.comparing(MeetingSummary::startDate).reversed())
			.toList());
		model.addAttribute("filter", filter);
		model.addAttribute("subscribe", links.subscribe(filter, locale));
		model.addAttribute("feed", links.feed(filter, locale));
		model.addAttribute("privateFeed", reader.map(r -> accounts.feedToken(r.id()))
			.map(links::privateFeed)
			.orElse(null));
		model.addAttribute("mayEdit", MeetingPolicy.maySchedule(reader));
		choices(model, locale);
		return htmx != null ? "meetings/list :: results" : "meetings/list";
	}

	@GetMapping("/meetings/month")
	@Transactional(readOnly = true)
	String month(@RequestParam(required = false) @Nullable String month,
			@RequestParam(required = false) @Nullable String process, Model model, Locale locale) {
		YearMonth shown;
		try {
			shown = month == null || month.isBlank() ? YearMonth.now(clock) : YearMonth.parse(month);
		}
		catch (DateTimeParseException ex) {
			throw new IllegalArgumentException("month", ex);
		}
		MeetingFilter filter = MeetingFilter.of(process, null, null, null);
		Optional<AccountSummary> reader = accounts.current();
		List<MeetingSummary> inMonth = meetings.overlapping(shown.atDay(1), shown.atEndOfMonth(), filter, reader)
			.stream()
			.map(Meeting::summary)
			.toList();
		model.addAttribute("grid", MonthGrid.of(shown, inMonth, locale, LocalDate.now(clock)));
		model.addAttribute("busyMonths", busyMonths(shown, reader, filter, locale));
		model.addAttribute("filter", filter);
		model.addAttribute("processes", directory.processes());
		return "meetings/month";
	}

	/** A month that has meetings, to jump to from a quiet one. */
	record BusyMonth(String month, String caption, int meetings) {
	}

	/** The twelve months nearest the one shown that have meetings, in calendar order. */
	private List<BusyMonth> busyMonths(YearMonth shown, Optional<AccountSummary> reader, MeetingFilter filter,
			Locale locale) {
		java.util.Map<YearMonth, Integer> counts = new java.util.TreeMap<>();
		meetings.calendar(filter, reader)
			.forEach(m -> counts.merge(YearMonth.from(m.getStartDate()), 1, Integer::sum));
		return counts.entrySet()
			.stream()
			.filter(e -> !e.getKey().equals(shown))
			.sorted(Comparator.comparingLong(e -> Math.abs(java.time.temporal.ChronoUnit.MONTHS.between(shown, e.getKey()))))
			.limit(12)
			.sorted(java.util.Map.Entry.comparingByKey())
			.map(e -> new BusyMonth(e.getKey().toString(), MeetingSummaryText.month(e.getKey(), locale), e.getValue()))
			.toList();
	}

	@GetMapping("/meetings/{id}")
	@Transactional(readOnly = true)
	String detail(@PathVariable UUID id, Model model, Locale locale) {
		Optional<AccountSummary> reader = accounts.current();
		Meeting m = meetings.visible(id, reader)
			.orElseThrow(() -> new NotFoundException("meetings.notFound"));
		model.addAttribute("meeting", m);
		model.addAttribute("summary", m.summary());
		model.addAttribute("today", LocalDate.now(clock));
		model.addAttribute("attachments", List.copyOf(m.getAttachments()));
		model.addAttribute("links", links.of(m, locale));
		model.addAttribute("host", m.getHostMeetingId() == null ? null
				: meetings.visible(m.getHostMeetingId(), reader).map(Meeting::summary).orElse(null));
		model.addAttribute("hosted", meetings.hostedBy(id, reader));
		model.addAttribute("organisations", organisations(m.getParticipantOrganisations(), locale));
		model.addAttribute("bodies", organisations(m.getBodies(), locale));
		model.addAttribute("countryNames", m.getParticipantCountries()
			.stream()
			.map(c -> Countries.nameOf(c, locale))
			.sorted(org.puente.i18n.Collation.of(locale))
			.toList());
		model.addAttribute("mayEdit", MeetingPolicy.mayEdit(m.getProcesses(), reader));
		model.addAttribute("signedIn", reader.isPresent());
		// a cancelled meeting offers neither a reminder, nor following it, nor adding it to a calendar
		model.addAttribute("mayTakePlace", m.getStatus() != MeetingStatus.CANCELLED);
		model.addAttribute("records", records.stream()
			.flatMap(r -> r.about(m.summary(), new Messages(messages, locale)).stream())
			.filter(g -> !g.items().isEmpty())
			.sorted(Comparator.comparingInt(MeetingRecords.Group::order))
			.toList());
		model.addAttribute("subscription", reader.flatMap(r -> meetings.subscription(r.id(), id)).orElse(null));
		return "meetings/detail";
	}

	@GetMapping("/meetings/{id}/history")
	@Transactional(readOnly = true)
	String history(@PathVariable UUID id, Model model) {
		Meeting m = meetings.visible(id, accounts.current())
			.orElseThrow(() -> new NotFoundException("meetings.notFound"));
		model.addAttribute("summary", m.summary());
		model.addAttribute("entries", meetings.history(id));
		return "meetings/history";
	}

	private List<String> organisations(java.util.Set<String> ids, Locale locale) {
		return ids.stream()
			.map(s -> directory.organisation(UUID.fromString(s)))
			.flatMap(Optional::stream)
			.map((OrganisationSummary o) -> o.name(locale))
			.toList();
	}

	void choices(Model model, Locale locale) {
		model.addAttribute("processes", directory.processes());
		model.addAttribute("kinds", MeetingKind.values());
		model.addAttribute("statuses", MeetingStatus.values());
		model.addAttribute("countryCodes", new Countries().sortedByName(directory.allMemberStates(), locale));
	}
}
