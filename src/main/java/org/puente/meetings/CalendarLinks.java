package org.puente.meetings;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.puente.i18n.Language;
import org.puente.web.SiteAddress;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * "Add to my calendar": a download, a subscription (webcal://) and the Google Calendar and Outlook web
 * forms prefilled from the meeting. Links only; nothing is sent to those services unless the person follows them.
 */
@Component
class CalendarLinks {

	private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

	private static final DateTimeFormatter GOOGLE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");

	private final MeetingIcs ics;

	private final SiteAddress site;

	CalendarLinks(MeetingIcs ics, SiteAddress site) {
		this.ics = ics;
		this.site = site;
	}

	/** The four ways to put one meeting in a calendar. */
	record Links(String download, String subscribe, String google, String outlook) {
	}

	Links of(Meeting m, Locale locale) {
		MeetingDates dates = m.dates();
		String title = m.title(locale);
		String location = ics.location(m, locale);
		String details = ics.pageUrl(m);
		UriComponentsBuilder google = UriComponentsBuilder.fromUriString("https://calendar.google.com/calendar/render")
			.queryParam("action", "TEMPLATE")
			.queryParam("text", title)
			.queryParam("details", details)
			.queryParam("location", location);
		UriComponentsBuilder outlook = UriComponentsBuilder
			.fromUriString("https://outlook.live.com/calendar/0/deeplink/compose")
			.queryParam("path", "/calendar/action/compose")
			.queryParam("rru", "addevent")
			.queryParam("subject", title)
			.queryParam("body", details)
			.queryParam("location", location);
		if (dates.isTimed() && dates.startsAt() != null && dates.endsAt() != null) {
			google.queryParam("dates", GOOGLE_TIME.format(dates.startsAt()) + "/" + GOOGLE_TIME.format(dates.endsAt()))
				.queryParam("ctz", dates.zonedStart().getZone().getId());
			outlook.queryParam("startdt", dates.zonedStart().toOffsetDateTime().toString())
				.queryParam("enddt", dates.zonedEnd().toOffsetDateTime().toString());
		}
		else {
			google.queryParam("dates", DAY.format(dates.startDate()) + "/" + DAY.format(dates.endDate().plusDays(1)));
			outlook.queryParam("startdt", dates.startDate().toString())
				.queryParam("enddt", dates.endDate().plusDays(1).toString())
				.queryParam("allday", "true");
		}
		return new Links("/meetings/" + m.getId() + ".ics", subscribe(MeetingFilter.NONE, locale),
				google.encode().build().toUriString(), outlook.encode().build().toUriString());
	}

	/**
	 * The webcal:// address of the public feed with these filters, for calendar clients to subscribe to, in the
	 * language of the page it was taken from: the calendar application fetches it without the person's cookie and
	 * often without their Accept-Language (a web calendar fetches from its own servers), so a Portuguese reader's
	 * subscription came in Spanish (walk 8).
	 */
	String subscribe(MeetingFilter filter, Locale locale) {
		UriComponentsBuilder feed = UriComponentsBuilder.fromUriString(site.link("/calendar.ics"));
		if (filter.process() != null) {
			feed.queryParam("process", filter.process());
		}
		if (filter.kind() != null) {
			feed.queryParam("kind", filter.kind().name());
		}
		if (filter.country() != null) {
			feed.queryParam("country", filter.country());
		}
		if (filter.status() != null) {
			feed.queryParam("status", filter.status().name());
		}
		feed.queryParam("lang", Language.of(locale).code());
		return feed.build().toUriString().replaceFirst("^https?://", "webcal://");
	}

	/** The webcal:// address of a person's private feed (with reserved meetings when they may see them). */
	String privateFeed(String token) {
		return site.webcal("/calendar/private/" + token + ".ics");
	}

	/** The https:// address of the same feed, for people who paste it into a calendar's "from URL" box. */
	String feed(MeetingFilter filter, Locale locale) {
		return subscribe(filter, locale).replaceFirst("^webcal://", site.base().startsWith("https") ? "https://" : "http://");
	}
}
