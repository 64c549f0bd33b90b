package org.puente.documents;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.puente.accounts.AccountSummary;
import org.puente.home.HomePanel;
import org.puente.i18n.DateFormats;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * On a secretariat's home, the bi-regional inputs of its conference still on their way (drafted, agreed in a
 * conference); on an observer's, the newest documents they may read.
 */
@Component
class DocumentHomePanels implements HomePanel {

	private final DocumentStore store;

	private final Documents documents;

	private final MessageSource messages;

	DocumentHomePanels(DocumentStore store, Documents documents, MessageSource messages) {
		this.store = store;
		this.documents = documents;
		this.messages = messages;
	}

	@Override
	public List<Panel> panels(AccountSummary reader, Locale locale) {
		if (DocumentPolicy.followsLatest(reader)) {
			List<Item> items = documents.latest(Optional.of(reader), 6)
				.stream()
				.map(d -> Item.of(d.title(locale), d.url(), text("documents.kind." + d.kind(), locale) + " · "
						+ DateFormats.day(d.date(), locale)))
				.toList();
			return List.of(new Panel("new-documents", 20, text("documents.home.latest", locale), items,
					text("documents.home.latestNone", locale), "/documents", text("documents.home.all", locale)));
		}
		if (DocumentPolicy.followsInputs(reader)) {
			List<Item> items = store.visible(Optional.of(reader), "d.kind = 'BIREGIONAL_INPUT'", 1000)
				.stream()
				.filter(d -> d.inputState() == InputState.DRAFT || d.inputState() == InputState.AGREED_IN_CONFERENCE)
				.filter(d -> reader.isAdmin() || d.processes().contains(reader.processCode()))
				.limit(6)
				.map(d -> new Item(d.title(locale), "/documents/" + d.id(),
						text("documents.state." + d.inputState(), locale), null, false))
				.toList();
			return List.of(new Panel("inputs-in-progress", 30, text("documents.home.inputs", locale), items,
					text("documents.home.inputsNone", locale), "/documents/inputs", text("documents.home.board", locale)));
		}
		return List.of();
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}
}
