package org.puente.meetings;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import org.puente.accounts.AccountSummary;
import org.puente.accounts.Accounts;
import org.puente.notifications.Notice;
import org.puente.notifications.Notices;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells the participating countries' focal points and the meeting's subscribers when its dates, place or status
 * change, each in their own language, with the updated calendar entry attached (METHOD:REQUEST, or CANCEL) so
 * their calendar updates the event it already holds. Runs after the change is committed.
 */
@Component
class MeetingNotices {

	private final MeetingRepository meetings;

	private final SubscriptionRepository subscriptions;

	private final Accounts accounts;

	private final MeetingIcs ics;

	private final Notices notices;

	private final MessageSource messages;

	MeetingNotices(MeetingRepository meetings, SubscriptionRepository subscriptions, Accounts accounts,
			MeetingIcs ics, Notices notices, MessageSource messages) {
		this.meetings = meetings;
		this.subscriptions = subscriptions;
		this.accounts = accounts;
		this.ics = ics;
		this.notices = notices;
		this.messages = messages;
	}

	@ApplicationModuleListener
	void on(MeetingChanged changed) {
		if (changed.isNotified()) {
			meetings.findById(changed.meetingId()).ifPresent(m -> notify(m, false, changed.changes()
				.stream()
				.filter(MeetingChange::isNotified)
				.map(c -> "meetings.change." + c.name())
				.toList()));
		}
	}

	@ApplicationModuleListener
	void on(MeetingCancelled cancelled) {
		meetings.findById(cancelled.meetingId()).ifPresent(m -> notify(m, true, List.of("meetings.change.STATUS")));
	}

	int notify(Meeting m, boolean cancelled, List<String> changeKeys) {
		int sent = 0;
		for (AccountSummary reader : recipients(m).values()) {
			Locale locale = Locale.forLanguageTag(reader.language());
			String title = m.title(locale);
			String body = ics.write(List.of(m), new MeetingIcs.Options(cancelled ? ImmutableMethod.CANCEL
					: ImmutableMethod.REQUEST, null, locale, title, reader.email()));
			String changes = changeKeys.stream()
				.map(k -> messages.getMessage(k, null, locale))
				.collect(Collectors.joining(", "));
			String subject = messages.getMessage(cancelled ? "meetings.notice.cancelled.subject"
					: "meetings.notice.changed.subject", new Object[] { title }, locale);
			String text = messages.getMessage(cancelled ? "meetings.notice.cancelled.body" : "meetings.notice.changed.body",
					new Object[] { title, m.summary().when(locale), ics.location(m, locale), changes,
							messages.getMessage("meetings.status." + m.getStatus(), null, locale), ics.pageUrl(m) },
					locale);
			String method = cancelled ? "CANCEL" : "REQUEST";
			Notice notice = new Notice(List.of(reader.email()), subject, text, List.of(new Notice.Attachment(
					"meeting.ics", "text/calendar; method=" + method + "; charset=UTF-8",
					body.getBytes(StandardCharsets.UTF_8))));
			if (notices.send(notice)) {
				sent++;
			}
		}
		return sent;
	}

	/** Focal points of the participating countries and the subscribers, once each, who may see the meeting. */
	Map<UUID, AccountSummary> recipients(Meeting m) {
		Map<UUID, AccountSummary> to = new LinkedHashMap<>();
		m.getParticipantCountries().forEach(iso -> accounts.ofCountry(iso).forEach(a -> to.putIfAbsent(a.id(), a)));
		subscriptions.subscribersOf(m.getId())
			.stream()
			.map(accounts::byId)
			.flatMap(Optional::stream)
			.forEach(a -> to.putIfAbsent(a.id(), a));
		to.values().removeIf(a -> !m.isVisibleTo(Meetings.readsReserved(Optional.of(a))));
		return to;
	}
}
