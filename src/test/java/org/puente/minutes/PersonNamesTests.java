package org.puente.minutes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.puente.directory.Gazetteer;

/** People named in team notes as the ones who act, proposed as free-text parties. */
class PersonNamesTests {

	@Test
	void readsTheNameThatOpensAClauseBeforeAModalOrAFutureVerb() {
		assertThat(PersonNames.acting("Tomasz will draft the release notes.")).containsExactly("Tomasz");
		assertThat(PersonNames.acting("Agreed to move the call. Inés shall book the room.")).containsExactly("Inés");
		assertThat(PersonNames.acting("Raquel enviará la planilla a la lista.")).containsExactly("Raquel");
		assertThat(PersonNames.acting("Léa/Tux rédigera le billet de blog.")).containsExactly("Léa/Tux");
		assertThat(PersonNames.acting("Otto / Wim to check the installer on Windows")).containsExactly("Otto", "Wim");
		assertThat(PersonNames.acting("Beatriz se encarga de pedir los presupuestos.")).containsExactly("Beatriz");
		assertThat(PersonNames.acting("Joaquim fica responsável pelo orçamento.")).containsExactly("Joaquim");
		assertThat(PersonNames.acting("Thierry s’occupe de la messagerie ;")).containsExactly("Thierry");
		assertThat(PersonNames.acting("Eliane et Françoise s’en occupent.")).containsExactly("Eliane", "Françoise");
	}

	@Test
	void readsNamesHeadingTheirTaskBracketsAgentsAndOffices() {
		assertThat(PersonNames.acting("Hana & Piet: migrate the wiki")).containsExactly("Hana", "Piet");
		assertThat(PersonNames.acting("(Yannick) Relancer la mairie pour la salle")).containsExactly("Yannick");
		assertThat(PersonNames.acting("A revisão do protótipo será feita pela Carla Mendes")).containsExactly("Carla Mendes");
		assertThat(PersonNames.acting("Release owner: Ngozi")).containsExactly("Ngozi");
		assertThat(PersonNames.acting("**Ruth for Chair.**")).containsExactly("Ruth");
	}

	@ParameterizedTest
	@ValueSource(strings = { "If anyone needs help, talk to Tomasz.",
			"The committee will meet again in May.",
			"Create a new page for the FAQ.",
			"Optional: tag the issues before the call.",
			"Deadline: Friday",
			"Además se solicitará el apoyo del embajador.",
			"Ensuite on rédigera le compte rendu." })
	void leavesNamesOnlyMentionedAndWordsThatOpenSentences(String text) {
		assertThat(PersonNames.acting(text)).isEmpty();
	}

	@Test
	void anItemCarriesThePersonAsAFreeTextPartyBesideTheDirectorysOnes() {
		ItemReader reader = new ItemReader(Gazetteer.fromClasspath(), LocalDate.of(2024, 3, 4), "en");
		String text = "Tomasz will send the draft to Chile by Friday.";
		MinutesItem item = reader.read(new Segment("1", null, text), new TextSpan(0, text.length()), 0.9);
		assertThat(item.responsible()).extracting(ItemParty::id).containsExactly("text:Tomasz");
		assertThat(item.responsible()).extracting(ItemParty::label).containsExactly("Tomasz");
	}
}
