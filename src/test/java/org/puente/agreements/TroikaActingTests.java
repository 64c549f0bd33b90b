package org.puente.agreements;

import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.puente.PuenteTest;
import org.puente.accounts.AccountSummary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An agreement addressed to a conference's troika is acted on by the troika's countries — its outgoing, current and
 * incoming presidencies — on the meeting's date and, while it is open, today, as the PPT's agreements are by the
 * presidency (ActingPresidency): "my actions", progress on the page and through the API, reminders, the digest. The
 * troika's seats are the directory's when recorded, else the presidencies before, on and after the day. Once closed,
 * the history keeps who acted. On main only the secretariat acted for a troika.
 */
@PuenteTest
class TroikaActingTests extends PresidencyTestSupport {

	/** Chile's seat in the CSM's troika, recorded by its secretariat (the CSM's last presidency recorded is 2018's). */
	private static final LocalDate CHILE_SEAT_FROM = TODAY.minusDays(100);

	@AfterEach
	void forgetTheRoles() {
		jdbc.update("delete from role_assignment where (kind = 'PRO_TEMPORE_PRESIDENCY' and process_code = 'CRM'"
				+ " and starts_on in (?, ?)) or (kind = 'TROIKA_SEAT' and starts_on = ?)", MEXICO_FROM, PANAMA_FROM,
				CHILE_SEAT_FROM);
	}

	@Test
	void theTroikasPresidenciesActOnItsOpenAgreementAndKeepItOnceClosed() throws Exception {
		AgreementSummary a = confirmedAfterTheHandover("1. La Troika de la CRM presentará el plan de trabajo bi-regional a más tardar el "
				+ TODAY.plusDays(2) + ".\n");
		assertThat(a.responsible()).extracting(PartyReference::id).contains("body:TROIKA-CRM");
		AccountSummary panama = account("fp-panama");
		AccountSummary mexico = account("fp-mexico");
		AccountSummary chile = account("fp-chile");

		// México and Panamá sit in the CRM's troika (main: neither acted, only the CRM's secretariat); Chile does not
		assertThat(mine.ids(panama)).contains(a.id());
		assertThat(mine.ids(mexico)).contains(a.id());
		assertThat(mine.ids(chile)).doesNotContain(a.id());
		assertThat(reminders.sendDue()).isPositive();
		assertThat(reminders.sentTo(a.id(), AgreementReminders.Kind.DUE_SOON)).contains(panama.email(),
				mexico.email()).doesNotContain(chile.email());
		assertThat(digest.digests(TODAY).get(mexico.id())).isNotNull()
			.satisfies(d -> assertThat(d.dueThisWeek()).extracting(AgreementSummary::id).contains(a.id()));

		// Panamá reports through the API, México closes it on the page; Chile may not
		reportThroughApi(a.id(), "fp-panama", "Plan en preparación.").andExpect(status().isCreated());
		report(a.id(), "fp-chile", "No es nuestro.", null).andExpect(status().isForbidden());
		report(a.id(), "fp-mexico", "Plan presentado.", AgreementStatus.DONE).andExpect(status().is3xxRedirection());

		// long after, nobody recorded in office: the troikas of the meeting's date and of its closing day keep it
		MyAgreements laterMine = mineAt(startOf(PANAMA_UNTIL.plusDays(100)));
		assertThat(laterMine.ids(panama)).contains(a.id());
		assertThat(laterMine.ids(mexico)).contains(a.id());
		assertThat(laterMine.ids(chile)).doesNotContain(a.id());
	}

	@Test
	void aTroikaSeatTheSecretariatRecordsActsOnBothTroikasAgreement() throws Exception {
		AgreementSummary a = confirmed("1. Ambas troikas iniciarán la elaboración de una lista básica de elementos a más "
				+ "tardar el " + TODAY.plusDays(20) + ".\n");
		assertThat(a.responsible()).extracting(PartyReference::id).contains("body:TROIKA-CRM", "body:TROIKA-CSM");
		AccountSummary chile = account("fp-chile");
		// no CSM presidency recorded after 2018: nobody in its troika, Chile does not act
		assertThat(mine.ids(chile)).doesNotContain(a.id());
		assertThat(agreements.mayReport(chile, a.id())).isFalse();

		role("st-csm", "TROIKA_SEAT", "CSM", "CL", CHILE_SEAT_FROM, TODAY.plusDays(100), "current");
		assertThat(mine.ids(chile)).contains(a.id());
		assertThat(agreements.mayReport(chile, a.id())).isTrue();
		report(a.id(), "fp-chile", "Lista en preparación.", null).andExpect(status().is3xxRedirection());
	}

	/**
	 * The agreement's page names the troika's countries as it names the presidency in office: the troika of today
	 * while the agreement is open, beside the meeting's date's; once closed, the closing day's. On main it named the
	 * troika alone, and which countries act for it was nowhere on the page.
	 */
	@Test
	void theAgreementsPageNamesTheTroikasCountriesOfTodayAndOfTheMeetingsDate() throws Exception {
		AgreementSummary a = confirmedAfterTheHandover("1. La Troika de la CRM difundirá la hoja de ruta a más tardar el "
				+ TODAY.plusDays(30) + ".\n");
		mvc.perform(get("/agreements/items/" + a.id()).header("Accept-Language", "es"))
			.andExpect(content().string(containsString("Troika de la CRM en funciones: México (saliente), Panamá (actual);"
					+ " en la fecha de la reunión: ")))
			.andExpect(content().string(containsString("México (actual), Panamá (entrante)")));
		report(a.id(), "fp-panama", "Hoja de ruta difundida.", AgreementStatus.DONE)
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/agreements/items/" + a.id()).header("Accept-Language", "en"))
			.andExpect(content().string(containsString("when the agreement closed: Mexico (outgoing), Panama (current);"
					+ " on the date of the meeting: ")));
	}

	/** México presided over the meeting and handed the office over to Panamá since: the meeting's one agreement. */
	private AgreementSummary confirmedAfterTheHandover(String text) throws Exception {
		presidency("MX", MEXICO_FROM, PANAMA_FROM.minusDays(1));
		presidency("PA", PANAMA_FROM, PANAMA_UNTIL);
		return confirmed(text);
	}
}
