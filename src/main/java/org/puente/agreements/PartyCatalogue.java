package org.puente.agreements;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.puente.minutes.MinutesReading;
import org.puente.seeds.SeedFiles;

/** Every actor a reviewer may name as responsible: the directory's entities, in the reader's language. */
class PartyCatalogue {

	/** One choice of the responsible-party list. */
	record Choice(String id, String label) {
	}

	private final List<String> ids;

	private final MinutesReading reading;

	PartyCatalogue(List<String> ids, MinutesReading reading) {
		this.ids = List.copyOf(ids);
		this.reading = reading;
	}

	static PartyCatalogue fromClasspath(MinutesReading reading) {
		List<String> ids = SeedFiles.csv("directory/entities.csv").stream().map(row -> row.get("id")).toList();
		return new PartyCatalogue(ids, reading);
	}

	/** Bodies first, then countries, each by name. */
	List<Choice> choices(Locale locale) {
		return ids.stream().map(id -> new Choice(id, reading.party(id, locale).label()))
			.sorted(Comparator.comparing((Choice c) -> c.id().startsWith("country:"))
				.thenComparing(Choice::label, java.text.Collator.getInstance(locale)))
			.toList();
	}

	/** The party's name in this language when the directory knows it; else the name stored with the agreement. */
	String label(PartyReference party, Locale locale) {
		return ids.contains(party.id()) ? reading.party(party.id(), locale).label() : party.label();
	}

	Optional<PartyReference> reference(String id, Locale locale) {
		if (id.startsWith(PartyReference.NAMED)) {
			return PartyReference.named(id.substring(PartyReference.NAMED.length()));
		}
		return ids.contains(id) ? Optional.of(PartyReference.of(reading.party(id, locale))) : Optional.empty();
	}
}
