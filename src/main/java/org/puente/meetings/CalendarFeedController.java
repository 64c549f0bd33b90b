package org.puente.meetings;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.puente.accounts.AccountSummary;
import org.puente.accounts.Accounts;
import org.puente.web.NotFoundException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The iCalendar feeds: the public one (with the calendar's filters), one meeting, and a person's private feed that
 * also holds reserved meetings, reached by a revocable token because calendar clients cannot sign in.
 */
@Controller
class CalendarFeedController {

	static final MediaType TEXT_CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

	private final MeetingRepository meetings;

	private final MeetingIcs ics;

	private final Accounts accounts;

	CalendarFeedController(MeetingRepository meetings, MeetingIcs ics, Accounts accounts) {
		this.meetings = meetings;
		this.ics = ics;
		this.accounts = accounts;
	}

	@GetMapping("/calendar.ics")
	@Transactional(readOnly = true)
	ResponseEntity<byte[]> publicFeed(@RequestParam(required = false) @Nullable String process,
			@RequestParam(required = false) @Nullable String kind,
			@RequestParam(required = false) @Nullable String country,
			@RequestParam(required = false) @Nullable String status,
			@RequestParam(required = false) @Nullable Integer alarm, Locale locale) {
		MeetingFilter filter = MeetingFilter.of(process, kind, country, status);
		return feed(filter, false, alarm, locale, "calendar.ics");
	}

	@GetMapping("/calendar/private/{token}.ics")
	@Transactional(readOnly = true)
	ResponseEntity<byte[]> privateFeed(@PathVariable String token,
			@RequestParam(required = false) @Nullable Integer alarm, Locale locale) {
		AccountSummary owner = accounts.byFeedToken(token)
			.orElseThrow(() -> new NotFoundException("meetings.feed.unknownToken"));
		Locale theirs = Locale.forLanguageTag(owner.language());
		return feed(MeetingFilter.NONE, Meetings.isMember(java.util.Optional.of(owner)), alarm, theirs, "puente.ics");
	}

	@GetMapping("/meetings/{id}.ics")
	@Transactional(readOnly = true)
	ResponseEntity<byte[]> one(@PathVariable UUID id, @RequestParam(required = false) @Nullable Integer alarm,
			Locale locale) {
		Meeting m = meetings.findById(id)
			.filter(x -> x.isVisibleTo(Meetings.isMember(accounts.current())))
			.orElseThrow(() -> new NotFoundException("meetings.notFound"));
		String body = ics.write(List.of(m), new MeetingIcs.Options(null, alarm, locale, m.title(locale)));
		return calendar(body, "meeting-" + id + ".ics", true);
	}

	private ResponseEntity<byte[]> feed(MeetingFilter filter, boolean member, @Nullable Integer alarm, Locale locale,
			String filename) {
		List<Meeting> selected = meetings.findAllByOrderByStartDateAscStartsAtAsc()
			.stream()
			.filter(m -> m.isVisibleTo(member) && filter.matches(m))
			.toList();
		String name = "Puente — CRM · CSM" + (filter.process() == null ? "" : " — " + filter.process());
		return calendar(ics.write(selected, MeetingIcs.Options.feed(locale, alarm, name)), filename, false);
	}

	static ResponseEntity<byte[]> calendar(String body, String filename, boolean download) {
		ContentDisposition disposition = (download ? ContentDisposition.attachment() : ContentDisposition.inline())
			.filename(filename)
			.build();
		return ResponseEntity.ok()
			.contentType(TEXT_CALENDAR)
			.header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-cache")
			.body(body.getBytes(StandardCharsets.UTF_8));
	}
}
