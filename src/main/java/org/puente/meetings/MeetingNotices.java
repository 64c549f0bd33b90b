package org.puente.meetings;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import org.jspecify.annotations.Nullable;
import org.puente.accounts.AccountSummary;
import org.puente.accounts.Accounts;
import org.puente.accounts.MailChoice;
import org.puente.accounts.UnsubscribeLinks;
import org.puente.directory.Directory;
import org.puente.notifications.Notices;
import org.puente.notifications.Notices.Letter;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells everyone a meeting's change concerns when its dates, place or status change — the secretariats that organise
 * it, the participating countries' focal points, the invited organisations' observers, its followers and the people responsible for the agreements about
 * it — each once, in their own language, saying what it was and what it is now, with the updated calendar entry
 * attached (METHOD:REQUEST, or CANCEL) so their calendar updates the event it already holds. Runs after the change
 * is committed.
 */
@Component
class MeetingNotices {

	/** Why a person receives a meeting's notice; the first that applies is named in the mail. */
	enum Reason {
		ORGANISER, FOCAL_POINT, OBSERVER, FOLLOWER, AGREEMENT
	}

	/** One recipient and the reason they are told. */
	record Recipient(AccountSummary account, Reason reason) {
	}

	private final MeetingRepository meetings;

	private final SubscriptionRepository subscriptions;

	private final Accounts accounts;

	private final MeetingIcs ics;

	private final Notices notices;

	private final MessageSource messages;

	private final List<MeetingRecords> records;

	private final Clock clock;

	private final Directory directory;

	private final UnsubscribeLinks unsubscribe;

	MeetingNotices(MeetingRepository meetings, SubscriptionRepository subscriptions, Accounts accounts,
			MeetingIcs ics, Notices notices, MessageSource messages, List<MeetingRecords> records, Clock clock,
			Directory directory, UnsubscribeLinks unsubscribe) {
		this.unsubscribe = unsubscribe;
		this.directory = directory;
		this.meetings = meetings;
		this.clock = clock;
		this.subscriptions = subscriptions;
		this.accounts = accounts;
		this.ics = ics;
		this.notices = notices;
		this.messages = messages;
		this.records = records;
	}

	@ApplicationModuleListener
	void on(MeetingChanged changed) {
		if (changed.isNotified()) {
			meetings.findById(changed.meetingId()).ifPresent(m -> notify(m, false, changed));
		}
	}

	/**
	 * A meeting just put on the calendar: everyone it concerns but its author, unless it is already over or
	 * cancelled (a secretariat recording a past meeting tells no one).
	 */
	@ApplicationModuleListener
	void on(MeetingInvited invited) {
		meetings.findById(invited.meetingId())
			.filter(m -> !m.getEndDate().isBefore(LocalDate.now(clock)) && m.getStatus() != MeetingStatus.CANCELLED
					&& m.getStatus() != MeetingStatus.HELD)
			.ifPresent(m -> send(m, Kind.SCHEDULED, null, invited.authorId()));
	}

	@ApplicationModuleListener
	void on(MeetingCancelled cancelled) {
		meetings.findById(cancelled.meetingId()).ifPresent(m -> notify(m, true, null));
	}

	int notify(Meeting m, boolean cancelled, @Nullable MeetingChanged changed) {
		return send(m, cancelled ? Kind.CANCELLED : Kind.CHANGED, changed, null);
	}

	/** Which notice: the message keys meetings.notice.scheduled/changed/cancelled.subject and .body. */
	private enum Kind {
		SCHEDULED, CHANGED, CANCELLED
	}

	private int send(Meeting m, Kind kind, @Nullable MeetingChanged changed, @Nullable UUID except) {
		boolean cancelled = kind == Kind.CANCELLED;
		String key = "meetings.notice." + kind.name().toLowerCase(Locale.ROOT);
		Map<UUID, Recipient> recipients = recipients(m);
		List<AccountSummary> to = recipients.values().stream().map(Recipient::account)
			.filter(a -> !a.id().equals(except)).toList();
		return notices.writeEach(to, (account, locale) -> {
			Reason reason = recipients.get(account.id()).reason();
			String title = m.title(locale);
			// the subjects use {0}, the title; the bodies all seven
			Letter letter = notices.letter(key + ".subject", key + ".body", locale, title,
					changed == null ? "" : whatChanged(m, changed, locale, account.zone()),
					m.summary().when(locale, account.zone()), place(m.place(), locale),
					text("meetings.status." + m.getStatus(), locale), ics.pageUrl(m),
					text("meetings.notice.reason." + reason, locale))
				.attaching(ics.attachment(m, new MeetingIcs.Options(cancelled ? ImmutableMethod.CANCEL
						: ImmutableMethod.REQUEST, null, locale, title, account.email())));
			// the mail program's "Unsubscribe" stops what the mail names as its reason: a follower stops following this
			// meeting (their own choice, made for it), anyone else switches meeting notices off (the account page's
			// switch, which covers every reason but following)
			return letter.unsubscribing(reason == Reason.FOLLOWER
					? unsubscribe.unfollow(MeetingFollows.KIND, account.id(), m.getId())
					: unsubscribe.unsubscribe(MailChoice.MEETING_NOTICES, account.id()));
		});
	}

