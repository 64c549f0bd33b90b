package org.puente.meetings;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.puente.PuenteTest;
import org.puente.WebTestSupport;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.puente.PageContent.holds;
import static org.puente.PageContent.lacks;
import static org.puente.meetings.PostedMeetingForm.meeting;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A French or Portuguese secretariat titles a meeting in its own language (walk 10 #2): no Spanish title is asked
 * for; readers see their language's title when translated, else the original marked with its language.
 */
@PuenteTest
class MeetingTitleLanguageTests extends WebTestSupport {

	@Autowired
	MeetingRepository meetings;

	UUID titled(String title) {
		return meetings.findAll().stream().filter(m -> title.equals(m.getTitleFr()) || title.equals(m.getTitlePt()))
			.findFirst().orElseThrow().getId();
	}

	@Test
	void aMeetingTitledOnlyInFrenchIsSavedAndShownWithItsLanguage() throws Exception {
		mvc.perform(meeting("", "2027-04-12").with("titleFr", "Réunion technique sur le retour")
				.with("agendaLanguage", "fr").with("processes", "CSM").postTo("/meetings").with(as("st-csm")).with(csrf()))
			.andExpect(status().is3xxRedirection());
		UUID id = titled("Réunion technique sur le retour");
		mvc.perform(get("/meetings/" + id + "?lang=fr")).andExpect(status().isOk())
			.andExpect(holds("<h1>Réunion technique sur le retour</h1>"));
		mvc.perform(get("/meetings/" + id + "?lang=es")).andExpect(status().isOk())
			.andExpect(holds("<h1 lang=\"fr\">Réunion technique sur le retour</h1>"));
	}

	@Test
	void aReaderWithoutATranslationSeesTheOriginalNotTheFirstTranslation() throws Exception {
		// written in French (the meeting's language), translated into Portuguese: a Spanish reader gets the French
		mvc.perform(meeting("", "2027-04-13").with("titleFr", "Atelier sur les données migratoires")
				.with("titlePt", "Oficina sobre dados migratórios").with("agendaLanguage", "fr").with("processes", "CSM")
				.postTo("/meetings").with(as("st-csm")).with(csrf()))
			.andExpect(status().is3xxRedirection());
		UUID id = titled("Atelier sur les données migratoires");
		mvc.perform(get("/meetings/" + id + "?lang=es")).andExpect(status().isOk())
			.andExpect(holds("<h1 lang=\"fr\">Atelier sur les données migratoires</h1>"));
		mvc.perform(get("/meetings/" + id + "?lang=pt")).andExpect(status().isOk())
			.andExpect(holds("<h1>Oficina sobre dados migratórios</h1>"));
	}

	@Test
	void aMeetingWithoutAnyTitleIsRefusedInTheReadersLanguageNotAskedForSpanish() throws Exception {
		storingNothingIn("meeting", meeting("", "2027-04-14").postTo("/meetings").header("Accept-Language", "fr")
				.with(as("st-csm")).with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(holds("Écrivez le titre dans au moins une des quatre langues.", "href=\"#titleEs\""))
			.andExpect(lacks("Écrivez le titre en espagnol"));
		assertThat(meetings.findAll()).noneMatch(m -> m.getTitleEs().isEmpty() && m.getTitleFr() == null
				&& m.getTitleEn() == null && m.getTitlePt() == null);
	}

	/** Walk of 5 December, evening: «Titre en espagnol (obligatoire)» stood above a French title accepted alone. */
	@Test
	void theFormAsksForNoTitleInParticular() throws Exception {
		mvc.perform(get("/meetings/new").header("Accept-Language", "fr").with(as("st-crm")))
			.andExpect(status().isOk())
			.andExpect(holds("Titre en espagnol", "Titre en français",
					"Dans votre langue ; les autres sont des traductions, facultatives."))
			.andExpect(lacks("(obligatoire)"));
	}
}
