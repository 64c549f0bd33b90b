package org.puente.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps this node's Lucene index in step with {@code search_entry}, which every node writes to. Changes made on
 * this node are indexed at their commit already (Hibernate Search's listeners); this follower brings in everyone's,
 * every second. It reads the rows changed by transactions that had all finished when it looked (below the xmin of
 * a PostgreSQL snapshot), so a transaction that commits late, after others that started after it, is never skipped,
 * and it remembers that horizon next to the index. A node with no index, or one written by older code, rebuilds it
 * from the table. Removed entries stay in the table, marked deleted, so a node that was away hears of them too.
 */
@Component
class IndexFollower implements SmartLifecycle {

	private static final Logger LOG = LoggerFactory.getLogger(IndexFollower.class);

	/** Raise it when the index is laid out or analysed differently: every node then rebuilds its index. */
	static final int FORMAT = 6; // 6: Snowball stemmers (search11)

	private static final int BATCH = 500;

	private final EntityManagerFactory entityManagers;

	private final JdbcTemplate jdbc;

	private final SourceRebuild sources;

	private final boolean follow;

	private final boolean rebuild;

	private final long intervalMillis;

	private final @Nullable Path checkpointFile;

	private @Nullable ScheduledExecutorService executor;

	private volatile long horizon;

	IndexFollower(EntityManagerFactory entityManagers, JdbcTemplate jdbc, SourceRebuild sources,
			@Value("${puente.search.follow:true}") boolean follow,
			@Value("${puente.search.rebuild-on-start:false}") boolean rebuild,
			@Value("${puente.search.follow-interval-ms:1000}") long intervalMillis,
			@Value("${puente.search.index-dir:}") String indexDir,
			@Value("${spring.jpa.properties.hibernate.search.backend.directory.type:local-filesystem}") String directory) {
		this.entityManagers = entityManagers;
		this.jdbc = jdbc;
		this.sources = sources;
		this.follow = follow;
		this.rebuild = rebuild;
		this.intervalMillis = intervalMillis;
		// an index in memory starts empty: only one on disk can resume from where it stopped
		this.checkpointFile = indexDir.isBlank() || !"local-filesystem".equals(directory) ? null
				: Path.of(indexDir).resolve("puente-follower.properties");
	}

	@Override
	public void start() {
		if (rebuild) {
			sources.rebuildAll();
		}
		else {
			sources.rebuildOutdated();
		}
		if (!follow) {
			return;
		}
		Long saved = rebuild ? null : savedHorizon();
		if (saved == null) {
			rebuildIndex();
		}
		else {
			horizon = saved;
			catchUp();
		}
		executor = Executors.newSingleThreadScheduledExecutor(r -> {
			Thread thread = new Thread(r, "search-index-follower");
			thread.setDaemon(true);
			return thread;
		});
		executor.scheduleWithFixedDelay(this::followQuietly, intervalMillis, intervalMillis, TimeUnit.MILLISECONDS);
	}

	@Override
	public void stop() {
		if (executor != null) {
			executor.shutdownNow();
			executor = null;
		}
	}

	@Override
	public boolean isRunning() {
		return executor != null;
	}

	/** Empties this node's index and fills it again from the table (and remembers from where to follow). */
	synchronized void rebuildIndex() {
		long started = System.nanoTime();
		long from = currentHorizon();
		try (EntityManager em = entityManagers.createEntityManager()) {
			SearchSession session = Search.session(em);
			var indexer = session.massIndexer(IndexedEntry.class).threadsToLoadObjects(2).batchSizeToLoadObjects(100)
				// a new index, not an emptied one: fields laid out differently by older code must not linger
				.dropAndCreateSchemaOnStart(true)
				.mergeSegmentsOnFinish(true);
			indexer.type(IndexedEntry.class).reindexOnly("deleted = false");
			indexer.startAndWait();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while rebuilding the search index", ex);
		}
		horizon = from;
		save();
		LOG.info("Search index rebuilt from search_entry in {} ms", (System.nanoTime() - started) / 1_000_000);
		catchUp();
	}

	/** Indexes every change made below the current horizon since the last look; returns how many. */
	synchronized int catchUp() {
		long next = currentHorizon();
		int applied = 0;
		String afterXid = Long.toString(horizon);
		String afterId = "";
		while (true) {
			// pages in (transaction, id) order: one transaction may have changed more rows than a page holds
			List<String[]> rows = jdbc.query("""
					select changed_xid::text, id from search_entry
					where changed_xid >= ?::text::xid8 and changed_xid < ?::text::xid8
					  and (changed_xid, id) > (?::text::xid8, ?)
					order by changed_xid, id limit ?""", (rs, i) -> new String[] { rs.getString(1), rs.getString(2) },
					Long.toString(horizon), Long.toString(next), afterXid, afterId, BATCH);
			apply(rows.stream().map(r -> r[1]).toList());
			applied += rows.size();
			if (rows.size() < BATCH) {
				break;
			}
			afterXid = rows.get(rows.size() - 1)[0];
			afterId = rows.get(rows.size() - 1)[1];
		}
		if (applied > 0 && checkpointFile != null) {
			// on disk, the horizon may only move once what it covers is committed to the index
			Search.mapping(entityManagers).scope(IndexedEntry.class).workspace().flush();
		}
		horizon = next;
		save();
		return applied;
	}

	private void apply(List<String> ids) {
		if (ids.isEmpty()) {
			return;
		}
		try (EntityManager em = entityManagers.createEntityManager()) {
			SearchSession session = Search.session(em);
			for (IndexedEntry entry : em.createQuery("from IndexedEntry e where e.id in :ids", IndexedEntry.class)
				.setParameter("ids", ids)
				.getResultList()) {
				session.indexingPlan().addOrUpdate(entry);
			}
			session.indexingPlan().execute();
		}
	}

	private void followQuietly() {
		try {
			catchUp();
		}
		catch (RuntimeException ex) {
			// the database may be restarting: try again at the next tick, from the same horizon
			LOG.warn("Could not follow search entries: {}", ex.getMessage());
		}
	}

	private long currentHorizon() {
		return Long.parseLong(jdbc.queryForObject("select pg_snapshot_xmin(pg_current_snapshot())::text",
				String.class));
	}

	private @Nullable Long savedHorizon() {
		if (checkpointFile == null || !Files.isRegularFile(checkpointFile)) {
			return null;
		}
		Properties saved = new Properties();
		try (var in = Files.newInputStream(checkpointFile)) {
			saved.load(in);
		}
		catch (IOException ex) {
			return null;
		}
		boolean current = String.valueOf(FORMAT).equals(saved.getProperty("format"));
		return current ? Long.valueOf(saved.getProperty("horizon", "0")) : null;
	}

	private void save() {
		if (checkpointFile == null) {
			return;
		}
		Properties saved = new Properties();
		saved.setProperty("format", String.valueOf(FORMAT));
		saved.setProperty("horizon", String.valueOf(horizon));
		try {
			Files.createDirectories(checkpointFile.getParent());
			try (var out = Files.newOutputStream(checkpointFile)) {
				saved.store(out, "How far this node's search index has followed search_entry");
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
