package org.puente.agreements;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.puente.TestMail;
import org.puente.PuenteTest;
import org.puente.documents.Documents;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A corrected Acta for a meeting whose minutes are already confirmed revises the register instead of doubling it:
 * the agreements keep their identity, status and progress notes, take the corrected text, and one the new version
 * no longer holds is cancelled with a note saying why. The corrected file stays reserved until then.
 */
@PuenteTest
class MinutesNewVersionTests extends NewVersionTestSupport {

	@Autowired
	Documents documents;

	@Test
	void aNewVersionOfConfirmedMinutesRevisesTheRegisterInsteadOfDoublingIt() throws Exception {
		String meetingId = newMeeting();
		String first = "ACTA DE LA REUNIÓN DE PRUEBA DE VERSIONES\n" + THREE_AGREEMENTS;
		UUID v1 = confirm(upload(first, meetingId, false));
		List<AgreementSummary> before = agreementsOf(v1);
		assertThat(before).extracting(AgreementSummary::number).containsExactly("1", "2", "3");
		AgreementSummary one = before.get(0);
		mvc.perform(post("/agreements/items/" + one.id() + "/updates").param("version", String.valueOf(one.version()))
				.param("note", "Primer borrador del informe circulado").param("status", "IN_PROGRESS")
				.with(as("st-crm")).with(csrf()))
			.andExpect(status().is3xxRedirection());
		// a report on the version read before that one is refused on the agreement's page, what was typed kept
		mvc.perform(post("/agreements/items/" + one.id() + "/updates").param("version", String.valueOf(one.version()))
				.param("note", "Segundo avance escrito a la vez").with(as("st-crm")).with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("Otra persona actualizó este acuerdo mientras usted escribía")))
			.andExpect(content().string(containsString("Segundo avance escrito a la vez")));

		// without saying "new version" the upload is refused; said so, the register is revised on confirmation
		upload(first.replace("30 de junio", "31 de julio"), meetingId, false, 409);
		// the refusal says the file must be chosen again, and offers the box beside it (walk-through of 4 December
		// evening #7: it was two screens lower, and the emptied file field went unsaid)
		String refusal = refusalPage(first.replace("30 de junio", "31 de julio"), meetingId);
		assertThat(refusal).contains("elija de nuevo el archivo");
		assertThat(refusal.indexOf("id=\"newVersion\"")).isBetween(refusal.indexOf("id=\"file\""),
				refusal.indexOf("id=\"meetingId-search\""));
		String corrected = first.replace("30 de junio", "31 de julio")
			.replace("3. La PPT de la CRM convocará una reunión virtual de las troikas en agosto de 2017.\n", "")
			.replace("ACTA", "ACTA CORREGIDA");
		UUID v2 = upload(corrected, meetingId, true);

		// the first minutes are public: the corrected file waits in a reserved document of its own, so nobody outside
		// the secretariats reads it before its agreements are confirmed, and the public Acta stays as it was
		UUID kept = reviews.findById(v1).orElseThrow().getMinutesDocumentId();
		assertThat(kept).as("the first minutes are kept").isNotNull();
		UUID pending = reviews.findById(v2).orElseThrow().getMinutesDocumentId();
		assertThat(pending).isNotNull().isNotEqualTo(kept);
		assertThat(documents.find(pending, Optional.empty())).as("not public before confirmation").isEmpty();
		assertThat(documents.find(kept, Optional.empty()).orElseThrow().currentVersion()).isEqualTo(1);
		confirm(v2);

		List<AgreementSummary> after = agreementsOf(v2);
		assertThat(after).as("the same three agreements, not five").hasSize(3);
		assertThat(after).extracting(AgreementSummary::id).containsExactlyInAnyOrderElementsOf(
				before.stream().map(AgreementSummary::id).toList());
		AgreementSummary revised = after.stream().filter(a -> a.id().equals(one.id())).findFirst().orElseThrow();
		assertThat(revised.text()).contains("31 de julio");
		assertThat(revised.status()).as("progress kept").isEqualTo(AgreementStatus.IN_PROGRESS);
		assertThat(revised.dueDate()).hasToString("2017-07-31");
		AgreementSummary dropped = after.stream().filter(a -> a.number().equals("3")).findFirst().orElseThrow();
		assertThat(dropped.status()).isEqualTo(AgreementStatus.CANCELLED);
		assertThat(agreementsOf(v1)).isEmpty();
		assertThat(reviews.findById(v1).orElseThrow().getStatus()).isEqualTo(ReviewStatus.SUPERSEDED);
		// the secretariat's mail says it is a new version, not "Acuerdos confirmados" as for the first minutes
		MimeMessage newVersion = await().atMost(Duration.ofSeconds(10)).until(
				() -> mailTo("st.crm@demo.puente.example", "Nueva versión del acta: "), m -> m != null);
		// its one-click unsubscribe stops the confirmed agreements' notices (RFC 8058)
		assertThat(org.puente.TestMail.unsubscribePath(newVersion)).startsWith("/unsubscribe/agreement-notices/");

