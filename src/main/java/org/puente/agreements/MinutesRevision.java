package org.puente.agreements;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.puente.accounts.AccountSummary;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Turns confirmed minutes into the register's agreements. Minutes that are a new version of minutes already confirmed
 * for the same calendar meeting revise the register instead of adding to it: an agreement whose number is in both
 * keeps its identity, status, progress notes and followers and takes the new text; one the new version no longer
 * holds is cancelled with a note; only new numbers become new agreements. Without this, a corrected Acta would
 * double the meeting's agreements on the public accountability page and halve its completion rate.
 */
@Component
class MinutesRevision {

	private final ReviewRepository reviews;

	private final AgreementRepository agreements;

	private final MessageSource messages;

	MinutesRevision(ReviewRepository reviews, AgreementRepository agreements, MessageSource messages) {
		this.reviews = reviews;
		this.agreements = agreements;
		this.messages = messages;
	}

	/** What confirming a review did to the register. */
	record Outcome(List<Agreement> created, List<Agreement> revised, List<Agreement> dropped) {

		List<Agreement> current() {
			List<Agreement> all = new ArrayList<>(created);
			all.addAll(revised);
			return all;
		}
	}

	Outcome confirm(Review review, AccountSummary reviewer, Instant now) {
		List<Review> earlier = review.getMeetingId() == null ? List.of()
				: reviews.findByMeetingIdAndStatus(review.getMeetingId(), ReviewStatus.CONFIRMED);
		Map<String, Agreement> standing = new LinkedHashMap<>();
		for (Review old : earlier) {
			agreements.findByReviewIdOrderByPosition(old.getId()).forEach(a -> standing.putIfAbsent(a.getNumber(), a));
		}
		List<ReviewItem> items = review.items();
		List<Agreement> created = new ArrayList<>();
		List<Agreement> revised = new ArrayList<>();
		List<Agreement> fresh = review.confirm(now);
		for (int i = 0; i < items.size(); i++) {
			Agreement same = standing.remove(items.get(i).number());
			if (same == null) {
				created.add(fresh.get(i));
			}
			else {
				same.revise(review, i, items.get(i), now);
				revised.add(same);
			}
		}
		String note = messages.getMessage("agreements.revision.dropped", new Object[] { review.getFileName() },
				Locale.forLanguageTag(review.getLanguage()));
		List<Agreement> dropped = new ArrayList<>();
		int position = items.size();
		for (Agreement gone : standing.values()) {
			gone.dropFrom(review, position++, note, reviewer.id(), reviewer.displayName(), now);
			dropped.add(gone);
		}
		earlier.forEach(old -> old.supersede(review, now));
		return new Outcome(created, revised, dropped);
	}
}
