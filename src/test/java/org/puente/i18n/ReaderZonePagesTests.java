package org.puente.i18n;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.puente.PuenteTest;
import org.puente.WebTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import static org.puente.PageContent.holds;
import static org.puente.PageContent.lacks;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Moments done on the pages (progress notes, a document's versions, recent changes) as readers in two zones read them
 * (walk 13 #10): a report made at 11:07 in Panama read "16:07" there, the server's time without its zone, while the
 * meetings on the same pages were in the reader's zone. Rows are written with fixed instants and rolled back.
 */
@PuenteTest
@Transactional
class ReaderZonePagesTests extends WebTestSupport {

	private static final Locale SPANISH = Locale.forLanguageTag("es");

	private static final ZoneId PANAMA = ZoneId.of("America/Panama");

	private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void progressNotesAreReadInTheReadersZone() throws Exception {
		Instant at = Instant.parse("2026-12-05T16:07:00Z");
		UUID agreement = jdbc.queryForObject(
				"select id from agreement where text like 'Chile y Panamá presentarán%' limit 1", UUID.class);
		jdbc.update("insert into agreement_update (id, agreement_id, note, author_name, created_at) values (?, ?, ?, ?, ?)",
				UUID.randomUUID(), agreement, "Informe de Panamá.", "Panamá", Timestamp.from(at));
		seenIn("/agreements/items/" + agreement, at, "<time datetime=\"2026-12-05T16:07:00Z\">");
	}

	@Test
	void aDocumentsVersionsAreReadInTheReadersZone() throws Exception {
		Instant at = Instant.parse("2026-12-05T16:08:00Z");
		Map<String, Object> version = jdbc.queryForMap("select document_id, number from document_version limit 1");
		jdbc.update("update document_version set uploaded_at = ? where document_id = ? and number = ?",
				Timestamp.from(at), version.get("document_id"), version.get("number"));
		seenIn("/documents/" + version.get("document_id"), at, "<time datetime=\"2026-12-05T16:08:00Z\">");
	}

	@Test
	void recentChangesAreReadInTheReadersZone() throws Exception {
		// in the future, so that it is the latest change on an observer's home
		Instant at = Instant.parse("2099-12-05T16:09:00Z");
		jdbc.update("""
				insert into audit_entry (at, actor, action, capability, entity_type, entity_id, summary, public_entry)
				values (?, 'st-crm', 'UPDATE', 'meetings', 'meeting', ?, 'Cambio en otra zona', true)""",
				Timestamp.from(at), UUID.randomUUID().toString());
		seenIn("/home", at, "Cambio en otra zona");
	}

	/**
	 * A moment told with its zone (a consultation's closing, the outbox) names the reader's zone in their words, as a
	 * meeting's times do: "hora de Panamá, UTC−5", not "America/Panama" (walk18).
	 */
	@Test
	void aConsultationsClosingNamesTheReadersZoneInTheirWords() throws Exception {
		Instant at = Instant.parse("2026-12-05T16:10:00Z");
		UUID consultation = jdbc.queryForObject(
				"select id from consultation where owner_process = 'CRM' and status <> 'DRAFT' limit 1", UUID.class);
		jdbc.update("update consultation set status = 'CLOSED', closed_at = ?, closed_by = 'Secretaría Técnica CRM' "
				+ "where id = ?", Timestamp.from(at), consultation);
		String panama = DateFormats.moment(LocalDateTime.ofInstant(at, PANAMA), SPANISH);
		mvc.perform(page("/consultations/" + consultation).cookie(new Cookie(ReaderZone.BROWSER_COOKIE, "America%2FPanama")))
			.andExpect(status().isOk())
			.andExpect(holds(panama + " (hora de Panamá, UTC\u22125)"))
			.andExpect(lacks("America/Panama"));
	}

	/** The page shows {@code at} in Panama and in Tokyo for readers there, and in the server's zone, named, otherwise. */
	private void seenIn(String page, Instant at, String marker) throws Exception {
		String server = DateFormats.moment(LocalDateTime.ofInstant(at, ZoneId.systemDefault()), SPANISH);
		String panama = DateFormats.moment(LocalDateTime.ofInstant(at, PANAMA), SPANISH);
		String tokyo = DateFormats.moment(LocalDateTime.ofInstant(at, TOKYO), SPANISH);
		mvc.perform(page(page).cookie(new Cookie(ReaderZone.BROWSER_COOKIE, "America%2FPanama")))
			.andExpect(status().isOk())
			.andExpect(holds(marker, panama))
			.andExpect(lacks(server, tokyo));
		// the account's zone (its cookie) wins over the browser's
		mvc.perform(page(page).cookie(new Cookie(ReaderZone.ACCOUNT_COOKIE, "Asia/Tokyo"),
				new Cookie(ReaderZone.BROWSER_COOKIE, "America%2FPanama")))
			.andExpect(status().isOk())
			.andExpect(holds(marker, tokyo))
			.andExpect(lacks(server, panama));
		mvc.perform(page(page))
			.andExpect(status().isOk())
			.andExpect(holds(marker, server + " (" + DateFormats.zoneName() + ")"));
	}

	private MockHttpServletRequestBuilder page(String page) {
		return get(page).with(as(page.equals("/home") ? "observer-oim" : "st-crm")).header("Accept-Language", "es");
	}
}
