package org.puente.practices;

import java.util.List;

import org.puente.accounts.AccountSummary;
import org.puente.home.HomePanel;
import org.puente.i18n.Messages;
import org.springframework.stereotype.Component;

/**
 * The practices waiting for someone: on a secretariat's home those its conference's countries submitted, to review;
 * on a focal point's home its country's drafts and the practices returned with changes requested.
 */
@Component
class PracticesHomePanels implements HomePanel {

	private final PracticeCatalogue catalogue;

	PracticesHomePanels(PracticeCatalogue catalogue) {
		this.catalogue = catalogue;
	}

	@Override
	public List<Panel> panels(AccountSummary reader, Messages messages) {
		boolean reviewer = PracticePolicy.reviews(reader);
		if (!reviewer && !PracticePolicy.writesForCountry(reader)) {
			return List.of();
		}
		List<Item> items = catalogue.waitingFor(reader)
			.stream()
			.map(p -> Item.titled(p.text(messages.locale().getLanguage()).title(),
					p.textLanguage(messages.locale().getLanguage()), "/practices/" + p.getId(),
					messages.get("practices.status." + p.getStatus()), null,
					p.getStatus() == PracticeStatus.CHANGES_REQUESTED))
			.toList();
		String heading = reviewer ? "practices.home.toReview" : "practices.home.mine";
		return List.of(new Panel("practices", 40, messages.get(heading), items,
				messages.get("practices.home.none"), "/practices",
				messages.get("practices.list.heading")));
	}
}
