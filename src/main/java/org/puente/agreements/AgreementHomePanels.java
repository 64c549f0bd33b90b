package org.puente.agreements;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.puente.accounts.AccountSummary;
import org.puente.directory.Conference;
import org.puente.home.HomePanel;
import org.puente.i18n.Messages;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * On a secretariat's home, the minutes waiting for their review and the agreements of their conference past their
 * deadline; on a focal point's, the actions their country is responsible for; on an observer's, the latest
 * agreements confirmed.
 */
@Component
class AgreementHomePanels implements HomePanel {

	private static final int SHOWN = 6;

	private final Agreements agreements;

	private final Reviews reviews;

	private final MyAgreements mine;

	private final MeetingTitleShown titles;

	private final AgreementBoard board;

	AgreementHomePanels(Agreements agreements, Reviews reviews, MyAgreements mine, MeetingTitleShown titles,
			AgreementBoard board) {
		this.board = board;
		this.titles = titles;
		this.mine = mine;
		this.agreements = agreements;
		this.reviews = reviews;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Panel> panels(AccountSummary reader, Messages messages) {
		if (AgreementPolicy.reviewsMinutes(reader)) {
			return List.of(minutesToReview(reader, messages), overdue(reader, messages));
		}
		return AgreementPolicy.reportsProgress(reader) ? List.of(myActions(reader, messages)) : List.of(latest(messages));
	}

	private Panel minutesToReview(AccountSummary reader, Messages messages) {
		List<Review> shown = reviews.drafts()
			.stream()
			.filter(r -> reader.isAdmin() || Conference.of(reader.processCode()).filter(r.meeting().processes()::contains).isPresent())
			.limit(SHOWN)
			.toList();
		var title = titles.forAll(shown.stream().map(Review::meeting).toList());
		// the calendar's title in the reader's language, else marked with its own (lang13, lang14)
		List<Item> items = shown.stream()
			.map(r -> new Item("", ReviewAddresses.of(r.getId()), null,
					messages.get("agreements.home.reviewDetail", r.meeting().date(), r.getCreatedByName()), false,
					title.apply(r.meeting()).title(), title.apply(r.meeting()).language()))
			.toList();
		return new Panel("minutes-to-review", 10, messages.get("agreements.home.toReview"), items,
				messages.get("agreements.home.toReviewNone"), "/agreements/reviews", messages.get("agreements.home.toReviewAll"));
	}

	private Panel overdue(AccountSummary reader, Messages messages) {
		// the six due the longest ago and the count, asked of PostgreSQL: a summary of every agreement was built to
		// show six (perf21)
		AgreementBoard.Page late = board.soonestDue(new Agreements.Filter(reader.isAdmin() ? null : reader.processCode(),
				null, null, null, null, true), SHOWN, agreements::summariesOf);
		List<Item> items = late.agreements().stream().map(a -> agreement(a, messages)).toList();
		return new Panel("overdue-agreements", 20, messages.get("agreements.home.overdue", late.tally().total()), items,
				messages.get("agreements.home.overdueNone"),
				"/agreements/board?overdue=true" + (reader.isAdmin() ? "" : "&process=" + reader.processCode()),
				messages.get("agreements.home.overdueAll"));
	}

	private Panel myActions(AccountSummary reader, Messages messages) {
		MyAgreements.Page open = mine.page(reader, 0, SHOWN);
		List<Item> items = open.open().stream()
			.map(a -> agreement(a.id(), a.number(), a.text(), a.language(), a.meetingTitle(), a.meetingTitleLanguage(),
					a.dueDate(), a.overdue(), messages))
			.toList();
		return new Panel("my-actions", 10, messages.get("agreements.home.mine", open.openCount()), items,
				messages.get("agreements.home.mineNone"), "/agreements/mine", messages.get("agreements.home.mineAll"));
	}

	private Panel latest(Messages messages) {
		List<Item> items = new ArrayList<>();
		// the first agreement of each set of minutes in the one list's order, which is that of the list of those
		// minutes alone: asking for that list again per minutes read every agreement again, six times (perf20)
		java.util.Map<java.util.UUID, AgreementSummary> firsts = new java.util.LinkedHashMap<>();
		agreements.list(Agreements.Filter.all()).forEach(a -> firsts.putIfAbsent(a.minutesId(), a));
		firsts.values()
			.stream()
			.limit(SHOWN)
			.forEach(a -> items.add(new Item("", "/agreements/minutes/" + a.minutesId(), null,
					messages.get("agreements.home.latestDetail", a.meetingDate()), false, a.meetingTitle(),
					a.meetingTitleLanguage())));
		return new Panel("latest-agreements", 30, messages.get("agreements.home.latest"), items,
				messages.get("agreements.home.latestNone"), "/agreements", messages.get("agreements.home.latestAll"));
	}

	private Item agreement(AgreementSummary a, Messages messages) {
		return agreement(a.id(), a.number(), a.text(), a.language(), a.meetingTitle(), a.meetingTitleLanguage(),
				a.dueDate(), a.overdue(), messages);
	}

	private Item agreement(java.util.UUID id, String number, String agreed, String language, String meetingTitle,
			@Nullable String meetingTitleLanguage, @Nullable LocalDate due, boolean overdue, Messages messages) {
		String detail = due == null ? meetingTitle
				: messages.get(overdue ? "agreements.home.wasDue" : "agreements.home.isDue", due);
		// "Acordo 5: " in the reader's language, the agreement's words in the minutes' (the message ends with them);
		// the line under it, when it names the meeting, in the meeting title's own language (lang13)
		return new Item(messages.get("agreements.meeting.item", number, ""), "/agreements/items/" + id,
				overdue ? messages.get("agreements.status.overdue") : null, detail, overdue,
				AgreementMeetingRecords.abbreviate(agreed), language, due == null ? meetingTitleLanguage : null);
	}

}
