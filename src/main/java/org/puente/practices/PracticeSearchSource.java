package org.puente.practices;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;

import org.puente.search.PublicSearchSource;
import org.puente.search.SearchEntries;
import org.puente.search.SearchEntry;
import org.puente.search.SearchFacet;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Accepted good practices in the one search box: title, summary, why and how in every language they were written
 * in, found by conference, thematic session, Global Compact objective, language and the year they started. Only
 * accepted practices are entered, and they are public.
 */
@Component
class PracticeSearchSource extends PublicSearchSource {

	private final PracticeRepository practices;

	private final SearchEntries entries;

	PracticeSearchSource(PracticeRepository practices, SearchEntries entries) {
		super("practice", EnumSet.of(SearchFacet.PROCESS, SearchFacet.SESSION, SearchFacet.OBJECTIVE,
				SearchFacet.LANG, SearchFacet.YEAR));
		this.practices = practices;
		this.entries = entries;
	}

	@Override
	public Stream<SearchEntry> entries() {
		return practices.findByStatus(PracticeStatus.ACCEPTED).stream().map(this::entry);
	}

	/** An accepted practice is searchable from the transaction that accepted it. */
	@EventListener
	void on(PracticeEvents.PracticeReviewed reviewed) {
		if (reviewed.status() == PracticeStatus.ACCEPTED) {
			practices.findById(reviewed.practiceId()).ifPresent(this::index);
		}
	}

	/** Puts the practice's entry, once it is accepted. */
	void index(Practice practice) {
		if (practice.getStatus() == PracticeStatus.ACCEPTED) {
			entries.put(entry(practice));
		}
	}

	private SearchEntry entry(Practice practice) {
		String id = practice.getId().toString();
		SearchEntry.Builder entry = SearchEntry.builder(type(), id, "/practices/" + id)
			.processes(List.of(practice.getProcess()))
			.sessions(practice.getThematicSessions())
			.objectives(practice.getObjectives())
			.date(LocalDate.of(practice.getPeriodFrom(), 1, 1));
		practice.getTexts().forEach((lang, text) -> {
			entry.title(lang, text.title());
			entry.text(lang, text.summary() + "\n" + text.why() + "\n" + text.how());
			entry.languages(List.of(lang));
		});
		entry.text(practice.getOriginalLanguage(), practice.getResults());
		return entry.build();
	}
}
