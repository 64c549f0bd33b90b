package org.puente.agreements;

import java.util.List;

import org.puente.minutes.ItemParty;

/**
 * An actor of the directory named in an agreement.
 *
 * @param id directory id such as {@code role:PPT-CRM}
 * @param label its name in the language of the minutes
 */
public record PartyReference(String id, String label) {

	static PartyReference of(ItemParty party) {
		return new PartyReference(party.id(), party.label());
	}

	static List<PartyReference> of(List<ItemParty> parties) {
		return parties.stream().filter(p -> !p.id().startsWith("text:")).map(PartyReference::of).toList();
	}
}
