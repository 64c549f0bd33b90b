package org.puente.directory;

import java.time.Duration;
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
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The gazetteer as the running application knows it: the aliases in the {@code gazetteer_alias} table (seeded
 * from {@code directory/gazetteer.csv}, extended by the secretariats) over the shipped entities. The matcher is
 * rebuilt only when an alias changes — on this node or on another one on the same database: at most once every
 * {@code puente.directory.gazetteer-recheck-ms} (1 s) the node compares the table's count and highest id with those
 * it built from (ids are never reused, so an alias added, removed, or removed and another added changes them), the
 * way public pages follow {@code public_page_version}. Without it a node went on matching with the aliases it had
 * at its start while its own gazetteer page listed the new ones (ops13).
 */
@Service
public class GazetteerAliases {

	private final JdbcTemplate jdbc;

	private final ApplicationEventPublisher events;

	private final long recheckNanos;

	private final AtomicReference<@Nullable Built> cached = new AtomicReference<>();

	/** A matcher, the state of the table it was built from, and when that state was last found unchanged. */
	private record Built(Gazetteer gazetteer, String state, long checkedAt) {
	}

	GazetteerAliases(JdbcTemplate jdbc, ApplicationEventPublisher events,
			@Value("${puente.directory.gazetteer-recheck-ms:1000}") long recheckMillis) {
		this.jdbc = jdbc;
		this.events = events;
		this.recheckNanos = Duration.ofMillis(recheckMillis).toNanos();
	}

	/** The matcher over the current aliases: use it to find responsible parties in minutes. */
	public Gazetteer gazetteer() {
		Built current = cached.get();
		long now = System.nanoTime();
		if (current != null && now - current.checkedAt() < recheckNanos) {
			return current.gazetteer();
		}
		String state = jdbc.queryForObject("select count(*) || '/' || coalesce(max(id), 0) from gazetteer_alias",
				String.class);
		if (current == null || !current.state().equals(state)) {
			// read after the state: an alias added in between makes the next check rebuild again, never miss it
			current = new Built(new Gazetteer(aliases().stream().map(AliasRow::entry).toList(),
					Gazetteer.entitiesFromClasspath()), String.valueOf(state), now);
		}
		else {
			current = new Built(current.gazetteer(), current.state(), now);
		}
		cached.set(current);
		return current.gazetteer();
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
