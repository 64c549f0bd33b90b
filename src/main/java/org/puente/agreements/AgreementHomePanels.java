package org.puente.agreements;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.puente.accounts.AccountSummary;
import org.puente.directory.Conference;
import org.puente.home.HomePanel;
import org.springframework.context.MessageSource;
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

	private final ReviewRepository reviews;

	private final MessageSource messages;

	private final MyAgreements mine;

	AgreementHomePanels(Agreements agreements, ReviewRepository reviews, MessageSource messages, MyAgreements mine) {
		this.mine = mine;
		this.agreements = agreements;
		this.reviews = reviews;
		this.messages = messages;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Panel> panels(AccountSummary reader, Locale locale) {
		if (AgreementPolicy.reviewsMinutes(reader)) {
			return List.of(minutesToReview(reader, locale), overdue(reader, locale));
		}
		return AgreementPolicy.reportsProgress(reader) ? List.of(myActions(reader, locale)) : List.of(latest(locale));
	}

	private Panel minutesToReview(AccountSummary reader, Locale locale) {
		List<Item> items = reviews.findByStatusOrderByUpdatedAtDesc(ReviewStatus.DRAFT)
			.stream()
			.filter(r -> reader.isAdmin() || Conference.of(reader.processCode()).filter(r.meeting().processes()::contains).isPresent())
			.limit(SHOWN)
			.map(r -> Item.of(r.meeting().title(), "/agreements/reviews/" + r.getId(),
					text("agreements.home.reviewDetail", locale, r.meeting().date(), r.getCreatedByName())))
			.toList();
		return new Panel("minutes-to-review", 10, text("agreements.home.toReview", locale), items,
				text("agreements.home.toReviewNone", locale), "/agreements/reviews", text("agreements.home.toReviewAll", locale));
	}

	private Panel overdue(AccountSummary reader, Locale locale) {
		List<AgreementSummary> late = agreements.list(new Agreements.Filter(reader.isAdmin() ? null : reader.processCode(),
				null, null, null, null, true));
		List<Item> items = late.stream()
			.sorted(java.util.Comparator.comparing(AgreementSummary::dueDate))
			.limit(SHOWN)
			.map(a -> agreement(a, locale))
			.toList();
		return new Panel("overdue-agreements", 20, text("agreements.home.overdue", locale, late.size()), items,
				text("agreements.home.overdueNone", locale),
				"/agreements/board?overdue=true" + (reader.isAdmin() ? "" : "&process=" + reader.processCode()),
				text("agreements.home.overdueAll", locale));
	}

	private Panel myActions(AccountSummary reader, Locale locale) {
		MyAgreements.Page open = mine.page(reader, 0, SHOWN);
		List<Item> items = open.open().stream()
			.map(a -> agreement(a.id(), a.number(), a.text(), a.meetingTitle(), a.dueDate(), a.overdue(), locale))
			.toList();
		return new Panel("my-actions", 10, text("agreements.home.mine", locale, open.openCount()), items,
				text("agreements.home.mineNone", locale), "/agreements/mine", text("agreements.home.mineAll", locale));
	}

	private Panel latest(Locale locale) {
		List<Item> items = new ArrayList<>();
		agreements.list(Agreements.Filter.all())
			.stream()
			.map(AgreementSummary::minutesId)
			.distinct()
			.limit(SHOWN)
			.forEach(minutes -> agreements.list(new Agreements.Filter(null, null, null, null, minutes, false))
				.stream()
				.findFirst()
				.ifPresent(a -> items.add(Item.of(a.meetingTitle(), "/agreements/minutes/" + minutes,
						text("agreements.home.latestDetail", locale, a.meetingDate())))));
		return new Panel("latest-agreements", 30, text("agreements.home.latest", locale), items,
				text("agreements.home.latestNone", locale), "/agreements", text("agreements.home.latestAll", locale));
	}

	private Item agreement(AgreementSummary a, Locale locale) {
		return agreement(a.id(), a.number(), a.text(), a.meetingTitle(), a.dueDate(), a.overdue(), locale);
	}

	private Item agreement(java.util.UUID id, String number, String agreed, String meetingTitle,
			@Nullable LocalDate due, boolean overdue, Locale locale) {
		String detail = due == null ? meetingTitle
				: text(overdue ? "agreements.home.wasDue" : "agreements.home.isDue", locale, due);
		return new Item(text("agreements.meeting.item", locale, number, AgreementMeetingRecords.abbreviate(agreed)),
				"/agreements/items/" + id, overdue ? text("agreements.status.overdue", locale) : null, detail, overdue);
	}

	private String text(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, locale);
	}
}
