package org.puente.agreements;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.puente.PuenteTest;
import org.puente.WebTestSupport;
import org.puente.web.HtmlValidityTests;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.puente.PageContent.holds;
import static org.puente.PageContent.lacks;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Two tabs (or two officers) correct the same proposed agreement: the second save is refused with the first one's
 * values beside what was typed, and saving again unchanged does not undo the first one's correction — only the fields
 * the second reviewer chooses replace it (walk-through of 4 December, #9).
 */
@PuenteTest
class ReviewConflictTests extends WebTestSupport {

	@Autowired
	ReviewRepository reviews;

	@Autowired
	Agreements agreements;

	private String upload(String note, String date) throws Exception {
		String text = "Acta de la reunión " + note + "\n\nAcuerdos:\n\n"
				+ "1. México enviará el informe a más tardar el 30 de junio de 2017.\n"
				+ "2. Se aprueba el informe de la Presidencia.\n";
		return mvc.perform(TestMinutes.upload(text, "Reunión " + note, date).with(as("st-crm")).with(csrf()))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
	}

	private Review review(String location) {
		return reviews.findById(UUID.fromString(location.substring(location.lastIndexOf('/') + 1))).orElseThrow();
	}

	private static MockHttpServletRequestBuilder correction(String location, long version, String text,
			String party, String deadline) {
		return post(location + "/items/i1").param("version", String.valueOf(version)).param("number", "1")
			.param("text", text).param("responsible", party).param("dates[0].start", deadline)
			.param("dates[0].kind", "DEADLINE").param("dates[0].precision", "DAY").with(csrf());
	}

	@Test
	void theSecondTabSeesTheFirstTabsCorrectionAndSavingAgainKeepsIt() throws Exception {
		String location = upload("de dos pestañas", "2017-04-20");
		Review review = review(location);
		long started = review.getVersion();
		String original = review.items().get(0).text();

		// tab A: Panamá must act by 15 July; tab B, from the same page, rewrites the text and names Mexico
		mvc.perform(correction(location, started, original, "country:PA", "2017-07-15").with(as("st-crm")))
			.andExpect(status().is3xxRedirection());
		long afterA = review(location).getVersion();
		String page = mvc.perform(correction(location, started, "Texto de la pestaña B", "country:MX", "2017-08-31")
				.with(as("admin")))
			.andExpect(status().isConflict())
			.andExpect(holds("Otra persona cambió esta revisión mientras usted escribía",
					"Otra persona guardó este registro mientras usted escribía", "Lo guardó Secretaría Técnica CRM el",
					"Texto de la pestaña B", "Panamá", "15 jul 2017",
					"name=\"conflictVersion\" value=\"" + afterA + "\"",
					"name=\"version\" value=\"" + started + "\"", "name=\"keepMine\" value=\"text\""))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		HtmlValidityTests.validPage("review conflict", page);

		// B saves again without choosing anything: A's party and deadline stay, nothing of A's is undone
		mvc.perform(correction(location, started, "Texto de la pestaña B", "country:MX", "2017-08-31")
			.param("conflictVersion", String.valueOf(afterA)).with(as("admin")))
			.andExpect(status().is3xxRedirection());
		ReviewItem item = review(location).items().get(0);
		assertThat(item.responsible()).extracting(PartyReference::id).containsExactly("country:PA");
		assertThat(item.dates()).extracting(d -> d.start().toString()).containsExactly("2017-07-15");
		assertThat(item.text()).isEqualTo(original);

		// later B's text is chosen over A's rewording; A's party and deadline still stay
		long now = review(location).getVersion();
		mvc.perform(correction(location, now, "Texto de A", "country:PA", "2017-07-15").with(as("st-crm")))
			.andExpect(status().is3xxRedirection());
		long afterA2 = review(location).getVersion();
		mvc.perform(correction(location, now, "Texto de la pestaña B", "country:MX", "2017-08-31")
			.with(as("admin")))
			.andExpect(status().isConflict());
		mvc.perform(correction(location, now, "Texto de la pestaña B", "country:MX", "2017-08-31")
			.param("conflictVersion", String.valueOf(afterA2)).param("keepMine", "text").with(as("admin")))
			.andExpect(status().is3xxRedirection());
		item = review(location).items().get(0);
		assertThat(item.text()).isEqualTo("Texto de la pestaña B");
		assertThat(item.responsible()).extracting(PartyReference::id).containsExactly("country:PA");
		assertThat(item.dates()).extracting(d -> d.start().toString()).containsExactly("2017-07-15");
	}

	@Test
	void aScriptOvertakenGetsTheItemAsStoredAndTheCurrentVersion() throws Exception {
		String location = upload("de un script tardío", "2017-04-21");
		long started = review(location).getVersion();
		mvc.perform(correction(location, started, "Texto de A", "country:PA", "2017-07-15").with(as("st-crm")))
			.andExpect(status().is3xxRedirection());
		mvc.perform(correction(location, started, "Texto del script", "country:MX", "2017-08-31")
			.header("Accept-Language", "en").accept(MediaType.APPLICATION_JSON).with(as("admin")))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.currentVersion").value(review(location).getVersion()))
			.andExpect(jsonPath("$.current.text").value("Texto de A"))
			.andExpect(jsonPath("$.changedBy").value("st-crm"))
			.andExpect(jsonPath("$.code").value("agreements.review.conflict"));
		assertThat(review(location).items().get(0).text()).isEqualTo("Texto de A");
	}

	/**
	 * Merge, split, delete, confirm and discard from a stale page are refused on the error page, which names the
	 * review's address (for puente.js's history.replaceState: a reload reads the review instead of sending again) and
	 * links to it; nothing changes.
	 */
	@Test
	void aStaleReviewActionIsRefusedAtTheReviewsAddress() throws Exception {
		String location = upload("de acciones tardías", "2017-04-23");
		long started = review(location).getVersion();
		mvc.perform(correction(location, started, "Texto de A", "country:PA", "2017-07-15").with(as("st-crm")))
			.andExpect(status().is3xxRedirection());
		Review now = review(location);
		for (String action : List.of("/items/i1/merge", "/items/i1/split", "/items/i2/delete", "/confirm",
				"/discard")) {
			String address = location + (action.startsWith("/items/") ? "#item-" + action.split("/")[2] : "");
			String page = mvc.perform(post(location + action).param("version", String.valueOf(started))
					.param("secondStartsWith", "Texto").with(as("st-crm")).with(csrf()))
				.andExpect(status().isConflict())
				.andExpect(holds("data-address=\"" + address + "\"", "href=\"" + address + "\"",
						"Ver la página como está ahora", "después de que usted abrió la página: no se hizo nada"))
				.andExpect(lacks("Su texto se conserva abajo"))
				.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
			HtmlValidityTests.validPage("stale review action " + action, page);
		}
		Review after = review(location);
		assertThat(after.getVersion()).isEqualTo(now.getVersion());
		assertThat(after.getStatus()).isEqualTo(ReviewStatus.DRAFT);
		assertThat(after.items()).isEqualTo(now.items());
	}

	@Test
	void aProgressReportOvertakenKeepsTheOtherStatusUnlessChosenAndAddsItsNote() throws Exception {
		String location = upload("de informes cruzados", "2017-04-22");
		Review review = review(location);
		mvc.perform(post(location + "/confirm").param("version", String.valueOf(review.getVersion()))
			.with(as("st-crm")).with(csrf()))
			.andExpect(status().is3xxRedirection());
		AgreementSummary one = agreements.list(new Agreements.Filter(null, null, null, null, review.getId(), false))
			.get(0);
		String path = "/agreements/items/" + one.id() + "/updates";
		mvc.perform(post(path).param("version", String.valueOf(one.version())).param("status", "DONE")
			.param("note", "Informe de A").with(as("st-crm")).with(csrf()))
			.andExpect(status().is3xxRedirection());
		long afterA = agreements.find(one.id()).orElseThrow().version();
		String page = mvc.perform(post(path).param("version", String.valueOf(one.version()))
				.param("status", "CANCELLED").param("note", "Nota de B").with(as("admin")).with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(holds("Otra persona guardó este registro mientras usted escribía", "Nota de B", "Cumplido",
					"name=\"conflictVersion\" value=\"" + afterA + "\"",
					"name=\"version\" value=\"" + one.version() + "\""))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		HtmlValidityTests.validPage("report conflict", page);

		// sent again unchanged: A's status stays, B's note is added to the history
		mvc.perform(post(path).param("version", String.valueOf(one.version())).param("status", "CANCELLED")
			.param("note", "Nota de B").param("conflictVersion", String.valueOf(afterA)).with(as("admin"))
			.with(csrf()))
			.andExpect(status().is3xxRedirection());
		AgreementSummary now = agreements.find(one.id()).orElseThrow();
		assertThat(now.status()).isEqualTo(AgreementStatus.DONE);
		assertThat(now.progress()).extracting(AgreementSummary.Progress::note).contains("Informe de A", "Nota de B");
	}
}
