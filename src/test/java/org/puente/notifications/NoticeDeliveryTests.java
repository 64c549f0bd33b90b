package org.puente.notifications;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.puente.PuenteTest;
import org.puente.WebTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.puente.PageContent.holds;
import static org.puente.PageContent.lacks;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A notice to several people whose mail server refuses one address: the others get it exactly once, the refused one
 * is tried again (only it) up to the limit, then shown failed to the administrators, whose "retry now" sends it once.
 * Retries are made due by moving their time, as the test profile waits a day between two.
 */
@PuenteTest
class NoticeDeliveryTests extends WebTestSupport {

	@Autowired
	Notices notices;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	NoticeDeliveries deliveries;

	@Autowired
	MeterRegistry meters;

	@Autowired
	TransactionTemplate transactions;

	RefusingMailServer server;

	@BeforeEach
	void start() {
		server = new RefusingMailServer();
		server.start();
	}

	@AfterEach
	void stop() {
		server.stop();
	}

	@Test
	void aRefusedAddressIsRetriedAloneUpToTheLimitThenShownFailedAndRetriedOnceByAnAdministrator() throws Exception {
		String subject = "Reunión convocada " + UUID.randomUUID();
		String refused = "refused-" + UUID.randomUUID() + "@example.org";
		server.refused.add(refused);
		List<String> to = List.of("fp-panama@example.org", refused, "observer-oim@example.org");

		transactions.executeWithoutResult(status -> assertThat(notices.send(new Notice(to, subject, "Texto",
				List.of(new Notice.Attachment("meeting.ics", "text/calendar", "BEGIN:VCALENDAR".getBytes())),
				Locale.forLanguageTag("es")))).isTrue());

		assertThat(server.received("fp-panama@example.org", subject)).isEqualTo(1);
		assertThat(server.received("observer-oim@example.org", subject)).isEqualTo(1);
		assertThat(server.received(refused, subject)).isZero();
		long id = delivery(refused);
		assertThat(jdbc.queryForObject("select last_error from notice_delivery where id = ?", String.class, id))
			.as("the server's answer, one line").startsWith("550 5.1.1").doesNotContain("\n").doesNotContain("at org.");

		int limit = deliveries.maxAttempts();
		for (int attempt = 2; attempt <= limit; attempt++) {
			makeDue(id);
			deliveries.deliverDue();
			int expected = attempt;
			// the application's own retry job may have taken the row first: it makes the same one attempt
			await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(attempts(id)).isEqualTo(expected));
		}
		assertThat(deliveryStatus(id)).isEqualTo("failed");
		makeDue(id);
		deliveries.deliverDue();
		assertThat(attempts(id)).as("no attempt after the limit").isEqualTo(limit);
		assertThat(server.received("fp-panama@example.org", subject)).as("the others are not sent it again").isEqualTo(1);
		assertThat(server.received("observer-oim@example.org", subject)).isEqualTo(1);
		assertThat(meters.get("puente.mail.deliveries.failed").gauge().value()).isGreaterThanOrEqualTo(1);

