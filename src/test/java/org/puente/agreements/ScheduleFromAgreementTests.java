package org.puente.agreements;

import org.junit.jupiter.api.Test;
import org.puente.PuenteTest;
import org.puente.WebTestSupport;
import org.springframework.beans.factory.annotation.Autowired;

import static org.puente.PageContent.holds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** An agreement's event date becomes a meeting in one click: the schedule form opens filled in. */
@PuenteTest
class ScheduleFromAgreementTests extends WebTestSupport {

	@Autowired
	Agreements agreements;

	@Test
	void offersSecretariatsToScheduleThePlenaryOfActa11() throws Exception {
		String page = pageOfActaFinalAgreement("11");
		assertThat(page).contains("/meetings/new?").contains("startDate=2017-09-26").contains("endDate=2017-09-27");

		String link = scheduleLink(page);
		mvc.perform(get(java.net.URI.create(link)).with(as("st-crm")))
			.andExpect(status().isOk())
			.andExpect(holds("value=\"2017-09-26\"", "value=\"2017-09-27\"", "Iniciar un proceso de consulta"));
	}

	@Test
	void proposesTheBrusselsMeetingAlreadyInTheCalendarBeforeANewOne() throws Exception {
		String page = pageOfActaFinalAgreement("5");
		assertThat(page).contains("Reunión CRM–CSM previa a la reunión CELAC–UE sobre migraciones")
			.contains("Es otra reunión");
		assertThat(java.net.URLDecoder.decode(scheduleLink(page), java.nio.charset.StandardCharsets.UTF_8))
			.contains("titleEs=Reunión previa a la reunión CELAC-UE sobre migraciones&")
			.contains("city=Bruselas").contains("countryIso2=BE").contains("startDate=2017-09-07");
	}

	/** The page of the Acta Final's (8 June 2017) agreement with that number, as the CRM secretariat sees it. */
	private String pageOfActaFinalAgreement(String number) throws Exception {
		AgreementSummary agreement = agreements.list(Agreements.Filter.all())
			.stream()
			.filter(a -> a.number().equals(number) && a.meetingDate().equals(java.time.LocalDate.of(2017, 6, 8)))
			.findFirst()
			.orElseThrow();
		return mvc.perform(get("/agreements/items/" + agreement.id()).with(as("st-crm")))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
	}

	/** The page's link to the schedule form, unescaped. */
	private static String scheduleLink(String page) {
		int start = page.indexOf("/meetings/new?");
		return page.substring(start, page.indexOf('"', start)).replace("&amp;", "&");
	}

	@Test
	void shortensAnAgreementToTheNameOfTheMeetingItCallsFor() {
		assertThat(MeetingProposals.shortTitle("Sostener una reunión previa a la reunión CELAC-UE sobre migraciones, los "
				+ "días 7 y 8 de septiembre en Bruselas, a fin de dar continuidad a los trabajos"))
			.isEqualTo("Reunión previa a la reunión CELAC-UE sobre migraciones");
		assertThat(MeetingProposals.shortTitle("Hold a joint workshop on labour migration in Santiago on 3 May 2018"))
			.isEqualTo("Workshop on labour migration in Santiago");
	}

	@Test
	void doesNotOfferItToThePublic() throws Exception {
		AgreementSummary any = agreements.list(Agreements.Filter.all()).get(0);
		mvc.perform(get("/agreements/items/" + any.id()))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("/meetings/new?"))));
	}
}
