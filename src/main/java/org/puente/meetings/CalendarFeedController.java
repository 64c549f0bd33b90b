package org.puente.meetings;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.puente.accounts.AccountSummary;
import org.puente.accounts.Accounts;
import org.puente.refusal.NotFoundException;
import org.puente.web.ListDownloads;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.WebRequest;

/**
 * The iCalendar feeds: the public one (with the calendar's filters), one meeting, and a person's private feed that
 * also holds reserved meetings, reached by a revocable token because calendar clients cannot sign in.
 */
@Controller
class CalendarFeedController {

	static final MediaType TEXT_CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

	private final Meetings meetings;

	private final MeetingIcs ics;

	private final Accounts accounts;

	private final org.springframework.context.MessageSource messages;

	CalendarFeedController(Meetings meetings, MeetingIcs ics, Accounts accounts,
			org.springframework.context.MessageSource messages) {
		this.messages = messages;
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
			@RequestParam(required = false) @Nullable Integer alarm, Locale locale, WebRequest request) {
		MeetingFilter filter = MeetingFilter.of(process, kind, country, status);
		String name = messages.getMessage("meetings.feed.publicName", null, locale) + (filter.process() == null ? ""
				: " — " + messages.getMessage("process." + filter.process(), null, filter.process(), locale));
		return feed(filter, java.util.Optional.empty(), alarm, locale, "calendar.ics", name, request);
	}

	@GetMapping("/calendar/private/{token}.ics")
	@Transactional(readOnly = true)
	ResponseEntity<byte[]> privateFeed(@PathVariable String token,
			@RequestParam(required = false) @Nullable Integer alarm, WebRequest request) {
		AccountSummary owner = accounts.byFeedToken(token)
			.orElseThrow(() -> new NotFoundException("meetings.feed.unknownToken"));
		Locale theirs = Locale.forLanguageTag(owner.language());
		// its own name, so that it is not mistaken for the public calendar in the person's calendar list
		String name = messages.getMessage("meetings.feed.privateName", new Object[] { owner.displayName() }, theirs);
		return feed(MeetingFilter.NONE, java.util.Optional.of(owner), alarm, theirs, "puente.ics", name, request);
	}

	@GetMapping("/meetings/{id}.ics")
	@Transactional(readOnly = true)
	ResponseEntity<byte[]> one(@PathVariable UUID id, @RequestParam(required = false) @Nullable Integer alarm,
			Locale locale) {
		Meeting m = meetings.visible(id, accounts.current())
			.orElseThrow(() -> new NotFoundException("meetings.notFound"));
		String body = ics.write(List.of(m), new MeetingIcs.Options(null, alarm, locale, m.title(locale)));
		// "reunion-technique-sur-la-migration-de-retour-2027-03-10.ics": what it is, in the reader's words, as every
		// other download is named (walk 10 #4: "meeting-d8241620-89a8-….ics" said neither)
		return calendar(body, ListDownloads.fileName(m.title(locale), m.getStartDate()) + ".ics", true);
	}

	/** The feed a reader (none for the public feed) may see; readers who see the same share one cached copy. */
	private @Nullable ResponseEntity<byte[]> feed(MeetingFilter filter, java.util.Optional<AccountSummary> reader,
			@Nullable Integer alarm, Locale locale, String filename, String name, WebRequest request) {
		boolean member = MeetingPolicy.readsReserved(reader);
		String key = filter + "|" + member + "|" + alarm + "|" + locale.getLanguage() + "|" + name;
		FeedCache.Entry entry = meetings.feed(key, () -> {
			List<Meeting> selected = meetings.calendar(filter, reader);
			return ics.write(selected, MeetingIcs.Options.feed(locale, alarm, name)).getBytes(StandardCharsets.UTF_8);
		});
		if (request.checkNotModified(entry.etag())) {
			return null; // 304: the client's copy is current
		}
		return calendar(entry.body(), filename, false);
	}

	static ResponseEntity<byte[]> calendar(String body, String filename, boolean download) {
		return calendar(body.getBytes(StandardCharsets.UTF_8), filename, download);
	}

	static ResponseEntity<byte[]> calendar(byte[] body, String filename, boolean download) {
		ContentDisposition disposition = (download ? ContentDisposition.attachment() : ContentDisposition.inline())
			.filename(filename)
			.build();
		return ResponseEntity.ok()
			.contentType(TEXT_CALENDAR)
			.header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-cache")
			.body(body);
	}
}
