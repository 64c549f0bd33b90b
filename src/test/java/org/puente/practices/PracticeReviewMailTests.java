package org.puente.practices;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.puente.PuenteTest;
import org.puente.TestMail;
import org.puente.WebTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A practice's review sends mail (walk 9 #14: the outbox held none for the whole workflow): sent for review, the
 * conference's secretariat hears it awaits them; returned with a note, and accepted, the person who proposed it hears
 * it — each in their own account's language, one mail per recipient.
 */
@PuenteTest
class PracticeReviewMailTests extends WebTestSupport {

	@RegisterExtension
	static GreenMailExtension greenMail = TestMail.server();

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theSecretariatHearsOfASubmissionAndTheProposerOfEachDecisionInTheirLanguage() throws Exception {
		jdbc.update("update account set language = 'fr' where username = 'fp-mexico'"); // put back after the class
		String title = "Practica avisada por correo " + UUID.randomUUID();
		String location = mvc.perform(post("/practices").with(as("fp-mexico")).with(csrf())
				.param("countries", "MX").param("originalLanguage", "es").param("esTitle", title)
				.param("esSummary", "Resumen.").param("esWhy", "Porque funciona.").param("esHow", "Aporta al objetivo 7.")
				.param("sessions", "2").param("objectives", "7").param("targetGroups", "CHILDREN")
				.param("periodFrom", "2016").param("version", "0"))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		assertThat(about(title)).as("a draft tells nobody").isEmpty();

		mvc.perform(post(location + "/submit").with(as("fp-mexico")).with(csrf())).andExpect(status().is3xxRedirection());
		List<MimeMessage> reviews = arrived("Buena práctica por revisar: " + title);
		assertThat(reviews).extracting(PracticeReviewMailTests::to).contains("st.crm@demo.puente.example");
		MimeMessage review = reviews.stream().filter(m -> to(m).equals("st.crm@demo.puente.example")).findFirst()
			.orElseThrow();
		assertThat(TestMail.textPart(review)).contains("Una buena práctica de México, «" + title + "», espera su revisión.")
			.contains(location.substring(location.indexOf("/practices/")))
			// why it was sent, and the one-click unsubscribe that stops this kind of notice (RFC 8058)
			.contains("Recibe este correo porque su Secretaría Técnica revisa las buenas prácticas de su conferencia.");
		assertThat(TestMail.unsubscribePath(review)).startsWith("/unsubscribe/practice-notices/").endsWith("?lang=es");
		assertThat(about(title)).extracting(PracticeReviewMailTests::to).doesNotContain("st.csm@demo.puente.example",
				"punto.focal.mexico@demo.puente.example");

		mvc.perform(post(location + "/request-changes").param("note", "Añada los resultados medidos.")
			.with(as("st-crm")).with(csrf())).andExpect(status().is3xxRedirection());
		MimeMessage returned = arrived("Modifications demandées pour votre bonne pratique : " + title).get(0);
		assertThat(to(returned)).isEqualTo("punto.focal.mexico@demo.puente.example");
		assertThat(TestMail.textPart(returned)).contains("Añada los resultados medidos.")
			.contains("parce que vous avez proposé cette bonne pratique");
		assertThat(TestMail.unsubscribePath(returned)).startsWith("/unsubscribe/practice-notices/").endsWith("?lang=fr");

		mvc.perform(post(location + "/submit").with(as("fp-mexico")).with(csrf())).andExpect(status().is3xxRedirection());
		mvc.perform(post(location + "/accept").with(as("st-crm")).with(csrf())).andExpect(status().is3xxRedirection());
		MimeMessage accepted = arrived("Bonne pratique publiée : " + title).get(0);
		assertThat(to(accepted)).isEqualTo("punto.focal.mexico@demo.puente.example");
		assertThat(TestMail.textPart(accepted)).contains("elle est désormais publiée");
		assertThat(TestMail.unsubscribePath(accepted)).startsWith("/unsubscribe/practice-notices/");
		// the mail says which language it is written in: its recipient's, not the secretariat's who accepted it
		assertThat(accepted.getHeader("Content-Language", null)).isEqualTo("fr");
		assertThat(arrived("Buena práctica por revisar: " + title)).as("each submission once to the secretariat")
			.filteredOn(m -> to(m).equals("st.crm@demo.puente.example")).hasSize(2);
	}

	/** The mails with this subject, once at least one has come (the notices go after the commit). */
	private static List<MimeMessage> arrived(String subject) throws Exception {
		for (int waited = 0; waited < 300; waited++) {
			List<MimeMessage> found = about(subject).stream().filter(m -> subject(m).equals(subject)).toList();
			if (!found.isEmpty()) {
				Thread.sleep(300); // a second one for the same step would come right after
				return about(subject).stream().filter(m -> subject(m).equals(subject)).toList();
			}
			Thread.sleep(100);
		}
		throw new AssertionError("no mail «" + subject + "» in " + about("").stream().map(PracticeReviewMailTests::subject).toList());
	}

	private static List<MimeMessage> about(String text) {
		return Arrays.stream(greenMail.getReceivedMessages()).filter(m -> subject(m).contains(text)).toList();
	}

	private static String subject(MimeMessage m) {
		try {
			return String.valueOf(m.getSubject());
		}
		catch (Exception ex) {
			return "";
		}
	}

	private static String to(MimeMessage m) {
		try {
			return m.getAllRecipients()[0].toString();
		}
		catch (Exception ex) {
			return "";
		}
	}
}
