package org.puente.agreements;

import java.util.Locale;

import org.springframework.stereotype.Component;

/**
 * The name of an agreement's party in the reader's language, for the pages (templates use it as
 * {@code @partyLabels}): a directory actor is named as the directory names it in that language; a person the
 * directory does not know keeps the name written in the minutes.
 */
@Component("partyLabels")
public class PartyLabels {

	private final PartyCatalogue catalogue;

	PartyLabels(PartyCatalogue catalogue) {
		this.catalogue = catalogue;
	}

	public String of(PartyReference party, Locale locale) {
		return catalogue.label(party, locale);
	}
}
