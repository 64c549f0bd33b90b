package org.puente.directory;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;

import org.jspecify.annotations.Nullable;
import org.puente.audit.AuditedEntity;
import org.puente.audit.AuditedChange;
import org.puente.i18n.Language;
import org.puente.refusal.RefusalKind;
import org.puente.refusal.RefusedException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The gazetteer as the running application knows it: the aliases in the {@code gazetteer_alias} table (seeded
 * from {@code directory/gazetteer.csv}, extended by the secretariats) over the shipped entities. The matcher is
 * rebuilt only when an alias changes.
 */
@Service
public class GazetteerAliases {

	private final JdbcTemplate jdbc;

	private final ApplicationEventPublisher events;

	private final AtomicReference<@Nullable Gazetteer> cached = new AtomicReference<>();

	GazetteerAliases(JdbcTemplate jdbc, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.events = events;
	}

	/** The matcher over the current aliases: use it to find responsible parties in minutes. */
	public Gazetteer gazetteer() {
		Gazetteer current = cached.get();
		if (current == null) {
			current = new Gazetteer(aliases().stream().map(AliasRow::entry).toList(), Gazetteer.entitiesFromClasspath());
			cached.set(current);
		}
		return current;
	}

	/** Text → the entities named in it, with labels in the reader's language. */
	public List<Found> lookup(String text, Locale locale) {
		Gazetteer g = gazetteer();
		return g.find(text)
			.stream()
			.map(m -> new Found(m.text(), m.start(), m.end(),
					m.entityIds().stream().map(id -> new Entity(id, g.label(id, locale))).toList()))
			.toList();
	}

	List<AliasRow> aliases() {
		return jdbc.query("select id, alias, lang, entity_ids from gazetteer_alias order by entity_ids, lang, alias",
				(rs, i) -> new AliasRow(rs.getLong("id"), rs.getString("alias"), rs.getString("lang"),
						List.of(rs.getString("entity_ids").trim().split("\\s+"))));
	}

	@PreAuthorize("hasAnyRole('ADMIN', 'SECRETARIAT')")
	@Transactional
	void add(String alias, String lang, String entityIds) {
		List<String> ids = Arrays.stream(entityIds.trim().split("\\s+")).filter(s -> !s.isBlank()).toList();
		if (alias.isBlank() || ids.isEmpty() || !Language.isCode(lang)) {
			throw new RefusedException(RefusalKind.INVALID, "directory.gazetteer.invalid");
		}
		for (String id : ids) {
			if (gazetteer().entity(id).isEmpty()) {
				throw new RefusedException(RefusalKind.INVALID, "directory.gazetteer.unknownEntity", id);
			}
		}
		int added = jdbc.update("insert into gazetteer_alias (alias, lang, entity_ids) values (?, ?, ?) "
				+ "on conflict (alias, lang) do nothing", alias.strip(), lang, String.join(" ", ids));
		if (added == 0) {
			throw new RefusedException(RefusalKind.CONFLICT, "directory.gazetteer.duplicate", alias.strip());
		}
		events.publishEvent(new DirectoryEvents.GazetteerAliasChanged(alias.strip(), AuditedChange
			.created(AuditedEntity.GAZETTEER_ALIAS, alias.strip(),
					"Alias «" + alias.strip() + "» → " + String.join(" ", ids))
			.after(java.util.Map.of("alias", alias.strip(), "lang", lang, "entities", ids))));
		cached.set(null);
	}

	@PreAuthorize("hasAnyRole('ADMIN', 'SECRETARIAT')")
	@Transactional
	void remove(long id) {
		var rows = aliases().stream().filter(a -> a.id() == id).toList();
		if (rows.isEmpty()) {
			throw new org.puente.refusal.NotFoundException("directory.gazetteer.notFound");
		}
		jdbc.update("delete from gazetteer_alias where id = ?", id);
		events.publishEvent(new DirectoryEvents.GazetteerAliasChanged(rows.get(0).alias(), AuditedChange
			.deleted(AuditedEntity.GAZETTEER_ALIAS, id, "Alias «" + rows.get(0).alias() + "»").before(rows.get(0))));
		cached.set(null);
	}

	/** One alias as stored. */
	record AliasRow(long id, String alias, String lang, List<String> entityIds) {
		GazetteerEntry entry() {
			return new GazetteerEntry(alias, lang, entityIds);
		}
	}

	/** A stretch of the text that names one or more entities. */
	public record Found(String text, int start, int end, List<Entity> entities) {
	}

	/** An entity found, labelled in the reader's language. */
	public record Entity(String id, String label) {
	}
}
