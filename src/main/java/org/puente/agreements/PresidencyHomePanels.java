package org.puente.agreements;

import java.util.List;

import org.puente.accounts.AccountSummary;
import org.puente.home.HomePanel;
import org.puente.i18n.Messages;
import org.springframework.stereotype.Component;

/**
 * On a focal point's home, the presidency their country holds or will hold (walk19 #7): "Panamá holds the CRM's pro
 * tempore presidency from 1 January 2027", linked to what it inherits, with how many open agreements that is. Nothing
 * for a country that holds none, nor for other roles.
 */
@Component
class PresidencyHomePanels implements HomePanel {

	private final PresidencyHandover handover;

	PresidencyHomePanels(PresidencyHandover handover) {
		this.handover = handover;
	}

	@Override
	public List<Panel> panels(AccountSummary reader, Messages messages) {
		List<Item> items = AgreementPolicy.countryActedFor(reader).map(handover::heldBy).orElse(List.of()).stream()
			.map(held -> Item.of(handover.sentence(held, messages.locale()), held.href(),
					messages.get("agreements.presidency.inherits", handover.inherited(held.conference()).size())))
			.toList();
		// first on the home: what the country takes on before its own actions
		return items.isEmpty() ? List.of()
				: List.of(new Panel("presidency", 5, messages.get("agreements.home.presidency"), items, "",
						PresidencyHandover.PAGE, messages.get("agreements.home.presidencyAll")));
	}
}
