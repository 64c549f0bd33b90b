package org.puente.search;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.hibernate.search.mapper.orm.Search;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rebuilds a capability's entries from its own tables when they are missing or were built by older code (its
 * {@link SearchSource#generation()} went up): on a first start, after an upgrade, or on demand. One node at a time
 * (a PostgreSQL advisory lock), each source in one transaction, so readers see the old entries or the new ones.
 */
@Component
class SourceRebuild {

	private static final Logger LOG = LoggerFactory.getLogger(SourceRebuild.class);

	private static final int BATCH = 200;

	private final List<SearchSource> sources;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	@PersistenceContext
	private EntityManager entityManager;

	SourceRebuild(List<SearchSource> sources, JdbcTemplate jdbc, TransactionTemplate transactions) {
		this.sources = sources;
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	/** Rebuilds the sources whose entries are older than their code. */
	void rebuildOutdated() {
		for (SearchSource source : sources) {
			transactions.executeWithoutResult(status -> {
				jdbc.queryForObject("select pg_advisory_xact_lock(hashtext('puente.search.rebuild'))", Object.class);
				Integer stored = jdbc.query("select generation from search_source where type = ?",
						(rs, i) -> rs.getInt(1), source.type()).stream().findFirst().orElse(null);
				if (stored == null || stored != source.generation()) {
					rebuild(source);
				}
			});
		}
	}

	/** Rebuilds every source's entries, whatever their generation (the operators' "rebuild everything"). */
	void rebuildAll() {
		for (SearchSource source : sources) {
			transactions.executeWithoutResult(status -> {
				jdbc.queryForObject("select pg_advisory_xact_lock(hashtext('puente.search.rebuild'))", Object.class);
				rebuild(source);
			});
		}
	}

	private void rebuild(SearchSource source) {
		long started = System.nanoTime();
		// the followers index the rebuilt rows; indexing each at commit here too would only hold them all in memory
		Search.session(entityManager).indexingPlanFilter(ctx -> ctx.exclude(IndexedEntry.class));
		Set<String> seen = new HashSet<>();
		try (Stream<SearchEntry> entries = source.entries()) {
			entries.forEach(entry -> {
				String key = SearchEntry.key(entry.type(), entry.id());
				IndexedEntry row = entityManager.find(IndexedEntry.class, key);
				if (row == null) {
					entityManager.persist(new IndexedEntry(entry));
				}
				else {
					row.update(entry);
				}
				seen.add(key);
				if (seen.size() % BATCH == 0) {
					entityManager.flush();
					entityManager.clear();
				}
			});
		}
		entityManager.flush();
		entityManager.clear();
		jdbc.update("update search_entry set deleted = true where type = ? and not deleted and not (id = any(?))",
				source.type(), seen.toArray(String[]::new));
		jdbc.update("""
				insert into search_source (type, generation) values (?, ?)
				on conflict (type) do update set generation = excluded.generation, rebuilt_at = now()""",
				source.type(), source.generation());
		LOG.info("Search entries of {} rebuilt from its tables: {} in {} ms", source.type(), seen.size(),
				(System.nanoTime() - started) / 1_000_000);
	}
}
