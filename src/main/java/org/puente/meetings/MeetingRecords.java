package org.puente.meetings;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.puente.i18n.Messages;

/**
 * What another capability holds about a meeting — its minutes and agreements, its documents — for the meeting's
 * page, and who there should hear when the meeting changes. Capabilities implement it as a bean; the meeting page
 * and its notices ask every one of them, so the calendar never needs to know them.
 */
public interface MeetingRecords {

	/** Groups for the meeting's page, already in the reader's language and filtered for the signed-in reader. */
	List<Group> about(MeetingSummary meeting, Messages messages);

	/** Accounts to tell when the meeting's dates, place or status change (e.g. those responsible for its agreements). */
	default Set<UUID> concerned(MeetingSummary meeting) {
		return Set.of();
	}

	/** A heading and its links; {@code order} places the group on the page (minutes before documents). */
	record Group(String heading, List<Item> items, int order) {
	}

	/**
	 * One link; {@code state} is a short badge ("Cumplido"), {@code detail} a line under it. The link's words are
	 * {@code text} in the reader's language (may be empty), then {@code quote}, words shown as written (an
	 * agreement's, a document's title) in {@code quoteLanguage}, which the page marks when it is not the reader's; so is
	 * a {@code detail} in {@code detailLanguage} (an agreement's words under the link that names it: walk 17, Spanish
	 * read out with Portuguese rules).
	 */
	record Item(String text, String href, @Nullable String state, @Nullable String detail, @Nullable String quote,
			@Nullable String quoteLanguage, @Nullable String detailLanguage) {

		public Item(String text, String href, @Nullable String state, @Nullable String detail) {
			this(text, href, state, detail, null, null, null);
		}

		public Item(String text, String href, @Nullable String state, @Nullable String detail, @Nullable String quote,
				@Nullable String quoteLanguage) {
			this(text, href, state, detail, quote, quoteLanguage, null);
		}
	}
}
