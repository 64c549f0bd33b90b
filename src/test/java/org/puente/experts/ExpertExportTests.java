package org.puente.experts;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.puente.DownloadedTable;
import org.puente.PuenteTest;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The roster and a round's nominations download as CSV and XLSX for whoever may open their pages, headed in the
 * reader's language, holding only what the experts agreed to share, with formula-like text left inert.
 */
@PuenteTest
class ExpertExportTests extends ExpertsTestSupport {

	@Autowired
	ExpertReference areas;

	private static final String TRAP = "=HYPERLINK(\"http://evil.example/\",\"clic\")";

	@Test
	void theRosterHoldsOnlyWhoMayBeNominatedWithWhatTheyShare() throws Exception {
		String shared = "Compartida " + UUID.randomUUID();
		String unlisted = "Sin consentimiento " + UUID.randomUUID();
		ExpertData trap = data(shared, "UY");
		roster.create(new ExpertData(trap.fullName(), trap.email(), TRAP, "UY", List.of("es", "pt"), List.of(4),
				List.of(19), trap.bio(), List.of(), Gender.FEMALE, Region.SOUTH_AMERICA), CONSENTED, account("st-csm"));
		roster.create(data(unlisted, "CO"), new Roster.Consent(false, false, null), account("st-csm"));

		DownloadedTable en = DownloadedTable.csv(mvc.perform(get("/experts/export.csv").with(as("observer-oim"))
			.header("Accept-Language", "en")).andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/csv")));
		assertThat(en.headings()).containsExactly("Full name", "Institution", "Country", "Region",
				"Thematic sessions", "Global Compact objectives", "Languages");
		int line = en.lineWith(0, shared);
		assertThat(en.rows().get(line)).containsExactly(shared, "'" + TRAP, "Uruguay", "South America",
				areas.session(4, Locale.ENGLISH), "19. " + areas.objective(19, Locale.ENGLISH), "Spanish, Portuguese");
		assertThat(en.column(0)).doesNotContain(unlisted);
		assertThat(String.join(" ", en.rows().stream().flatMap(List::stream).toList())).doesNotContain("@example.org");
		assertThat(en.fileName()).matches("roster-of-experts-\\d{4}-\\d{2}-\\d{2}\\.csv");

		// a member works with the whole roster on the page, but the file still holds only who consented
		DownloadedTable es = DownloadedTable.xlsx(mvc.perform(get("/experts/export.xlsx").with(as("st-crm"))
			.header("Accept-Language", "es")).andExpect(status().isOk()));
		assertThat(es.headings()).containsExactly("Nombre completo", "Institución", "País", "Región",
				"Sesiones temáticas", "Objetivos del Pacto Mundial", "Idiomas");
		int row = es.lineWith(0, shared);
		assertThat(es.rows().get(row).get(1)).isEqualTo(TRAP);
		assertThat(es.isQuoted(row, 1)).as("the formula is shown, never run").isTrue();
		assertThat(es.rows().get(row).get(6)).isEqualTo("español, portugués");
		assertThat(es.column(0)).doesNotContain(unlisted);
		assertThat(es.fileName()).matches("lista-de-expertos-\\d{4}-\\d{2}-\\d{2}\\.xlsx");
	}

	@Test
	void aRoundsNominationsWithholdWhoWithdrewTheirConsent() throws Exception {
		UUID round = openRound(LocalDate.now().plusDays(30));
		UUID stays = expert("UY");
		UUID leaves = expert("CL");
		String staysName = roster.find(stays).orElseThrow().name();
		String leavesName = roster.find(leaves).orElseThrow().name();
		nominations.propose(round, new Nominations.Proposal(4, "CSM", "UY", stays), account("st-csm"));
		nominations.propose(round, new Nominations.Proposal(5, "CSM", "CL", leaves), account("st-csm"));
		roster.withdrawConsent(leaves, account("st-csm"));

		mvc.perform(get("/experts/rounds/" + round).with(as("observer-oim")))
			.andExpect(content().string(containsString("/experts/rounds/" + round + "/export.xlsx")))
			.andExpect(content().string(containsString("aria-label=\"Nominaciones en XLSX\"")));

		DownloadedTable fr = DownloadedTable.xlsx(mvc.perform(get("/experts/rounds/" + round + "/export.xlsx")
			.with(as("observer-oim")).header("Accept-Language", "fr")).andExpect(status().isOk()));
		assertThat(fr.headings()).containsExactly("Session thématique", "Conférence", "Nom complet", "Institution",
				"État membre qui propose", "Genre", "Langues", "État", "Motif de la décision", "Proposé le");
		int kept = fr.lineWith(2, staysName);
		assertThat(fr.rows().get(kept).subList(3, 8)).containsExactly("Universidad de prueba", "Uruguay", "Femme",
				"espagnol, anglais", "Proposé");
		assertThat(fr.isDate(kept, 9)).as("the day proposed is a real date").isTrue();
		assertThat(fr.format(kept, 9)).isEqualTo("dd/mm/yyyy");
		assertThat(fr.column(2)).doesNotContain(leavesName).contains("(consentement retiré)");
		int withheld = fr.lineWith(2, "(consentement retiré)");
		assertThat(fr.rows().get(withheld).subList(3, 5)).containsExactly("", "Chili");

		DownloadedTable en = DownloadedTable.csv(mvc.perform(get("/experts/rounds/" + round + "/export.csv")
			.with(as("fp-panama")).header("Accept-Language", "en")).andExpect(status().isOk()));
		assertThat(en.headings().get(9)).isEqualTo("Proposed on");
		assertThat(en.rows().get(en.lineWith(2, staysName)).get(9)).matches("\\d{4}-\\d{2}-\\d{2}");
		assertThat(en.fileName()).matches("nominations-ronda-de-prueba-[0-9a-f-]+-\\d{4}-\\d{2}-\\d{2}\\.csv");
	}

	/**
	 * The file holds what the reader filtered on the page, by the same parameters (api12: it held the whole roster
	 * whatever the search), and a value the page refuses is refused for the file too, in the reader's language.
	 */
	@Test
	void theRosterFileFollowsThePagesSearchAndFilters() throws Exception {
		int everyone = DownloadedTable.csv(mvc.perform(get("/experts/export.csv").with(as("observer-oim"))))
			.lines().size();
		DownloadedTable brazil = DownloadedTable.csv(mvc.perform(get("/experts/export.csv").param("country", "br")
			.with(as("observer-oim")).header("Accept-Language", "en")).andExpect(status().isOk()));
		assertThat(brazil.column(2)).isNotEmpty().containsOnly("Brazil");
		assertThat(brazil.column(0)).contains("Fernanda Costa Ribeiro");
		assertThat(brazil.lines().size()).isLessThan(everyone);
		DownloadedTable one = DownloadedTable.xlsx(mvc.perform(get("/experts/export.xlsx")
			.param("q", "ribeiro").param("session", "4").param("language", "pt").with(as("st-crm")))
			.andExpect(status().isOk()));
		assertThat(one.column(0)).containsExactly("Fernanda Costa Ribeiro");
		mvc.perform(get("/experts/export.csv").param("language", "xx").with(as("observer-oim"))
			.header("Accept-Language", "pt"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("O filtro não conhece o valor “xx”")));
		mvc.perform(get("/experts/export.xlsx").param("session", "99").with(as("observer-oim")))
			.andExpect(status().isBadRequest());
		// the page's links carry the filter the reader chose, and only that
		mvc.perform(get("/experts").param("q", "ribeiro").param("country", "BR").param("session", "")
			.with(as("observer-oim")))
			.andExpect(content().string(containsString("href=\"/experts/export.csv?q=ribeiro&amp;country=BR\"")))
			.andExpect(content().string(containsString("href=\"/experts/export.xlsx?q=ribeiro&amp;country=BR\"")));
	}

	@Test
	void onlyCsvAndXlsxAndOnlyForWhoMaySeeThePages() throws Exception {
		mvc.perform(get("/experts/export.pdf").with(as("st-crm"))).andExpect(status().isNotFound());
		mvc.perform(get("/experts/rounds/" + UUID.randomUUID() + "/export.csv").with(as("st-crm")))
			.andExpect(status().isNotFound());
		// signed out: a browser is sent to sign in, a script (no text/html in Accept) asked for credentials
		mvc.perform(get("/experts/export.csv").accept(org.springframework.http.MediaType.TEXT_HTML))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/experts/export.csv")).andExpect(status().isUnauthorized());
		UUID round = openRound(LocalDate.now().plusDays(30));
		mvc.perform(get("/experts/rounds/" + round + "/export.xlsx")).andExpect(status().isUnauthorized());
		mvc.perform(get("/experts").with(as("observer-oim")))
			.andExpect(content().string(containsString("aria-label=\"Lista de expertos en CSV\"")));
	}
}