	/** One line per change: "Fechas: 7–8 de septiembre de 2017 → 14–15 de septiembre de 2017". */
	private String whatChanged(Meeting m, MeetingChanged changed, Locale locale, @Nullable ZoneId reader) {
		MeetingChanged.Before before = changed.before();
		List<String> lines = new ArrayList<>();
		for (MeetingChange change : changed.changes()) {
			if (!change.isNotified()) {
				continue;
			}
			if (before == null) {
				lines.add(text("meetings.change." + change, locale));
				continue;
			}
			String[] oldAndNew = switch (change) {
				case DATES -> new String[] { when(before.dates(), locale, reader), m.summary().when(locale, reader) };
				case PLACE -> new String[] { place(before.place(), locale), place(m.place(), locale) };
				case STATUS -> new String[] { text("meetings.status." + before.status(), locale),
						text("meetings.status." + m.getStatus(), locale) };
				case DETAILS -> new String[] { "", "" };
			};
			lines.add(text("meetings.notice.from." + change, locale, oldAndNew[0], oldAndNew[1]));
		}
		return String.join("\n", lines);
	}

	/** Times in the recipient's zone as well as the meeting's (the account's zone: mails have no browser). */
	private static String when(MeetingDates d, Locale locale, @Nullable ZoneId reader) {
		return MeetingWhen.describe(d.precision(), d.startDate(), d.endDate(), d.startsAt(), d.endsAt(), d.timeZone(),
				reader, locale);
	}

	private String place(MeetingPlace place, Locale locale) {
		String where = MeetingIcs.location(place, locale);
		return where.isEmpty() ? text("meetings.notice.noPlace", locale) : where;
	}

	/**
	 * The organising conferences' secretariats, the participating countries' focal points, the invited organisations'
	 * observers and those other capabilities name (the people responsible for its agreements), unless they switched
	 * meeting notices off; then its followers: each once, and only if they may see it.
	 */
	Map<UUID, Recipient> recipients(Meeting m) {
		Map<UUID, Recipient> to = new LinkedHashMap<>();
		m.getProcesses()
			.forEach(p -> accounts.secretariatOf(p.name()).forEach(a -> to.putIfAbsent(a.id(), new Recipient(a, Reason.ORGANISER))));
		m.getParticipantCountries()
			.forEach(iso -> accounts.ofCountry(iso).forEach(a -> to.putIfAbsent(a.id(), new Recipient(a, Reason.FOCAL_POINT))));
		// the invited observer organisations' accounts (IOM, OAS, UNHCR), as the invited countries' focal points
		m.getParticipantOrganisations().stream()
			.flatMap(id -> directory.organisation(UUID.fromString(id)).stream())
			.flatMap(o -> accounts.observersOf(o.code()).stream())
			.forEach(a -> to.putIfAbsent(a.id(), new Recipient(a, Reason.OBSERVER)));
		MeetingSummary summary = m.summary();
		records.stream()
			.flatMap(r -> r.concerned(summary).stream())
			.map(accounts::byId)
			.flatMap(Optional::stream)
			.forEach(a -> to.putIfAbsent(a.id(), new Recipient(a, Reason.AGREEMENT)));
		// who switched meeting notices off is told only of the meetings they follow (observersOf leaves them out)
		to.values().removeIf(r -> !accounts.wantsMeetingNotices(r.account().id()));
		subscriptions.subscribersOf(m.getId())
			.stream()
			.map(accounts::byId)
			.flatMap(Optional::stream)
			.forEach(a -> to.putIfAbsent(a.id(), new Recipient(a, Reason.FOLLOWER)));
		to.values().removeIf(r -> !MeetingPolicy.maySee(m, Optional.of(r.account())));
		return to;
	}

	private String text(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, locale);
	}
}
