package org.puente.agreements;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.puente.accounts.AccountSummary;
import org.puente.i18n.Messages;
import org.puente.meetings.MeetingRecords;
import org.puente.meetings.MeetingSummary;
import org.springframework.stereotype.Component;

/**
 * On a meeting's page, the minutes read for it and the agreements they hold, each with where it stands; and, when
 * the meeting changes, the people responsible for its agreements and for the agreements that called for it (an
 * agreement that says "a meeting in Brussels on 7 and 8 September" is about the meeting held then).
 */
@Component
class AgreementMeetingRecords implements MeetingRecords {

	private final Agreements agreements;

	private final AgreementNotices notifier;

	private final MinutesRevision revision;

	AgreementMeetingRecords(Agreements agreements, AgreementNotices notifier, MinutesRevision revision) {
		this.agreements = agreements;
		this.notifier = notifier;
		this.revision = revision;
	}

	@Override
	public List<Group> about(MeetingSummary meeting, Messages messages) {
		List<AgreementSummary> own = agreements.list(Agreements.Filter.all())
			.stream()
			.filter(a -> meeting.id().equals(a.meetingId()))
			.toList();
		List<Group> groups = new ArrayList<>();
		Map<UUID, List<AgreementSummary>> byMinutes = new LinkedHashMap<>();
		own.forEach(a -> byMinutes.computeIfAbsent(a.minutesId(), k -> new ArrayList<>()).add(a));
		List<Item> minutes = new ArrayList<>(byMinutes.entrySet()
			.stream()
			.map(e -> new Item("", "/agreements/minutes/" + e.getKey(), null,
					messages.get("agreements.meeting.minutesCount", e.getValue().size()), e.getValue().get(0).meetingTitle(),
					e.getValue().get(0).meetingTitleLanguage()))
			.toList());
		// minutes reviewed and recorded as holding no agreement: the meeting says they were reviewed (walk 8, #8)
		revision.confirmedWithoutAgreementsOf(meeting.id()).forEach(r -> minutes.add(new Item("",
				"/agreements/minutes/" + r.getId(), null, messages.get("agreements.meeting.minutesNone"),
				meeting.title(messages.locale()), meeting.titleLanguageShown(messages.locale()))));
		if (!minutes.isEmpty()) {
			groups.add(new Group(messages.get("agreements.meeting.minutes"), minutes, 10));
		}
		if (!byMinutes.isEmpty()) {
			groups.add(new Group(messages.get("agreements.meeting.agreements"), own.stream()
				.map(a -> new Item(messages.get("agreements.meeting.item", a.number(), ""),
						"/agreements/items/" + a.id(), state(a, messages),
						a.dueDate() == null ? null : messages.get("agreements.meeting.due", a.dueDate()),
						abbreviate(a.text()), a.language()))
				.toList(), 20));
		}
		List<Item> calling = calledFor(meeting).stream()
			.map(a -> new Item(messages.get("agreements.meeting.calledBy", a.number(), a.meetingTitle()),
					"/agreements/items/" + a.id(), state(a, messages), abbreviate(a.text()), null, null, a.language()))
			.toList();
		groups.add(new Group(messages.get("agreements.meeting.calledFor"), calling, 25));
		return groups;
	}

	@Override
	public Set<UUID> concerned(MeetingSummary meeting) {
		Set<UUID> to = new LinkedHashSet<>();
		List<AgreementSummary> related = new ArrayList<>(calledFor(meeting));
		agreements.list(Agreements.Filter.all())
			.stream()
			.filter(a -> meeting.id().equals(a.meetingId()) && a.status().isOpen())
			.forEach(related::add);
		for (AgreementSummary a : related) {
			a.responsible()
				.forEach(p -> notifier.accountsActingFor(p.id(), a)
					.stream()
					.map(AccountSummary::id)
					.forEach(to::add));
		}
		return to;
	}

	/** Open agreements of other meetings that set an event on this meeting's days, for one of its conferences. */
	private List<AgreementSummary> calledFor(MeetingSummary meeting) {
		return agreements.list(Agreements.Filter.all())
			.stream()
			.filter(a -> !meeting.id().equals(a.meetingId()))
			.filter(a -> meeting.processes().isEmpty() || a.processes().stream().anyMatch(meeting.processes()::contains))
			.filter(a -> a.dates()
				.stream()
				.anyMatch(d -> d.kind() == DateKind.EVENT && !d.start().isAfter(meeting.endDate())
						&& !d.end().isBefore(meeting.startDate())))
			.toList();
	}

	private String state(AgreementSummary a, Messages messages) {
		String status = messages.get("agreements.status." + a.status());
		return a.overdue() ? status + " · " + messages.get("agreements.status.overdue") : status;
	}

	/** An agreement's text on one line, cut at a word near 140 characters. */
	static String abbreviate(String text) {
		String flat = text.replaceAll("\\s+", " ").strip();
		if (flat.length() <= 140) {
			return flat;
		}
		int cut = flat.lastIndexOf(' ', 139);
		return flat.substring(0, cut > 80 ? cut : 139) + "…";
	}

}
