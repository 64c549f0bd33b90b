package org.puente.portal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.puente.accounts.AccountSummary;
import org.puente.audit.AuditAction;
import org.puente.audit.AuditNaming;
import org.puente.audit.AuditTrail;
import org.puente.home.HomePanel;
import org.puente.i18n.DateFormats;
import org.puente.i18n.Messages;
import org.springframework.stereotype.Component;

/**
 * "What changed recently": the public changes of the audit log, one line per thing changed (its latest change only,
 * so that ten edits of one meeting do not fill the list), each a link to what changed. Also an observer's "what is
 * new" on their home.
 */
@Component
class RecentChanges implements HomePanel {

	/**
	 * One line: when, what kind of change, what it was about, and where to see it (null if it has no page); {@code
	 * language} is that of the name when known, which the page marks when it is not the reader's (a name that fell
	 * back to another language); null for a stored summary.
	 */
	record Change(Instant at, AuditAction action, String summary, @Nullable String href, @Nullable String language) {

		/** The {@code lang} the line's name needs on a page in {@code locale}: its own where it differs, else none. */
		public @Nullable String langOn(Locale locale) {
			return language == null || language.equals(locale.getLanguage()) ? null : language;
		}
	}

	private final AuditTrail audit;

	private final AuditNaming naming;

	RecentChanges(AuditTrail audit, AuditNaming naming) {
		this.audit = audit;
		this.naming = naming;
	}

	/**
	 * The latest {@code limit} lines, each naming what changed as it is called now in the reader's language (walk 13
	 * #14), as stored when it no longer exists. Which lines are kept is decided on the stored summaries, as before.
	 */
	List<Change> latest(int limit, Locale locale) {
		List<AuditTrail.AuditSummary> kept = new ArrayList<>();
		Set<String> things = new HashSet<>();
		Set<String> lines = new HashSet<>();
		for (AuditTrail.AuditSummary entry : audit.recentPublicChanges(limit * 10)) {
			boolean newThing = things.add(entry.entity() + "/" + entry.entityId());
			boolean newLine = lines.add(entry.action() + "/" + entry.summary());
			if (!newThing || !newLine) {
				continue; // an older change of something already listed, or a line that would read the same
			}
			kept.add(entry);
			if (kept.size() == limit) {
				break;
			}
		}
		return naming.named(kept, locale).stream()
			.map(entry -> new Change(entry.at(), entry.action(), entry.summary(), href(entry), entry.language()))
			.toList();
	}

	/** The page of the thing changed, by the capability that owns it; deleted things have none. */
	static @Nullable String href(AuditTrail.AuditSummary entry) {
		if (entry.action() == AuditAction.DELETE || entry.entity() == null) {
			return null;
		}
		String id = entry.entityId();
		return switch (entry.entity()) {
			case MEETING -> "/meetings/" + id;
			case AGREEMENT -> "/agreements/items/" + id;
			case AGREEMENT_REVIEW -> "/agreements/minutes/" + id;
			case DOCUMENT, INPUT, DOCUMENT_COMMENT -> "/documents/" + id;
			case TERM, BIREGIONAL_DEFINITION -> "/glossary/terms/" + id;
			default -> null;
		};
	}

	@Override
	public List<Panel> panels(AccountSummary reader, Messages messages) {
		if (!PortalPolicy.followsRecentChanges(reader)) {
			return List.of();
		}
		List<Item> items = latest(8, messages.locale()).stream()
			.map(c -> c.language() == null
					? new Item(c.summary(), c.href() == null ? "/" : c.href(), messages.get("audit.action." + c.action()),
							DateFormats.forReader(c.at(), messages.locale()), false)
					: Item.titled(c.summary(), c.language(), c.href() == null ? "/" : c.href(),
							messages.get("audit.action." + c.action()), DateFormats.forReader(c.at(), messages.locale()),
							false))
			.toList();
		return List.of(new Panel("recent-changes", 10, messages.get("portal.home.recentChanges"), items,
				messages.get("portal.home.noChanges"), null, null));
	}
}
