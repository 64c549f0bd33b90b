package org.puente.practices;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.puente.directory.Conference;

/**
 * A thematic session's prioritisation: the combined bi-regional ranking with each conference's, and the spread
 * between them. Scores are Borda points (a country's first of n practices gets n − 1 points, its last 0), averaged
 * over the countries of each conference that ranked and scaled to 0–100, so that each conference weighs the same
 * whatever its number of countries; the combined score is the mean of the two conferences' scores. Practices with
 * the same score share a place (1, 1, 3).
 *
 * @param countries the countries whose ranking is counted, by conference (Conference.CRM.name() → [MX, PA])
 * @param outdated countries whose ranking predates the session's current list of practices and is not counted
 */
record JointRanking(int session, int practices, List<Row> rows, java.util.Map<String, List<String>> countries,
		List<String> outdated) {

	/**
	 * A practice's place and scores; a conference's place and score are null when none of its countries ranked. The
	 * title is in the reader's language where the practice has it, else in its original one: {@code titleLanguage}
	 * says which, for the page's {@code lang} (walk 17: Spanish titles read out with Portuguese rules).
	 */
	record Row(UUID id, String title, String titleLanguage, String process, List<String> countries, int place, boolean tied, double score,
			@Nullable Integer crmPlace, @Nullable Double crmScore, @Nullable Integer csmPlace,
			@Nullable Double csmScore, @Nullable Integer spread) {

		/** The regions disagree when the conferences place it two or more places apart. */
		public boolean disagree() {
			return spread != null && spread >= 2;
		}
	}

	public boolean bothConferences() {
		return Conference.BOTH.stream().noneMatch(c -> countries.getOrDefault(c.name(), List.of()).isEmpty());
	}

	public boolean empty() {
		return countries.values().stream().allMatch(List::isEmpty);
	}
}
