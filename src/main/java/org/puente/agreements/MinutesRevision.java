package org.puente.agreements;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

import org.puente.accounts.AccountSummary;
import org.puente.audit.AuditedChange;
import org.puente.audit.AuditedEntity;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Turns confirmed minutes into the register's agreements. Minutes that are a new version of minutes already confirmed
 * for the same calendar meeting revise the register instead of adding to it: an agreement whose words are in both
 * (or nearly, whatever their number: {@link AgreementMatches}) keeps its identity, status, progress notes and
 * followers and takes the new text and number; one the new version no longer holds is cancelled with a note; only
 * new words become new agreements. It also decides which uploads are new
 * versions at all, and where a link to replaced minutes leads. Without this, a corrected Acta would
 * double the meeting's agreements on the public accountability page and halve its completion rate.
 */
@Component
class MinutesRevision {

	private final ReviewRepository reviews;

	private final AgreementRepository agreements;

	private final ApplicationEventPublisher events;

	private final MeetingTitleShown titles;

	MinutesRevision(ReviewRepository reviews, AgreementRepository agreements, ApplicationEventPublisher events,
			MeetingTitleShown titles) {
		this.titles = titles;
		this.reviews = reviews;
		this.agreements = agreements;
		this.events = events;
	}

	/** What confirming a review did to the register. */
	record Outcome(List<Agreement> created, List<Agreement> revised, List<Agreement> dropped) {

		List<Agreement> current() {
			List<Agreement> all = new ArrayList<>(created);
			all.addAll(revised);
			return all;
		}

		/** Whether the review replaced confirmed minutes: some agreements of theirs were revised or cancelled. */
		boolean newVersion() {
			return !revised.isEmpty() || !dropped.isEmpty();
		}
	}

	/**
	 * What confirming a review of a new version of minutes will do to the register, said beside its button before it
	 * is pressed (walk of 5 December evening #15: a number changed by mistake cancelled an agreement and made a new one
	 * without its progress, and nothing said so): the numbers kept, the agreements cancelled, the items made new ones.
	 * Empty lists for minutes that replace none.
	 */
	record Preview(List<String> kept, List<Numbered> cancelled, List<Numbered> created) {

		public boolean newVersion() { // public: the page's template asks
			return !kept.isEmpty() || !cancelled.isEmpty();
		}
	}

	/** An agreement or a proposed item named by its number and the start of its text, in its language. */
	record Numbered(String number, String text, String language) {
	}

	Preview preview(Review review) {
		List<Agreement> standing = standing(earlier(review));
		int[] matched = AgreementMatches.of(review.items(), standing);
		List<String> kept = new ArrayList<>();
		List<Numbered> created = new ArrayList<>();
		for (int i = 0; i < matched.length; i++) {
			ReviewItem item = review.items().get(i);
			if (matched[i] >= 0) {
				// an agreement renumbered says so: "5 → 4" is agreement 5's words, now no. 4
				String was = standing.get(matched[i]).getNumber();
				kept.add(was.equals(item.number()) ? item.number() : was + " → " + item.number());
			}
			else {
				created.add(new Numbered(item.number(), AgreementMeetingRecords.abbreviate(item.text()),
						review.getLanguage()));
			}
		}
		return new Preview(kept, unmatched(standing, matched).stream().map(a -> new Numbered(a.getNumber(),
				AgreementMeetingRecords.abbreviate(a.getText()), a.getLanguage())).toList(), created);
	}

	/** The standing agreements no item continues: the new version no longer holds their words. */
	private static List<Agreement> unmatched(List<Agreement> standing, int[] matched) {
		List<Agreement> gone = new ArrayList<>(standing);
		for (int j : matched) {
			if (j >= 0) {
				gone.set(j, null);
			}
		}
		gone.removeIf(Objects::isNull);
		return gone;
	}

	private List<Review> earlier(Review review) {
		return review.meeting().id() == null ? List.of()
				: reviews.findByMeetingIdAndStatus(review.meeting().id(), ReviewStatus.CONFIRMED);
	}

	/** The agreements of the earlier confirmed minutes, in their order. */
	private List<Agreement> standing(List<Review> earlier) {
		Map<UUID, Agreement> standing = new LinkedHashMap<>();
		for (Review old : earlier) {
			agreements.findByReviewIdOrderByPosition(old.getId()).forEach(a -> standing.putIfAbsent(a.getId(), a));
		}
		return new ArrayList<>(standing.values());
	}

