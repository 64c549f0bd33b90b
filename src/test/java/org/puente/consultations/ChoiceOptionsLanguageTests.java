package org.puente.consultations;

import java.util.UUID;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.puente.PuenteTest;
import org.puente.WebTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A choice question's options are typed once, beside the question's wording: Spanish options under a question read
 * on a Portuguese or English page are read in Spanish (WCAG 3.1.2; walk18: the English options of a questionnaire
 * answered from a Spanish page were unmarked, while its wording was marked).
 */
@PuenteTest
class ChoiceOptionsLanguageTests extends WebTestSupport {

	@Autowired
	ConsultationManagement management;

	@Autowired
	UserDetailsService users;

	@Test
	void theOptionsAreReadInTheLanguageTheyWereWrittenIn() throws Exception {
		UUID id = SentConsultations.one(management, users, true);
		Document answer = pageIn("/consultations/" + id + "/answer", "fp-panama", "pt");
		Element yes = answer.selectFirst("main label:containsOwn(Sí)");
		assertThat(yes).isNotNull();
		assertThat(yes.attr("lang")).isEqualTo("es");
		Document detail = pageIn("/consultations/" + id, "st-crm", "en");
		assertThat(detail.selectFirst("main span:containsOwn(Sí / No)").attr("lang")).isEqualTo("es");
		// on a Spanish page, nothing to mark
		Document spanish = pageIn("/consultations/" + id + "/answer", "fp-panama", "es");
		assertThat(spanish.selectFirst("main label:containsOwn(Sí)").hasAttr("lang")).isFalse();
	}
}
