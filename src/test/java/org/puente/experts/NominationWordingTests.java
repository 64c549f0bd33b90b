package org.puente.experts;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.puente.PuenteTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An expert proposed twice is refused with a sentence that does not give the person a gender (walk 8: "Fernanda Costa
 * Ribeiro já está proposto" on fp-panama's Portuguese page; the Spanish "Ya se propuso a" never had one).
 */
@PuenteTest
class NominationWordingTests extends ExpertsTestSupport {

	@Test
	void theSecondProposalOfAnExpertIsRefusedWithoutAGenderInPortugueseAndFrench() throws Exception {
		UUID round = openRound(LocalDate.now().plusDays(5));
		UUID expert = expert("PA");
		String name = roster.find(expert).orElseThrow().data().fullName();
		propose(round, expert, "pt").andExpect(status().is3xxRedirection());
		assertThat(refusal(round, expert, "pt"))
			.contains(name + " já figura entre as indicações para a sessão temática 4 nesta rodada.");
		assertThat(refusal(round, expert, "fr"))
			.contains(name + " figure déjà parmi les propositions pour la session thématique 4 dans ce cycle.");
	}

	private String refusal(UUID round, UUID expert, String language) throws Exception {
		return propose(round, expert, language).andExpect(status().isConflict()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private org.springframework.test.web.servlet.ResultActions propose(UUID round, UUID expert, String language)
			throws Exception {
		return mvc.perform(post("/experts/rounds/{id}/nominations", round).with(as("fp-panama")).with(csrf())
			.header("Accept-Language", language).param("session", "4").param("conference", "CRM").param("country", "PA")
			.param("expertId", expert.toString()));
	}
}
