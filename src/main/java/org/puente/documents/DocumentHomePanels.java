package org.puente.documents;

import java.util.List;
import java.util.Optional;

import org.puente.accounts.AccountSummary;
import org.puente.home.HomePanel;
import org.puente.i18n.DateFormats;
import org.puente.i18n.Messages;
import org.springframework.stereotype.Component;

/**
 * On a secretariat's home, the bi-regional inputs of its conference still on their way (drafted, agreed in a
 * conference); on an observer's, the newest documents they may read.
 */
@Component
class DocumentHomePanels implements HomePanel {

	private final Documents documents;

	DocumentHomePanels(Documents documents) {
		this.documents = documents;
	}

	@Override
	public List<Panel> panels(AccountSummary reader, Messages messages) {
		if (DocumentPolicy.followsLatest(reader)) {
			List<Item> items = documents.latest(Optional.of(reader), 6)
				.stream()
				.map(d -> Item.titled(d.title(messages.locale()), d.titleLanguage(messages.locale()), d.url(), null,
						messages.get("documents.kind." + d.kind()) + " · " + DateFormats.day(d.date(), messages.locale()),
						false))
				.toList();
			return List.of(new Panel("new-documents", 20, messages.get("documents.home.latest"), items,
					messages.get("documents.home.latestNone"), "/documents", messages.get("documents.home.all")));
		}
		if (DocumentPolicy.followsInputs(reader)) {
			List<Item> items = documents.visible(Optional.of(reader), DocumentKind.BIREGIONAL_INPUT, 1000)
				.stream()
				.filter(d -> d.inputState() == InputState.DRAFT || d.inputState() == InputState.AGREED_IN_CONFERENCE)
				.filter(d -> reader.isAdmin() || d.processes().contains(reader.processCode()))
				.limit(6)
				.map(d -> new Item("", "/documents/" + d.id(), messages.get("documents.state." + d.inputState()), null,
						false, d.title(messages.locale()), d.titleLanguage(messages.locale())))
				.toList();
			return List.of(new Panel("inputs-in-progress", 30, messages.get("documents.home.inputs"), items,
					messages.get("documents.home.inputsNone"), "/documents/inputs", messages.get("documents.home.board")));
		}
		return List.of();
	}

}
