package org.puente.meetings;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.puente.PuenteTest;
import org.puente.WebTestSupport;
import org.puente.directory.Conference;
import org.puente.i18n.DatePrecision;
import org.puente.i18n.ReaderZone;
import org.puente.web.HtmlValidityTests;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.support.TransactionTemplate;

import static org.puente.PageContent.holds;
import static org.puente.PageContent.lacks;
import static org.puente.meetings.PostedMeetingForm.meeting;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A meeting in Panama as readers in two other zones see it (walk 10 #7): the time where the reader is, the meeting's
 * own beside, on its page, the list and the month; the zone chosen from a list on the meeting form (walk 10 #12).
 */
@PuenteTest
class MeetingReaderZoneTests extends WebTestSupport {

	private static final Cookie BUENOS_AIRES = new Cookie(ReaderZone.BROWSER_COOKIE,
			"America%2FArgentina%2FBuenos_Aires");

	@Autowired
	MeetingManagement management;

	@Autowired
	TransactionTemplate transactions;

	/** 10–11 March 2027, 09:30–17:00 in Panama City, public: walk 10's meeting. */
	UUID inPanama(String title) {
		LocalDate first = LocalDate.of(2027, 3, 10);
		return transactions.execute(tx -> {
			Meeting m = new Meeting(title, MeetingKind.WORKING_MEETING, new MeetingDates(DatePrecision.EXACT, first,
					first.plusDays(1), first.atTime(9, 30), first.plusDays(1).atTime(17, 0), "America/Panama"));
			m.setProcesses(Set.of(Conference.CSM));
			m.moveTo(new MeetingPlace("Ciudad de Panamá", "PA", "Cancillería", null));
			return management.record(m);
		});
	}

	@Test
	void aReaderInBuenosAiresReadsTheTimeThereAndPanamasBeside() throws Exception {
		UUID id = inPanama("Reunión técnica sobre retorno, en dos zonas");
		String both = "10 de marzo de 2027, 11:30 – 11 de marzo de 2027, 19:00 (hora de Buenos Aires, UTC−3); "
				+ "09:30 – 17:00 (hora de Panamá, UTC−5)";
		MvcResult page = mvc.perform(get("/meetings/" + id).cookie(BUENOS_AIRES)).andExpect(status().isOk())
			.andExpect(holds(both)).andReturn();
		valid(page);
		mvc.perform(get("/meetings").cookie(BUENOS_AIRES)).andExpect(status().isOk()).andExpect(holds(both));
		mvc.perform(get("/meetings/month?month=2027-03").cookie(BUENOS_AIRES)).andExpect(status().isOk())
			.andExpect(holds("Reunión técnica sobre retorno, en dos zonas"));
	}

	@Test
	void theAccountsZoneWinsOverTheBrowsersAndAPageWithoutEitherKeepsTheMeetingsZoneLabelled() throws Exception {
		UUID id = inPanama("Reunión técnica sobre retorno, vista desde Ginebra");
		mvc.perform(get("/meetings/" + id + "?lang=fr").cookie(BUENOS_AIRES,
				new Cookie(ReaderZone.ACCOUNT_COOKIE, "Europe/Zurich")))
			.andExpect(status().isOk())
			.andExpect(holds("10 mars 2027, 15:30 – 11 mars 2027, 23:00 (heure : Suisse, UTC+1); 09:30 – 17:00 "
					+ "(heure : Panama, UTC−5)"))
			.andExpect(lacks("Buenos Aires"));
		// no script, signed out: the meeting's own zone, named in the reader's language (the kept public page of a
		// reader in another zone is not served to this one)
		mvc.perform(get("/meetings/" + id)).andExpect(status().isOk())
			.andExpect(holds("10 de marzo de 2027, 09:30 – 11 de marzo de 2027, 17:00 (hora de Panamá, UTC−5)"))
			.andExpect(lacks("Buenos Aires", "America/Panama)"));
		// a cookie naming no zone is no zone
		mvc.perform(get("/meetings/" + id).cookie(new Cookie(ReaderZone.BROWSER_COOKIE, "Mars%2FOlympus")))
			.andExpect(status().isOk()).andExpect(holds("09:30 – 11 de marzo de 2027, 17:00 (hora de Panamá, UTC−5)"));
	}

	/**
	 * The API's {@code when}: a script has no browser cookie, so the account it signs in with gives the zone (the
	 * CSM's secretariat reads Buenos Aires, its seat), before a browser's cookie; signed out and without a cookie,
	 * the meeting's own zone. The OpenAPI description says so.
	 */
	@Test
	void anApiCallerSignedInReadsTheTimesInItsAccountsZone() throws Exception {
		UUID id = inPanama("Reunión técnica sobre retorno, leída por la API");
		String both = "10 de marzo de 2027, 11:30 – 11 de marzo de 2027, 19:00 (hora de Buenos Aires, UTC−3); "
				+ "09:30 – 17:00 (hora de Panamá, UTC−5)";
		mvc.perform(get("/api/v1/meetings/" + id).with(as("st-csm"))).andExpect(status().isOk())
			.andExpect(jsonPath("$.when").value(both));
		mvc.perform(get("/api/v1/meetings/" + id).with(as("st-csm"))
				.cookie(new Cookie(ReaderZone.BROWSER_COOKIE, "Europe%2FZurich")))
			.andExpect(status().isOk()).andExpect(jsonPath("$.when").value(both));
		mvc.perform(get("/api/v1/meetings?from=2027-03-10&to=2027-03-10&size=100").with(as("st-csm")))
			.andExpect(status().isOk()).andExpect(jsonPath("$[?(@.id == '" + id + "')].when").value(both));
		// signed out: the browser's zone when a page's script sends its cookie, else the meeting's own
		mvc.perform(get("/api/v1/meetings/" + id).cookie(BUENOS_AIRES)).andExpect(status().isOk())
			.andExpect(jsonPath("$.when").value(both));
		mvc.perform(get("/api/v1/meetings/" + id)).andExpect(status().isOk()).andExpect(jsonPath("$.when")
			.value("10 de marzo de 2027, 09:30 – 11 de marzo de 2027, 17:00 (hora de Panamá, UTC−5)"));
		mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
			.andExpect(holds("the zone of the account signed in with"));
	}

	/** The page's HTML passes the Nu checker (HtmlValidityTests). */
	static void valid(MvcResult page) throws Exception {
		HtmlValidityTests.validPage(page.getRequest().getRequestURI(),
				page.getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	@Test
	void theFormOffersTheMemberStatesZonesFirstNamedInTheReadersLanguage() throws Exception {
		MvcResult form = mvc.perform(get("/meetings/new?lang=fr").with(as("st-csm"))).andExpect(status().isOk())
			.andExpect(holds("<select id=\"timeZone\" name=\"timeZone\"", "<optgroup label=\"États membres\">",
					"<option value=\"America/Panama\">Panama (UTC−5)</option>",
					"<option value=\"America/Sao_Paulo\">São Paulo — Brésil (UTC−3)</option>",
					"<optgroup label=\"Tous les fuseaux horaires\">",
					"<option value=\"Europe/Zurich\">Zurich — Suisse (UTC+1)</option>"))
			.andExpect(lacks("America/Panama ou Europe/Berlin", "US/Central"))
			.andReturn();
		valid(form);
	}

	@Test
	void aZoneNotInTheListIsRefusedAtItsFieldInTheReadersLanguage() throws Exception {
		storingNothingIn("meeting", meeting("Reunión en una zona inventada", "2027-03-10").with("precision", "EXACT")
				.with("startTime", "09:00").with("endTime", "11:00").with("timeZone", "America/Atlantis")
				.postTo("/meetings").header("Accept-Language", "pt").with(as("st-csm")).with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(holds("href=\"#timeZone\"", "id=\"timeZone-error\"",
					"Fuso horário desconhecido. Escolha um da lista"));
	}
}
