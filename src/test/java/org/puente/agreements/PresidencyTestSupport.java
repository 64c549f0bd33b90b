package org.puente.agreements;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.puente.WebTestSupport;
import org.puente.accounts.AccountSummary;
import org.puente.accounts.Accounts;
import org.puente.directory.Presidencies;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What the presidency's tests do as the people do it: a secretariat records a presidency or a troika seat, uploads
 * and confirms minutes whose agreement is addressed to the PPT or the troika, a focal point reports progress.
 */
abstract class PresidencyTestSupport extends WebTestSupport {

	static final LocalDate TODAY = LocalDate.now();

	/** México presided over the meeting (60 days ago) and handed the office over to Panamá 30 days ago. */
	static final LocalDate MEXICO_FROM = TODAY.minusDays(200);

	static final LocalDate PANAMA_FROM = TODAY.minusDays(30);

	static final LocalDate PANAMA_UNTIL = TODAY.plusDays(300);

	@Autowired
	MyAgreements mine;

	@Autowired
	AgreementReminders reminders;

	@Autowired
	AgreementDigest digest;

	@Autowired
	Presidencies presidencies;

	@Autowired
	MeetingTitleShown titles;

	@Autowired
	NamedParameterJdbcTemplate named;

	@Autowired
	Agreements agreements;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	/** The notices claimed for the presidencies a test recorded, once its own clean-up forgot them (runs after it). */
	@AfterEach
	void forgetTheNoticesOfForgottenPresidencies() {
		jdbc.update("delete from presidency_notice where role_id not in (select id from role_assignment)");
	}

	/** The CRM's presidency held by {@code country}, recorded by the CRM's secretariat. */
	void presidency(String country, LocalDate from, @Nullable LocalDate until) throws Exception {
		role("st-crm", "PRO_TEMPORE_PRESIDENCY", "CRM", country, from, until, null);
	}

	/** A role recorded through the directory's form by {@code secretariat}; {@code seat} for a troika seat. */
	void role(String secretariat, String kind, String conference, String country, LocalDate from,
			@Nullable LocalDate until, @Nullable String seat) throws Exception {
		var request = post("/directory/roles").with(csrf()).with(as(secretariat)).param("kind", kind)
			.param("processCode", conference).param("countryIso2", country).param("startsOn", from.toString())
			.param("endsOn", until == null ? "" : until.toString());
		mvc.perform(seat == null ? request : request.param("seat", seat)).andExpect(status().is3xxRedirection());
	}

	/** Minutes of a CRM meeting held 60 days ago, uploaded and confirmed by its secretariat: their one agreement. */
	AgreementSummary confirmed(String text) throws Exception {
		return confirmed(text, TODAY.minusDays(60));
	}

	AgreementSummary confirmed(String text, LocalDate meeting) throws Exception {
		String location = mvc.perform(multipart("/agreements/reviews")
				.file(new MockMultipartFile("file", "acta.txt", "text/plain", ("Acuerdos:\n" + text).getBytes(
						java.nio.charset.StandardCharsets.UTF_8)))
				.param("meetingTitle", "Reunión del traspaso " + UUID.randomUUID())
				.param("meetingDate", meeting.toString())
				.param("processes", "CRM").with(as("st-crm")).with(csrf()))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		UUID id = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
		Long version = jdbc.queryForObject("select version from agreement_review where id = ?", Long.class, id);
		mvc.perform(post(location + "/confirm").param("version", String.valueOf(version)).with(as("st-crm"))
				.with(csrf())).andExpect(status().is3xxRedirection());
		List<AgreementSummary> found = agreements.list(new Agreements.Filter(null, null, null, null, id, false));
		assertThat(found).hasSize(1);
		return found.get(0);
	}

	/** Progress reported by {@code user} through the API, on the agreement's current version. */
	ResultActions reportThroughApi(UUID id, String user, String note) throws Exception {
		return mvc.perform(post("/api/v1/agreements/" + id + "/progress").contentType(MediaType.APPLICATION_JSON)
			.content("{\"version\": " + version(id) + ", \"note\": \"" + note + "\"}")
			.with(as(user)));
	}

	/** A demo account by its user name. */
	AccountSummary account(String username) {
		return accounts.byUsername(username).orElseThrow();
	}

	/** "My actions" as they read at {@code clock}'s instant (a later year, a night in another zone). */
	MyAgreements mineAt(Clock clock) {
		return new MyAgreements(named, presidencies, clock, accounts, titles, new ActingPresidency(presidencies, clock));
	}

	/** The start of {@code day} in the system's zone, as a fixed clock. */
	static Clock startOf(LocalDate day) {
		return Clock.fixed(day.atStartOfDay(ZoneId.systemDefault()).toInstant(), ZoneId.systemDefault());
	}

	ResultActions report(UUID id, String user, String note, @Nullable AgreementStatus status) throws Exception {
		var request = post("/agreements/items/" + id + "/updates").param("version", String.valueOf(version(id)))
			.param("note", note).with(as(user)).with(csrf());
		return mvc.perform(status == null ? request : request.param("status", status.name()));
	}

	long version(UUID id) {
		return agreements.find(id).orElseThrow().version();
	}
}
