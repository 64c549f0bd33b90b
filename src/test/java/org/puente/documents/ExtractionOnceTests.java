package org.puente.documents;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.puente.PuenteTest;
import org.puente.search.SearchEntries;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A version is read once even when two callers ask for it at once on one node — the demo loader reads each seed
 * itself while the upload's scheduled execution reads it too (ops13: 5 of the demo's 16 versions read twice at the
 * first start) — and the caller that waited finds the text stored when it returns. A version withdrawn while it is
 * read — a review of new minutes discarded a moment after the upload — is withdrawn, and the reading gives up quietly:
 * the clean-clone suite of 6 December (seventh) caught the discard answering 503, the reading having locked the
 * version's row and waited for the document's while the withdrawal held the document's and waited for the version's.
 */
@PuenteTest
class ExtractionOnceTests {

	private static final UUID DOCUMENT = UUID.fromString("0ff13000-0000-4000-8000-000000000013");

	private static final UUID WITHDRAWN = UUID.fromString("0ff13000-0000-4000-8000-000000000021");

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate tx;

	@Autowired
	SearchEntries searchEntries;

	@Autowired
	ObjectProvider<SchedulerClient> scheduler;

	@AfterEach
	void removeTheDocument() {
		jdbc.update("delete from document where id in (?, ?)", DOCUMENT, WITHDRAWN);
	}

	@Test
	void twoCallersAtOnceReadAVersionOnce() {
		// a pending version of a document nobody lists (inserted as is: no upload event, so no scheduled execution)
		jdbc.update("""
				insert into document (id, kind, title_es, language, document_date, confidentiality, created_by)
				values (?, 'REPORT', 'Leído una vez', 'es', date '2026-12-05', 'SECRETARIATS', 'ops13')""", DOCUMENT);
		jdbc.update("""
				insert into document_version (document_id, number, file_name, media_type, size_bytes, sha256, content,
				  uploaded_by)
				values (?, 1, 'una-vez.txt', 'text/plain', 4, 'x', convert_to('hola', 'UTF8'), 'ops13')""", DOCUMENT);
		AtomicInteger reads = new AtomicInteger();
		TextReader slowReader = new TextReader(1000, Duration.ofSeconds(5)) {
			@Override
			ReadText readInBackground(byte[] bytes, String name) {
				reads.incrementAndGet();
				try {
					Thread.sleep(500); // long enough for the second caller to arrive while the first reads
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
				return new ReadText("text/plain", "hola", null, false);
			}
		};
		DocumentSearchEntries notIndexed = new DocumentSearchEntries(jdbc, searchEntries) {
			@Override
			void index(UUID documentId, int number) {
				// kept out of the search index the other tests read
			}
		};
		Extraction extraction = new Extraction(jdbc, slowReader, notIndexed, tx, scheduler);

		// two threads of their own: the common pool has one on a two-core machine, and would run them one after another
		ExecutorService threads = Executors.newFixedThreadPool(2);
		try {
			CompletableFuture<Void> loader = CompletableFuture.runAsync(() -> extraction.run(DOCUMENT, 1), threads);
			CompletableFuture<Void> scheduled = CompletableFuture.runAsync(() -> extraction.run(DOCUMENT, 1), threads);
			CompletableFuture.allOf(loader, scheduled).join();
		}
		finally {
			threads.shutdownNow();
		}

		assertThat(reads).hasValue(1);
		assertThat(jdbc.queryForObject("select extraction_status || ' ' || extracted_text from document_version "
				+ "where document_id = ?", String.class, DOCUMENT)).isEqualTo("DONE hola");
	}

	@Test
	void aVersionWithdrawnWhileItIsReadIsWithdrawnAndNotMadeSearchable() throws Exception {
		// version 1 read, version 2 pending (inserted as is: no upload event, so no scheduled execution)
		jdbc.update("""
				insert into document (id, kind, title_es, language, document_date, confidentiality, created_by,
				  current_version, indexed_version)
				values (?, 'MINUTES', 'Retirada', 'es', date '2026-12-06', 'SECRETARIATS', 'lead21', 2, 1)""",
				WITHDRAWN);
		jdbc.update("""
				insert into document_version (document_id, number, file_name, media_type, size_bytes, sha256, content,
				  uploaded_by, extraction_status, extracted_text)
				values (?, 1, 'acta.txt', 'text/plain', 4, 'x', convert_to('hola', 'UTF8'), 'lead21', 'DONE', 'hola'),
				       (?, 2, 'acta.txt', 'text/plain', 5, 'y', convert_to('adiós', 'UTF8'), 'lead21', 'PENDING', null)
				""", WITHDRAWN, WITHDRAWN);
		CountDownLatch documentTaken = new CountDownLatch(1);
		TextReader waitingReader = new TextReader(1000, Duration.ofSeconds(5)) {
			@Override
			ReadText readInBackground(byte[] bytes, String name) {
				try { // the withdrawal begins while the text is read
					documentTaken.await(10, TimeUnit.SECONDS);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
				return new ReadText("text/plain", "adiós", null, false);
			}
		};
		DocumentSearchEntries entriesKeptOut = new DocumentSearchEntries(jdbc, searchEntries) {
			@Override
			void reindex(UUID documentId) {
				// the document's row is still written by index(); the search entries other tests read are not
			}
		};
		Extraction extraction = new Extraction(jdbc, waitingReader, entriesKeptOut, tx, scheduler);

		ExecutorService threads = Executors.newFixedThreadPool(2);
		try {
			CompletableFuture<Void> reading = CompletableFuture.runAsync(() -> extraction.run(WITHDRAWN, 2), threads);
			// the two statements of DocumentStore.withdrawLatest, with the reading let go between them
			CompletableFuture<Void> withdrawal = CompletableFuture.runAsync(() -> tx.executeWithoutResult(status -> {
				jdbc.update("update document set current_version = 1, version = version + 1 where id = ?", WITHDRAWN);
				documentTaken.countDown();
				awaitAWaitForALock();
				jdbc.update("delete from document_version where document_id = ? and number = 2", WITHDRAWN);
			}), threads);
			CompletableFuture.allOf(reading, withdrawal).get(30, TimeUnit.SECONDS); // a deadlock fails one of them
		}
		finally {
			threads.shutdownNow();
		}

		assertThat(jdbc.queryForList("select number from document_version where document_id = ?", Integer.class,
				WITHDRAWN)).containsExactly(1);
		assertThat(jdbc.queryForObject("select current_version || '/' || indexed_version from document where id = ?",
				String.class, WITHDRAWN)).isEqualTo("1/1");
	}

	// the reading's transaction is waiting for a row this transaction holds
	private void awaitAWaitForALock() {
		long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
		while (System.nanoTime() < until) {
			Integer waiting = jdbc.queryForObject("""
					select count(*) from pg_stat_activity
					where datname = current_database() and wait_event_type = 'Lock' and pid <> pg_backend_pid()""",
					Integer.class);
			if (waiting != null && waiting > 0) {
				return;
			}
			try {
				Thread.sleep(20);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}
}
