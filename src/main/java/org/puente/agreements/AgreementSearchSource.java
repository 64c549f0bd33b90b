package org.puente.agreements;

import java.util.EnumSet;
import java.util.Locale;
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

	AgreementSearchSource(AgreementRepository agreements, SearchEntries entries, MessageSource messages) {
		super("agreement", EnumSet.of(SearchFacet.PROCESS, SearchFacet.YEAR));
		this.agreements = agreements;
		this.entries = entries;
		this.messages = messages;
	}

	@Override
	public Stream<SearchEntry> entries() {
		return agreements.findAll().stream().map(this::entry);
	}

	/** Confirmed agreements become searchable in the transaction that confirms them. */
	@EventListener
	void on(AgreementsConfirmed confirmed) {
		agreements.findAllById(confirmed.agreementIds()).forEach(a -> entries.put(entry(a)));
	}

	private SearchEntry entry(Agreement agreement) {
		String id = agreement.getId().toString();
		SearchEntry.Builder entry = SearchEntry.builder(type(), id, "/agreements/items/" + id)
			.text("es", agreement.getTheme())
			.text("es", agreement.getText())
			.processes(Conference.codes(agreement.meeting().processes()))
			.date(agreement.meeting().date());
		for (String lang : Language.CODES) {
			entry.title(lang, messages.getMessage("agreements.search.title",
					new Object[] { agreement.getNumber(), agreement.meeting().title() }, Locale.forLanguageTag(lang)));
		}
		return entry.build();
	}
}
