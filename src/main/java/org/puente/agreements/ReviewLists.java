package org.puente.agreements;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.puente.accounts.AccountSummary;
import org.puente.accounts.Accounts;
import org.puente.directory.Conference;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The reviews a secretariat works on, listed for a script (walk of 5 December #3: the list answered 400). */
@Service
class ReviewLists {

	private final ReviewRepository reviews;

	private final Accounts accounts;

	ReviewLists(ReviewRepository reviews, Accounts accounts) {
		this.reviews = reviews;
		this.accounts = accounts;
	}

	/** A page of reviews and how many there are in all. */
	record Page(List<Review> reviews, int total) {
	}

	/**
	 * One page (from 1) of the reviews of the reader's conferences, the last changed first: for a secretariat, the
	 * minutes of its conference; for an administrator, all.
	 */
	@Transactional(readOnly = true)
	@PreAuthorize("hasAnyRole('ADMIN', 'SECRETARIAT')")
	public Page mine(@Nullable ReviewStatus status, int page, int size) {
		AccountSummary reader = accounts.current().orElseThrow();
		List<Review> all = reviews.findAll(Sort.by("updatedAt").descending()).stream()
			.filter(r -> status == null || r.getStatus() == status)
			.filter(r -> r.meeting().processes().stream().map(Conference::name).anyMatch(reader::mayEditProcess))
			.toList();
		int from = (int) Math.min(all.size(), (long) (page - 1) * size);
		return new Page(all.subList(from, Math.min(all.size(), from + size)), all.size());
	}
}
