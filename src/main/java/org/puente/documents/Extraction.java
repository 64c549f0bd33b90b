package org.puente.documents;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Extracts and indexes the text of each new version in the background, on db-scheduler (cluster-safe: one node
 * per version). The upload is scheduled once its transaction has committed; at start-up any version left
 * pending by a crash is scheduled again. A file Tika cannot read marks the version FAILED with the reason; the bytes
 * stay downloadable.
 */
@Configuration(proxyBeanMethods = false)
class Extraction {

	private static final Logger LOG = LoggerFactory.getLogger(Extraction.class);

	static final String TASK = "documents-extract";

	private final JdbcTemplate jdbc;

	private final TextReader reader;

	private final DocumentSearchEntries index;

	private final TransactionTemplate tx;

	private final ObjectProvider<SchedulerClient> scheduler;

	/**
	 * A version is read by one thread of this node at a time; a second caller waits and then finds it done. The demo
	 * loader reads each seed itself (it needs the text next) while the upload's scheduled execution reads it too, and
	 * the claim below takes over a version marked as being read (right for a dead node's execution, not for a live
	 * one): ops13's demo start read 5 of its 16 versions twice. Striped, so unrelated versions rarely wait.
	 */
	private final Object[] stripes = java.util.stream.Stream.generate(Object::new).limit(64).toArray();

	Extraction(JdbcTemplate jdbc, TextReader reader, DocumentSearchEntries index, TransactionTemplate tx,
			@Lazy ObjectProvider<SchedulerClient> scheduler) {
		this.jdbc = jdbc;
		this.reader = reader;
		this.index = index;
		this.tx = tx;
		this.scheduler = scheduler;
	}

	@Bean
	OneTimeTask<Void> documentExtractionTask() {
		return Tasks.oneTime(TASK).execute((instance, context) -> {
			String[] parts = instance.getId().split("/");
			run(UUID.fromString(parts[0]), Integer.parseInt(parts[1]));
		});
	}

	/**
	 * Versions left pending by a stop between commit and scheduling are picked up when the application starts.
	 * (A RecurringTask sweep would be nicer, but the scheduler configuration registers recurring task beans twice;
	 * see the report.)
	 */
	@org.springframework.context.event.EventListener(org.springframework.boot.context.event.ApplicationReadyEvent.class)
	void sweep() {
		jdbc.update("update document_version set extraction_status = 'PENDING' where extraction_status = 'RUNNING'");
		jdbc.query("""
				select document_id, number from document_version where extraction_status in ('PENDING', 'RUNNING')""",
				(org.springframework.jdbc.core.RowCallbackHandler) rs -> schedule(rs.getObject(1, UUID.class),
						rs.getInt(2)));
	}

	/**
	 * After the upload committed, on another thread, recorded in the event publication registry until it has
	 * returned (an incomplete publication is resubmitted; scheduling is idempotent).
	 */
	@ApplicationModuleListener
	void on(DocumentVersionUploaded uploaded) {
		schedule(uploaded.documentId(), uploaded.number());
	}

	private void schedule(UUID documentId, int number) {
		SchedulerClient client = scheduler.getIfAvailable();
		if (client == null) {
			run(documentId, number); // no scheduler in this run: extract right away
			return;
		}
		client.scheduleIfNotExists(documentExtractionTask().instance(documentId + "/" + number), Instant.now());
	}

	@ApplicationModuleListener
	void on(Documents.DocumentMetadataChanged changed) {
		tx.executeWithoutResult(status -> index.reindex(changed.documentId()));
	}

	/**
	 * Reads, stores and indexes one version's text; safe to call twice (once done, a second call finds nothing to
	 * do). A version left RUNNING is taken over: db-scheduler runs one execution at a time, and this node's callers
	 * read one after the other (the stripes), so a RUNNING version seen here was left by a node that died
	 * mid-extraction and whose execution is now run again.
	 */
	void run(UUID documentId, int number) {
		synchronized (stripes[Math.floorMod(Objects.hash(documentId, number), stripes.length)]) {
			readOnce(documentId, number);
		}
	}

	private void readOnce(UUID documentId, int number) {
		int claimed = jdbc.update("""
				update document_version set extraction_status = 'RUNNING'
				where document_id = ? and number = ? and extraction_status in ('PENDING', 'RUNNING')""", documentId,
				number);
		if (claimed == 0) {
			return;
		}
		List<byte[]> content = jdbc.queryForList(
				"select content from document_version where document_id = ? and number = ?", byte[].class, documentId,
				number);
		if (content.isEmpty()) { // withdrawn since it was claimed
			return;
		}
		byte[] bytes = content.get(0);
		String name = documentId + " version " + number;
		try {
			ReadText read = reader.readInBackground(bytes, name);
			Boolean stored = tx.execute(status -> {
				// The document's row first, as an upload and a withdrawal take it (DocumentStore): locked in the other
				// order, a review discarded while its version was read deadlocked (the discard answered 503).
				jdbc.queryForList("select id from document where id = ? for no key update", documentId);
				int updated = jdbc.update("""
						update document_version set extraction_status = 'DONE', extracted_text = ?, truncated = ?,
						  extraction_error = null
						where document_id = ? and number = ?""", read.text(), read.truncated(), documentId, number);
				if (updated == 1) { // a version withdrawn while it was read is no document's searchable one
					index.index(documentId, number);
				}
				return updated == 1;
			});
			LOG.info("Extracted document {}: {}", name, Boolean.TRUE.equals(stored) ? "done" : "withdrawn meanwhile");
		}
		catch (UnreadableFileException ex) {
			jdbc.update("""
					update document_version set extraction_status = 'FAILED', extraction_error = ?
					where document_id = ? and number = ?""", ex.messageKey(), documentId, number);
		}
	}
}
