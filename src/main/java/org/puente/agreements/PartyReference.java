package org.puente.agreements;

import java.util.List;
import java.util.Optional;

import org.puente.minutes.ItemParty;

/**
 * An actor of the directory named in an agreement, or a person the directory does not know, named in the minutes
 * (id {@code text:} followed by the name as written).
 *
 * @param id directory id such as {@code role:PPT-CRM}, or {@code text:Kriti}
 * @param label its name in the language of the minutes
 */
public record PartyReference(String id, String label) {

	/** The id prefix of a party named in the minutes that is not in the directory. */
	static final String NAMED = "text:";

	/** Longest name kept for a named party (the stored id holds 60 characters). */
	private static final int LONGEST_NAME = 55;

	static PartyReference of(ItemParty party) {
		return new PartyReference(party.id(), party.label());
	}

	static List<PartyReference> of(List<ItemParty> parties) {
		return parties.stream().filter(p -> !p.id().startsWith(NAMED) || named(p.label()).isPresent())
			.map(PartyReference::of).toList();
	}

	/** A person named in the minutes, kept as written, when the name is short enough to be one. */
	static Optional<PartyReference> named(String name) {
		String label = name.strip().replaceAll("\\s+", " ");
		return label.isEmpty() || label.length() > LONGEST_NAME ? Optional.empty()
				: Optional.of(new PartyReference(NAMED + label, label));
	}
}
