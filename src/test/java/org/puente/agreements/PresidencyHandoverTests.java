package org.puente.agreements;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.puente.PuenteTest;
import org.puente.accounts.AccountSummary;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Walk19 #6: an agreement addressed to "la PPT" of a meeting held under México's presidency, still open after Panamá
 * took the office over. Panamá, in office, follows it up (its "my actions", its reports, the reminders, the digest);
 * México keeps acting until it closes; closed by Panamá, the history keeps both, whoever holds the office later.
 */
@PuenteTest
class PresidencyHandoverTests extends PresidencyTestSupport {

	/** Panamá's presidency recorded for later, in the test where México still presides. */
	private static final LocalDate PANAMA_LATER_FROM = TODAY.plusDays(11);

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
		AccountSummary panama = account("fp-panama");
		AccountSummary mexico = account("fp-mexico");
		AccountSummary chile = account("fp-chile");

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
		reportThroughApi(a.id(), "fp-panama", "Informe en preparación.").andExpect(status().isCreated());
		report(a.id(), "fp-chile", "No es nuestro.", null).andExpect(status().isForbidden());

		// Panamá closes it: still in its actions and México's; a year later, Panamá out of office, unchanged
		report(a.id(), "fp-panama", "Informe enviado.", AgreementStatus.DONE).andExpect(status().is3xxRedirection());
		assertThat(mine.ids(panama)).contains(a.id());
		assertThat(mine.ids(mexico)).contains(a.id());
		MyAgreements laterMine = mineAt(startOf(PANAMA_UNTIL.plusDays(60)));
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
		AccountSummary panama = account("fp-panama");
		assertThat(mine.ids(panama)).doesNotContain(a.id());
		assertThat(agreements.mayReport(panama, a.id())).isFalse();
		assertThat(agreements.mayReport(account("fp-mexico"), a.id())).isTrue();
		mvc.perform(get("/agreements/items/" + a.id()).header("Accept-Language", "es"))
			.andExpect(content().string(not(containsString("en funciones:"))));
	}

	/**
	 * One answer to "who holds the presidency on a date" (handover20), the directory's: a presidency left open when
	 * the next was recorded gives way on the next one's first day. Main let both act, while the directory page named
	 * only the later.
	 */
	@Test
	void aPresidencyLeftOpenGivesWayOnTheNextOnesFirstDay() throws Exception {
		presidency("MX", MEXICO_FROM, null);
		presidency("PA", PANAMA_FROM, PANAMA_UNTIL);
		AgreementSummary under = confirmed("1. La PPT de la CRM compartirá la relatoría a más tardar el "
				+ TODAY.plusDays(40) + ".\n", TODAY.minusDays(10));
		assertThat(mine.ids(account("fp-panama"))).contains(under.id());
		assertThat(mine.ids(account("fp-mexico"))).doesNotContain(under.id());
		assertThat(agreements.mayReport(account("fp-mexico"), under.id())).isFalse();
	}

	/**
	 * The day a presidency takes office is the conference's, at its secretariat's seat (San José for the CRM): at 3:00
	 * UTC on Panamá's first day it is still the day before there, México's. Main took the server clock's day.
	 */
	@Test
	void thePresidencyTakesOfficeOnItsFirstDayAtTheConferencesSeat() throws Exception {
		presidency("MX", MEXICO_FROM, PANAMA_FROM.minusDays(1));
		presidency("PA", PANAMA_FROM, PANAMA_UNTIL);
		AgreementSummary before = confirmed("1. La PPT de la CRM enviará la memoria anual a más tardar el "
				+ TODAY.plusDays(40) + ".\n");
		AccountSummary panama = account("fp-panama");
		ZoneId utc = java.time.ZoneOffset.UTC;
		Clock night = Clock.fixed(PANAMA_FROM.atStartOfDay(utc).plusHours(3).toInstant(), utc);
		Clock noon = Clock.fixed(PANAMA_FROM.atStartOfDay(utc).plusHours(18).toInstant(), utc);
		assertThat(mineAt(night).ids(panama)).doesNotContain(before.id());
		assertThat(mineAt(noon).ids(panama)).contains(before.id());
	}
}