	/** Confirms the review; {@code noneDeclared}: the reviewer records that the minutes hold no agreement. */
	Outcome confirm(Review review, AccountSummary reviewer, Instant now, boolean noneDeclared) {
		List<Review> earlier = earlier(review);
		List<Agreement> standing = standing(earlier);
		List<ReviewItem> items = review.confirm(now, noneDeclared);
		int[] matched = AgreementMatches.of(items, standing);
		List<Agreement> created = new ArrayList<>();
		List<Agreement> revised = new ArrayList<>();
		for (int i = 0; i < items.size(); i++) {
			Agreement same = matched[i] < 0 ? null : standing.get(matched[i]);
			if (same == null) {
				created.add(new Agreement(review, i, items.get(i), now));
			}
			else {
				same.revise(review, i, items.get(i), reviewer.id(), reviewer.displayName(), now);
				revised.add(same);
			}
		}
		List<Agreement> dropped = new ArrayList<>();
		int position = items.size();
		for (Agreement gone : unmatched(standing, matched)) {
			gone.dropFrom(review, position++, reviewer.id(), reviewer.displayName(), now);
			dropped.add(gone);
		}
		earlier.forEach(old -> old.supersede(review, now));
		return new Outcome(created, revised, dropped);
	}

	/**
	 * Refuses, before the file is read, what is known without reading it: the very same file for the same day's
	 * meeting, or any minutes for a calendar meeting that already has some unless they are said to be a new version.
	 */
	void admitFile(Reviews.Meeting meeting, String fileSha256) {
		refuseRepeats(meeting, earlier -> earlier.readFromFile(fileSha256));
	}

	/**
	 * Refuses the same minutes for the same day's meeting, and other minutes for a calendar meeting that already has
	 * some unless they are said to be a new version; a new version discards the earlier draft.
	 */
	void admit(Reviews.Meeting meeting, String text, Instant now) {
		for (Review earlier : refuseRepeats(meeting, earlier -> earlier.holds(text))) {
			if (earlier.getStatus() == ReviewStatus.DRAFT) {
				earlier.discard(now);
				events.publishEvent(new AgreementEvents.ReviewDiscarded(earlier.getId(), AuditedChange.updated(
						AuditedEntity.AGREEMENT_REVIEW, earlier.getId(), "Minutes under review replaced by a new version")
					.after(Map.of())));
			}
		}
	}

	/**
	 * Refuses minutes of the same day's meeting that are {@code sameMinutes} as earlier ones (the same file, or the
	 * same text), and minutes for a calendar meeting that already has some unless they are said to be a new version.
	 * Returns the earlier minutes of that calendar meeting, which a new version replaces.
	 */
	private List<Review> refuseRepeats(Reviews.Meeting meeting, Predicate<Review> sameMinutes) {
		List<Review> sameDay = sameDay(meeting);
		for (Review earlier : sameDay) {
			if (sameMinutes.test(earlier)) {
				throw new MinutesAlreadyUploaded(earlier, true, titles.of(earlier.meeting()));
			}
		}
		List<Review> sameMeeting = sameMeeting(meeting, sameDay);
		if (!sameMeeting.isEmpty() && !meeting.newVersion()) {
			Review last = sameMeeting.get(sameMeeting.size() - 1);
			throw new MinutesAlreadyUploaded(last, false, titles.of(last.meeting()));
		}
		return sameMeeting;
	}

	private List<Review> sameDay(Reviews.Meeting meeting) {
		return reviews.findByMeetingDateAndStatusNotOrderByCreatedAt(meeting.date(), ReviewStatus.DISCARDED);
	}

	private static List<Review> sameMeeting(Reviews.Meeting meeting, List<Review> sameDay) {
		return sameDay.stream()
			.filter(r -> meeting.meetingId() != null && meeting.meetingId().equals(r.meeting().id()))
			.toList();
	}

	/**
	 * Minutes confirmed as holding no agreement (walk of 5 December #8): the register has no row of theirs, so their
	 * page and their meeting's page are told of them here.
	 */
	Optional<Review> confirmedWithoutAgreements(UUID minutesId) {
		return reviews.findById(minutesId).filter(MinutesRevision::withoutAgreements);
	}

	/** The minutes of a calendar meeting confirmed as holding no agreement. */
	List<Review> confirmedWithoutAgreementsOf(UUID meetingId) {
		return reviews.findByMeetingIdAndStatus(meetingId, ReviewStatus.CONFIRMED).stream()
			.filter(MinutesRevision::withoutAgreements).toList();
	}

	private static boolean withoutAgreements(Review review) {
		return review.getStatus() == ReviewStatus.CONFIRMED && review.items().isEmpty();
	}

	/** The minutes that replaced these, following new version after new version; empty unless superseded. */
	Optional<UUID> replacementOf(UUID minutesId) {
		Optional<UUID> next = reviews.findById(minutesId).map(Review::getSupersededBy);
		Optional<UUID> last = Optional.empty();
		for (int hops = 0; next.isPresent() && hops < 100; hops++) {
			last = next;
			next = reviews.findById(next.get()).map(Review::getSupersededBy);
		}
		return last;
	}
}