		// once confirmed, the corrected minutes are public and linked from their page
		assertThat(documents.find(pending, Optional.empty())).as("released on confirmation").isPresent();
		mvc.perform(get("/agreements/minutes/" + v2))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.containsString("href=\"/documents/" + pending + "\"")));

		// the dropped agreement says why, and an old link to the first minutes leads to the new version
		mvc.perform(get("/agreements/items/" + dropped.id()))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.containsString("Ya no figura en la nueva versión del acta")));
		mvc.perform(get("/agreements/minutes/" + v1)).andExpect(redirectedUrl("/agreements/minutes/" + v2));
		// Puente's note in each reader's language, not the minutes' Spanish (walk of 5 December evening #9)
		mvc.perform(get("/agreements/items/" + dropped.id()).header("Accept-Language", "fr"))
			.andExpect(content().string(containsString(
					"<p>Ne figure plus dans la nouvelle version du procès-verbal (acta.txt).</p>")));
		mvc.perform(get("/agreements/minutes/" + v2).header("Accept-Language", "pt"))
			.andExpect(content().string(containsString(">Já não consta da nova versão da ata (acta.txt).</td>")));

		// a third version holds no. 3 again: it is no longer cancelled, and says why
		confirm(upload(first.replace("ACTA", "ACTA SEGUNDA CORRECCIÓN"), meetingId, true));
		AgreementSummary back = agreements.find(dropped.id()).orElseThrow();
		assertThat(back.status()).as("the status the drop cancelled").isEqualTo(AgreementStatus.PENDING);
		mvc.perform(get("/agreements/items/" + dropped.id()).header("Accept-Language", "en"))
			.andExpect(content().string(containsString("<p>Back in the new version of the minutes (acta.txt).</p>")));
	}

	@Test
	void aMergeUndoneGivesTheItemsTheirNumbersBackAndTheConfirmationSaysWhatItWillCancel() throws Exception {
		String meetingId = newMeeting();
		String first = "ACTA DE LA REUNIÓN DE PRUEBA DE FUSIONES\n" + THREE_AGREEMENTS;
		confirm(upload(first, meetingId, false));
		UUID v2 = upload(first.replace("ACTA", "ACTA CORREGIDA"), meetingId, true);
		List<ReviewItem> read = reviews.findById(v2).orElseThrow().items();
		String base = "/agreements/reviews/" + v2 + "/items/" + read.get(1).key();
		// 2 and 3 merged by mistake, then split where 3 began: 3 again, not "2b" (walk of 5 December evening #15)
		mvc.perform(post(base + "/merge").param("version", version(v2)).with(as("st-crm")).with(csrf()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post(base + "/split").param("version", version(v2)).param("secondStartsWith", "La PPT de la CRM")
				.with(as("st-crm")).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(reviews.findById(v2).orElseThrow().items()).as("the items as they were read")
			.usingRecursiveFieldByFieldElementComparator().containsExactlyElementsOf(read);
		// before confirming, the page says what confirming does: here, only updates
		String page = reviewPage(v2);
		assertThat(page).contains("Se actualizan los acuerdos 1, 2, 3: conservan su estado y sus avances.")
			.doesNotContain("id=\"revision-cancelled\"");

		// a number changed, the words kept: the agreement follows its words (walk of 5 December night #12), and the
		// page says it is renumbered instead of announcing a cancellation and a new agreement without progress
		ReviewItem third = read.get(2);
		mvc.perform(post("/agreements/reviews/" + v2 + "/items/" + third.key()).param("version", version(v2))
				.param("number", "3b").param("text", third.text()).with(as("st-crm")).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(reviewPage(v2)).contains("Se actualizan los acuerdos 1, 2, 3 → 3b: conservan su estado")
			.doesNotContain("id=\"revision-cancelled\"").doesNotContain("id=\"revision-created\"");

		// 2 and 3b merged and confirmed so: the merged item holds both agreements' words and has no. 2's number, so
		// it continues agreement 2; agreement 3 is cancelled, named on the page before confirming
		mvc.perform(post(base + "/merge").param("version", version(v2)).with(as("st-crm")).with(csrf()))
			.andExpect(status().is3xxRedirection());
		page = reviewPage(v2);
		assertThat(page).contains("Se actualizan los acuerdos 1, 2: conservan").doesNotContain("id=\"revision-created\"");
		assertThat(page.substring(page.indexOf("id=\"revision-cancelled\"")))
			.startsWith("id=\"revision-cancelled\">\n              <li><span>3</span>. <span>La PPT de la CRM convocará");
		confirm(v2);
		assertThat(agreementsOf(v2))
			.extracting(AgreementSummary::number, AgreementSummary::status)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("1", AgreementStatus.PENDING),
					org.assertj.core.groups.Tuple.tuple("2", AgreementStatus.PENDING),
					org.assertj.core.groups.Tuple.tuple("3", AgreementStatus.CANCELLED));
	}

	private MimeMessage mailTo(String address, String subjectStart) {
		return Arrays.stream(greenMail.getReceivedMessages()).filter(m -> {
			try {
				return m.getSubject().startsWith(subjectStart) && m.getAllRecipients()[0].toString().equals(address);
			}
			catch (MessagingException ex) {
				return false;
			}
		}).findFirst().orElse(null);
	}

	private String refusalPage(String text, String meetingId) throws Exception {
		var file = new MockMultipartFile("file", "acta.txt", "text/plain", text.getBytes(StandardCharsets.UTF_8));
		return mvc.perform(multipart("/agreements/reviews").file(file).param("meetingId", meetingId)
				.param("meetingDate", "2017-06-20").param("processes", "CRM", "CSM").with(as("st-crm")).with(csrf()))
			.andExpect(status().isConflict())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}
}
