package org.puente.agreements;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.puente.PuenteTest;
import org.puente.WebTestSupport;
import org.puente.accounts.AccountSummary;
import org.puente.accounts.Accounts;
import org.puente.directory.Directory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Walk19 #6: an agreement addressed to "la PPT" of a meeting held under México's presidency, still open after Panamá
 * took the office over. Panamá, in office, follows it up (its "my actions", its reports, the reminders, the digest);
 * México keeps acting until it closes; closed by Panamá, the history keeps both, whoever holds the office later.
 */
@PuenteTest
class PresidencyHandoverTests extends WebTestSupport {

	private static final LocalDate TODAY = LocalDate.now();

	/** México presided over the meeting (60 days ago) and handed the office over to Panamá 30 days ago. */
	private static final LocalDate MEXICO_FROM = TODAY.minusDays(200);

	private static final LocalDate PANAMA_FROM = TODAY.minusDays(30);

	private static final LocalDate PANAMA_UNTIL = TODAY.plusDays(300);

	/** Panamá's presidency recorded for later, in the test where México still presides. */
	private static final LocalDate PANAMA_LATER_FROM = TODAY.plusDays(11);

	@Autowired
	Agreements agreements;

	@Autowired
	MyAgreements mine;

	@Autowired
	AgreementReminders reminders;

	@Autowired
	AgreementDigest digest;

	@Autowired
	Accounts accounts;

	@Autowired
	Directory directory;

	@Autowired
	MeetingTitleShown titles;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	NamedParameterJdbcTemplate named;

	// every presidency a test records goes: one left for later would be "the next, already recorded" on /directory
	// for the tests that run after (DirectoryWebTests)
	@AfterEach
	void forgetTheHandover() {
		jdbc.update("delete from role_assignment where kind = 'PRO_TEMPORE_PRESIDENCY' and process_code = 'CRM'"
				+ " and starts_on in (?, ?, ?)", MEXICO_FROM, PANAMA_FROM, PANAMA_LATER_FROM);
	}

	@Test
	void thePresidencyInOfficeFollowsUpThePptsOpenAgreementAndTheOutgoingOneKeepsActingUntilItCloses()
			throws Exception {
		presidency("MX", MEXICO_FROM, TODAY.minusDays(31));
		presidency("PA", PANAMA_FROM, PANAMA_UNTIL);
		AgreementSummary a = confirmed("1. La Presidencia Pro Tempore de la CRM enviará el informe de seguimiento "
				+ "a más tardar el " + TODAY.plusDays(2) + ".\n");
		assertThat(a.responsible()).extracting(PartyReference::id).contains("role:PPT-CRM");
		AccountSummary panama = accounts.byUsername("fp-panama").orElseThrow();
		AccountSummary mexico = accounts.byUsername("fp-mexico").orElseThrow();
		AccountSummary chile = accounts.byUsername("fp-chile").orElseThrow();

		// both see it in their actions (main: only México, the presidency on the meeting's date); Chile does not
		assertThat(mine.ids(panama)).contains(a.id());
		assertThat(mine.ids(mexico)).contains(a.id());
		assertThat(mine.ids(chile)).doesNotContain(a.id());
		mvc.perform(get("/agreements/mine").with(as("fp-panama")))
			.andExpect(content().string(containsString("el informe de seguimiento")));
		// the reminder and the digest go to both presidencies' focal points
		assertThat(reminders.sendDue()).isPositive();
		assertThat(reminders.sentTo(a.id(), AgreementReminders.Kind.DUE_SOON)).contains(panama.email(),
				mexico.email());
		assertThat(digest.digests(TODAY).get(panama.id())).isNotNull()
			.satisfies(d -> assertThat(d.dueThisWeek()).extracting(AgreementSummary::id).contains(a.id()));
		// the page names who holds it now beside who held it then
		mvc.perform(get("/agreements/items/" + a.id()).header("Accept-Language", "pt"))
			.andExpect(content().string(containsString("em exercício: Panamá (")))
			.andExpect(content().string(containsString("; na data da reunião: México")));

		// México, outgoing, reports on the page; Panamá, in office, through the API; Chile may not
		report(a.id(), "fp-mexico", "Borrador enviado a la PPT entrante.", null).andExpect(status().is3xxRedirection());
		mvc.perform(post("/api/v1/agreements/" + a.id() + "/progress").contentType(MediaType.APPLICATION_JSON)
				.content("{\"version\": " + version(a.id()) + ", \"note\": \"Informe en preparación.\"}")
				.with(as("fp-panama")))
			.andExpect(status().isCreated());
		report(a.id(), "fp-chile", "No es nuestro.", null).andExpect(status().isForbidden());

		// Panamá closes it: still in its actions and México's; a year later, Panamá out of office, unchanged
		report(a.id(), "fp-panama", "Informe enviado.", AgreementStatus.DONE).andExpect(status().is3xxRedirection());
		assertThat(mine.ids(panama)).contains(a.id());
		assertThat(mine.ids(mexico)).contains(a.id());
		Clock later = Clock.fixed(PANAMA_UNTIL.plusDays(60).atStartOfDay(ZoneId.systemDefault()).toInstant(),
				ZoneId.systemDefault());
		MyAgreements laterMine = new MyAgreements(named, directory, later, accounts, titles,
				new ActingPresidency(directory, later));
		assertThat(laterMine.ids(panama)).contains(a.id());
		assertThat(laterMine.ids(mexico)).contains(a.id());
		assertThat(agreements.find(a.id()).orElseThrow().progress()).extracting(AgreementSummary.Progress::author)
			.contains(panama.displayName(), mexico.displayName());
		mvc.perform(get("/agreements/items/" + a.id()).header("Accept-Language", "en"))
			.andExpect(content().string(containsString("when the agreement closed: Panama (")))
			.andExpect(content().string(not(containsString(" now: Panama ("))));
	}

