package org.puente.agreements;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.puente.PuenteTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A new version of minutes revises the agreements whose words it holds, whatever their number (walk of 5 December
 * night #12): a split keeps the agreement under its number, and the Minuta without its 4th agreement keeps the
 * other seven with their ids and progress.
 */
@PuenteTest
class MinutesNewVersionMatchingTests extends NewVersionTestSupport {

	@Test
	void anItemSplitInTheReviewKeepsTheAgreementUnderItsNumberAndItsSecondPartIsANewOne() throws Exception {
		String meetingId = newMeeting();
		String first = "ACTA DE LA REUNIÓN DE PRUEBA DE DIVISIONES\n" + THREE_AGREEMENTS;
		UUID v1 = confirm(upload(first, meetingId, false));
		List<AgreementSummary> before = agreementsOf(v1);
		UUID v2 = upload(first.replace("ACTA", "ACTA CORREGIDA"), meetingId, true);
		ReviewItem second = reviews.findById(v2).orElseThrow().items().get(1);
		mvc.perform(post("/agreements/reviews/" + v2 + "/items/" + second.key() + "/split").param("version", version(v2))
				.param("secondStartsWith", "antes del 15 de julio").with(as("st-crm")).with(csrf()))
			.andExpect(status().is3xxRedirection());
		String page = reviewPage(v2);
		assertThat(page).contains("Se actualizan los acuerdos 1, 2, 3: conservan").doesNotContain("id=\"revision-cancelled\"");
		String created = page.substring(page.indexOf("id=\"revision-created\""));
		assertThat(created).startsWith("id=\"revision-created\">\n              <li><span>");
		assertThat(created.substring(0, created.indexOf("</ul>"))).contains("antes del 15 de julio")
			.doesNotContain("La ST de la CSM");
		confirm(v2);
		List<AgreementSummary> after = agreementsOf(v2);
		assertThat(after).hasSize(4);
		assertThat(after.stream().filter(a -> a.id().equals(before.get(1).id())).findFirst().orElseThrow().text())
			.as("agreement 2 is the first part").startsWith("La ST de la CSM circulará el glosario")
			.doesNotContain("15 de julio");
	}

	@Test
	void theMinutaWithoutItsFourthAgreementKeepsTheOthersWithTheirProgressAndCancelsTheFourth() throws Exception {
		// walk of 5 December night #12: its agreements are bullets numbered by position, so the new nos. 4–7 are
		// the old 5–8; matched by number, old 4's progress went under old 5's words and agreement 8 was cancelled
		String meetingId = newMeeting();
		List<String> minuta = AgreementMatchesTests.MINUTA.stream().map(AgreementMatches.Numbered::text).toList();
		UUID v1 = confirm(upload(minuta("MINUTA DE PRUEBA DE ORDEN", minuta), meetingId, false));
		List<AgreementSummary> before = agreementsOf(v1);
		assertThat(before).extracting(AgreementSummary::number).containsExactly("1", "2", "3", "4", "5", "6", "7", "8");
		AgreementSummary fifth = before.get(4);
		mvc.perform(post("/agreements/items/" + fifth.id() + "/updates").param("version", String.valueOf(fifth.version()))
				.param("note", "Troikas convocadas en la cancillería de Chile").param("status", "IN_PROGRESS")
				.with(as("st-crm")).with(csrf()))
			.andExpect(status().is3xxRedirection());

		List<String> withoutFourth = new java.util.ArrayList<>(minuta);
		withoutFourth.remove(3);
		UUID v2 = upload(minuta("MINUTA CORREGIDA DE PRUEBA DE ORDEN", withoutFourth), meetingId, true);
		String page = reviewPage(v2);
		assertThat(page).contains("Se actualizan los acuerdos 1, 2, 3, 5 → 4, 6 → 5, 7 → 6, 8 → 7:")
			.doesNotContain("id=\"revision-created\"");
		assertThat(page.substring(page.indexOf("id=\"revision-cancelled\"")))
			.startsWith("id=\"revision-cancelled\">\n              <li><span>4</span>. <span>Se organizará reunión previa");

		// confirmed through the API: the ids it answers are the seven agreements that kept their words
		String ids = mvc.perform(post("/api/v1/agreements/reviews/" + v2 + "/confirm").param("version", version(v2))
				.with(as("st-crm")).with(csrf()))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		for (int i : new int[] { 0, 1, 2, 4, 5, 6, 7 }) {
			assertThat(ids).contains(before.get(i).id().toString());
		}
		AgreementSummary kept = agreements.find(fifth.id()).orElseThrow();
		assertThat(kept.number()).isEqualTo("4");
		assertThat(kept.text()).isEqualTo(fifth.text());
		assertThat(kept.status()).as("its progress kept").isEqualTo(AgreementStatus.IN_PROGRESS);
		assertThat(agreements.find(before.get(3).id()).orElseThrow().status()).isEqualTo(AgreementStatus.CANCELLED);
		assertThat(agreements.find(before.get(7).id()).orElseThrow().status()).isEqualTo(AgreementStatus.PENDING);
		mvc.perform(get("/api/v1/agreements/" + fifth.id() + "/progress").with(as("st-crm")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Troikas convocadas en la cancillería de Chile")));
	}

	/** Minutes under {@code heading} whose agreements are {@code texts}, numbered from 1. */
	private static String minuta(String heading, List<String> texts) {
		StringBuilder minutes = new StringBuilder(heading).append("\n\nAcuerdos:\n");
		for (int i = 0; i < texts.size(); i++) {
			minutes.append(i + 1).append(". ").append(texts.get(i)).append('\n');
		}
		return minutes.toString();
	}
}
