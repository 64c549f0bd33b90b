package org.puente.documents;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
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
 * first start) — and the caller that waited finds the text stored when it returns.
 */
@PuenteTest
class ExtractionOnceTests {

	private static final UUID DOCUMENT = UUID.fromString("0ff13000-0000-4000-8000-000000000013");

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
		jdbc.update("delete from document where id = ?", DOCUMENT);
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
}
