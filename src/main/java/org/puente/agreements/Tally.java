package org.puente.agreements;

import java.util.Collection;

/**
 * How far a set of agreements got, like Decidim's accountability: counts per status and the share done.
 *
 * @param percentDone done out of all that were not cancelled, 0 to 100
 */
public record Tally(int total, int pending, int inProgress, int done, int cancelled, int overdue, int percentDone) {

	public static Tally of(Collection<AgreementSummary> agreements) {
		int pending = 0, inProgress = 0, done = 0, cancelled = 0, overdue = 0;
		for (AgreementSummary a : agreements) {
			switch (a.status()) {
				case PENDING -> pending++;
				case IN_PROGRESS -> inProgress++;
				case DONE -> done++;
				case CANCELLED -> cancelled++;
			}
			if (a.overdue()) {
				overdue++;
			}
		}
		return of(pending, inProgress, done, cancelled, overdue);
	}

	/** The tally of these counts (as PostgreSQL counted them for a board's filter). */
	static Tally of(int pending, int inProgress, int done, int cancelled, int overdue) {
		int total = pending + inProgress + done + cancelled;
		int live = total - cancelled;
		int percent = live == 0 ? 0 : Math.round(100f * done / live);
		return new Tally(total, pending, inProgress, done, cancelled, overdue, percent);
	}

	/** Share of all agreements in a status, 0 to 100, for the bar's segments. */
	public int percentOf(AgreementStatus status) {
		if (total == 0) {
			return 0;
		}
		int n = switch (status) {
			case PENDING -> pending;
			case IN_PROGRESS -> inProgress;
			case DONE -> done;
			case CANCELLED -> cancelled;
		};
		return Math.round(100f * n / total);
	}
}