	@Test
	void aPresidencyNotInOfficeOnTheMeetingsDateNorTodayDoesNotActForIt() throws Exception {
		// México presided and still does: Panamá's presidency, recorded for later, does not reach the agreement
		presidency("MX", MEXICO_FROM, TODAY.plusDays(10));
		presidency("PA", PANAMA_LATER_FROM, PANAMA_UNTIL);
		AgreementSummary a = confirmed("1. La Presidencia Pro Tempore de la CRM convocará a la troika antes del "
				+ TODAY.plusDays(5) + ".\n");
		AccountSummary panama = accounts.byUsername("fp-panama").orElseThrow();
		assertThat(mine.ids(panama)).doesNotContain(a.id());
		assertThat(agreements.mayReport(panama, a.id())).isFalse();
		assertThat(agreements.mayReport(accounts.byUsername("fp-mexico").orElseThrow(), a.id())).isTrue();
		mvc.perform(get("/agreements/items/" + a.id()).header("Accept-Language", "es"))
			.andExpect(content().string(not(containsString("en funciones:"))));
	}

	private void presidency(String country, LocalDate from, LocalDate until) throws Exception {
		mvc.perform(post("/directory/roles").with(csrf()).with(as("st-crm"))
				.param("kind", "PRO_TEMPORE_PRESIDENCY").param("processCode", "CRM").param("countryIso2", country)
				.param("startsOn", from.toString()).param("endsOn", until.toString()))
			.andExpect(status().is3xxRedirection());
	}

	/** Minutes of a CRM meeting held 60 days ago, uploaded and confirmed by its secretariat: their one agreement. */
	private AgreementSummary confirmed(String text) throws Exception {
		String location = mvc.perform(multipart("/agreements/reviews")
				.file(new MockMultipartFile("file", "acta.txt", "text/plain", ("Acuerdos:\n" + text).getBytes(
						java.nio.charset.StandardCharsets.UTF_8)))
				.param("meetingTitle", "Reunión del traspaso " + UUID.randomUUID())
				.param("meetingDate", TODAY.minusDays(60).toString())
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

	private org.springframework.test.web.servlet.ResultActions report(UUID id, String user, String note,
			@org.jspecify.annotations.Nullable AgreementStatus status) throws Exception {
		var request = post("/agreements/items/" + id + "/updates").param("version", String.valueOf(version(id)))
			.param("note", note).with(as(user)).with(csrf());
		return mvc.perform(status == null ? request : request.param("status", status.name()));
	}

	private long version(UUID id) {
		return agreements.find(id).orElseThrow().version();
	}
}