		mvc.perform(get("/admin/deliveries").with(as("admin")).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(holds("Failed deliveries", refused, subject, "550 5.1.1"));
		mvc.perform(get("/admin/deliveries").with(as("st-crm"))).andExpect(status().isForbidden());
		storingNothingIn("audit_entry", post("/admin/deliveries/" + id + "/retry").with(as("st-crm")).with(csrf()))
			.andExpect(status().isForbidden());
		assertThat(attempts(id)).isEqualTo(limit);

		// the address is fixed at the server; the administrator retries, twice (a double click)
		server.refused.clear();
		mvc.perform(post("/admin/deliveries/" + id + "/retry").with(as("admin")).with(csrf()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/admin/deliveries/" + id + "/retry").with(as("admin")).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(server.received(refused, subject)).as("sent once").isEqualTo(1);
		assertThat(deliveryStatus(id)).isEqualTo("sent");
		assertThat(jdbc.queryForObject("select count(*) from audit_entry where entity_type = 'mail_delivery' "
				+ "and entity_id = ? and actor = 'admin'", Integer.class, String.valueOf(id))).isEqualTo(1);
		mvc.perform(get("/admin/audit").param("entity", String.valueOf(id)).with(as("admin"))
			.header("Accept-Language", "es"))
			.andExpect(status().isOk())
			.andExpect(holds("Notificaciones · Envío de correo", refused));
		mvc.perform(get("/admin/deliveries").with(as("admin"))).andExpect(lacks(refused));
	}

	@Test
	// a separate thread: without the SMTP timeouts the attempt blocks in a socket read no interrupt ends
	@org.junit.jupiter.api.Timeout(value = 90, threadMode = org.junit.jupiter.api.Timeout.ThreadMode.SEPARATE_THREAD)
	void aMailServerThatNeverAnswersFailsTheAttemptInBoundedTimeReleasesTheRowAndIsRetriedLater() throws Exception {
		// a server that accepts the connection and never says a word (not even its greeting)
		server.stop();
		String subject = "Servidor mudo " + UUID.randomUUID();
		String to = "silent-" + UUID.randomUUID() + "@example.org";
		List<java.net.Socket> accepted = java.util.Collections.synchronizedList(new ArrayList<>());
		try (java.net.ServerSocket silent = new java.net.ServerSocket(org.puente.TestMail.PORT)) {
			Thread acceptor = new Thread(() -> {
				try {
					while (!silent.isClosed()) {
						accepted.add(silent.accept());
					}
				}
				catch (java.io.IOException closed) {
					// the test is over
				}
			});
			acceptor.setDaemon(true);
			acceptor.start();
			long start = System.nanoTime();
			transactions.executeWithoutResult(
					status -> notices.send(new Notice(to, subject, "Texto", Locale.forLanguageTag("es"))));
			long id = delivery(to);
			// sent right after the commit on this thread: without a timeout it would wait for ever
			await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(attempts(id)).isEqualTo(1));
			assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(30));
			assertThat(accepted).as("the server was reached").isNotEmpty();
			assertThat(deliveryStatus(id)).as("to be tried again").isEqualTo("queued");
			assertThat(jdbc.queryForObject("select next_attempt_at > now() from notice_delivery where id = ?",
					Boolean.class, id)).isTrue();
			assertThat(jdbc.queryForObject("select last_error from notice_delivery where id = ?", String.class, id))
				.isNotBlank().doesNotContain("\n");
			// the row is not left locked: another node's attempt could take it at once
			List<Long> locked = transactions.execute(status -> jdbc.queryForList(
					"select id from notice_delivery where id = ? for update nowait", Long.class, id));
			assertThat(locked).containsExactly(id);
			synchronized (accepted) {
				for (java.net.Socket socket : accepted) {
					socket.close();
				}
			}
		}
		// the server answers again: the retry sends it, once
		server = new RefusingMailServer();
		server.start();
		makeDue(delivery(to));
		deliveries.deliverDue();
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(server.received(to, subject)).isEqualTo(1));
		assertThat(deliveryStatus(delivery(to))).isEqualTo("sent");
	}

	@Test
	void twoNodesRetryingAtOnceNeverSendARowTwice() throws Exception {
		String subject = "Recordatorio " + UUID.randomUUID();
		List<String> to = new ArrayList<>();
		for (int i = 0; i < 12; i++) {
			to.add("node-" + i + "-" + UUID.randomUUID() + "@example.org");
		}
		server.refused.addAll(to);
		transactions.executeWithoutResult(status -> notices.send(new Notice(to, subject, "Texto", List.of(),
				Locale.forLanguageTag("es"))));
		server.refused.clear();
		jdbc.update("update notice_delivery set next_attempt_at = now() - interval '1 second' where recipient = any(?)",
				(Object) to.toArray(String[]::new));

		// two nodes' retry jobs at once, each going through every due row
		ExecutorService nodes = Executors.newFixedThreadPool(2);
		try {
			Callable<Integer> job = deliveries::deliverDue;
			List<Future<Integer>> runs = nodes.invokeAll(List.of(job, job));
			int sent = 0;
			for (Future<Integer> run : runs) {
				sent += run.get();
			}
			// at most once each: the application's own one-minute retry job (a third "node" in this context) may
			// take some rows while the two runs are under way, so the runs' sum may be lower, never higher
			assertThat(sent).as("no row sent by both nodes").isLessThanOrEqualTo(to.size());
		}
		finally {
			nodes.shutdown();
		}
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(jdbc.queryForObject(
				"select count(*) from notice_delivery where status = 'sent' and recipient = any(?)", Integer.class,
				(Object) to.toArray(String[]::new))).as("every row sent").isEqualTo(to.size()));
		for (String address : to) {
			assertThat(server.received(address, subject)).as(address).isEqualTo(1);
		}
	}

	@Test
	void aNoticeWhoseTransactionRollsBackIsNeitherSentNorKept() {
		String subject = "Anulado " + UUID.randomUUID();
		try {
			transactions.executeWithoutResult(status -> {
				notices.send(new Notice("fp-panama@example.org", subject, "Texto", Locale.forLanguageTag("es")));
				throw new IllegalStateException("the listener fails after sending");
			});
		}
		catch (IllegalStateException expected) {
			// as a module listener that fails half-way: its resubmission sends the notice, once
		}
		assertThat(server.received("fp-panama@example.org", subject)).isZero();
		assertThat(jdbc.queryForObject("select count(*) from notice where subject = ?", Integer.class, subject)).isZero();
	}

	@Test
	void theFailuresPageIsValidHtmlInEveryLanguage() throws Exception {
		Long notice = jdbc.queryForObject("insert into notice (subject, body) values ('Aviso <b>', 'Texto') returning id",
				Long.class);
		jdbc.update("insert into notice_delivery (notice_id, recipient, status, attempts, last_error) "
				+ "values (?, 'nobody@example.org', 'failed', 6, '550 5.1.1 <nobody@example.org>: unknown')", notice);
		for (String language : List.of("es", "en", "pt", "fr")) {
			String html = mvc.perform(get("/admin/deliveries").with(as("admin")).header("Accept-Language", language))
				.andExpect(status().isOk())
				.andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
			org.puente.web.HtmlValidityTests.validPage("/admin/deliveries", html);
			assertThat(html).as(language).doesNotContain("??").contains("&lt;nobody@example.org&gt;");
		}
		mvc.perform(get("/admin/outbox").with(as("admin")).header("Accept-Language", "en"))
			.andExpect(holds("for an administrator.", "href=\"/admin/deliveries\""));
		jdbc.update("delete from notice where id = ?", notice);
	}

	private long delivery(String recipient) {
		return jdbc.queryForObject("select id from notice_delivery where recipient = ?", Long.class, recipient);
	}

	private void makeDue(long id) {
		jdbc.update("update notice_delivery set next_attempt_at = now() - interval '1 second' where id = ?", id);
	}

	private int attempts(long id) {
		return jdbc.queryForObject("select attempts from notice_delivery where id = ?", Integer.class, id);
	}

	private String deliveryStatus(long id) {
		return jdbc.queryForObject("select status from notice_delivery where id = ?", String.class, id);
	}
}
