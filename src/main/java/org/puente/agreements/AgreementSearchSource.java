package org.puente.agreements;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Stream;

import org.puente.directory.Conference;
import org.puente.i18n.Language;
import org.puente.search.PublicSearchSource;
import org.puente.search.SearchEntries;
import org.puente.search.SearchEntry;
import org.puente.search.SearchFacet;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Confirmed agreements in the one search box: theme and text, found by process and by the year of their meeting.
 * The register is public, so every reader sees every agreement.
 */
@Component
class AgreementSearchSource extends PublicSearchSource {

	private final AgreementRepository agreements;

	private final SearchEntries entries;

	private final MessageSource messages;

	private final MeetingTitleShown titles;

	AgreementSearchSource(AgreementRepository agreements, SearchEntries entries, MessageSource messages,
			MeetingTitleShown titles) {
		super("agreement", EnumSet.of(SearchFacet.PROCESS, SearchFacet.YEAR));
		this.titles = titles;
		this.agreements = agreements;
		this.entries = entries;
		this.messages = messages;
	}

	@Override
	public Stream<SearchEntry> entries() {
		List<Agreement> all = agreements.findAll();
		Function<MeetingFacts, MeetingTitleShown.Shown> shown = titles.forAll(all.stream().map(Agreement::meeting).toList());
		return all.stream().map(a -> entry(a, shown.apply(a.meeting())));
	}

	/** Confirmed agreements become searchable in the transaction that confirms them. */
	@EventListener
	void on(AgreementsConfirmed confirmed) {
		List<Agreement> found = agreements.findAllById(confirmed.agreementIds());
		Function<MeetingFacts, MeetingTitleShown.Shown> shown = titles.forAll(found.stream().map(Agreement::meeting).toList());
		found.forEach(a -> entries.put(entry(a, shown.apply(a.meeting()))));
	}

	/** Its title in each language names the meeting as the calendar does in that language (walk 13 #8). */
	private SearchEntry entry(Agreement agreement, MeetingTitleShown.Shown meeting) {
		String id = agreement.getId().toString();
		SearchEntry.Builder entry = SearchEntry.builder(type(), id, "/agreements/items/" + id)
			.text("es", agreement.getTheme())
			.text("es", agreement.getText())
			.processes(Conference.codes(agreement.meeting().processes()))
			.date(agreement.meeting().date());
		for (String lang : Language.CODES) {
			entry.title(lang, messages.getMessage("agreements.search.title",
					new Object[] { agreement.getNumber(), meeting.in(Locale.forLanguageTag(lang)) },
					Locale.forLanguageTag(lang)));
		}
		return entry.build();
	}
}
