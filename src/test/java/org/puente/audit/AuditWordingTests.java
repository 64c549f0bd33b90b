package org.puente.audit;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.puente.PuenteTest;
import org.puente.WebTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.util.HtmlUtils;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The audit page speaks the reader's language (the admin's, Spanish): the consultations' "PA draft" names the country,
 * an expert's entry names the expert (not a UUID), the module is named in words, and sign-ins are hidden unless asked
 * for, so a morning's work is not buried under them. What is stored stays as written.
 */
@PuenteTest
class AuditWordingTests extends WebTestSupport {

	@Autowired
	JdbcTemplate jdbc;

	private String entry(String action, String capability, String type, String summary) {
		return entry(action, capability, type, UUID.randomUUID(), summary);
	}

	/** An entry of the record {@code id}, as the module writes it (an expert's entry is the expert's). */
	private String entry(String action, String capability, String type, UUID id, String summary) {
		String actor = "wording-" + UUID.randomUUID();
		jdbc.update("insert into audit_entry (actor, action, capability, entity_type, entity_id, summary) "
				+ "values (?, ?, ?, ?, ?, ?)", actor, action, capability, type, id.toString(), summary);
		return actor;
	}

	@Test
	void consultationEntriesNameTheCountryAndTheActionInTheReadersLanguage() throws Exception {
		String actor = entry("UPDATE", "consultations", "answer", "PA draft");
		entry("UPDATE", "consultations", "answer", "PA file informe.pdf");
		mvc.perform(get("/admin/audit").param("actor", actor).with(as("admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Panamá: borrador de respuesta guardado")))
			.andExpect(content().string(containsString("Consultas · Respuesta")))
			.andExpect(content().string(not(containsString("PA draft"))));
		mvc.perform(get("/admin/audit").param("entity", "PA file informe.pdf").with(as("admin")))
			.andExpect(content().string(containsString("Panamá: archivo «informe.pdf» adjuntado")));
	}

	/**
	 * Late walk-through #26: a counting row says it counts the refusals after the first five shown one by one (it read
	 * "1 vez entre 21:14 e 21:14" beside those five, as if there had been one), and a span within a minute is that
	 * minute, in the reader's language.
	 */
	@Test
	void aCountingRowSaysItCountsThoseAfterTheFirstFiveAndAMinuteIsOneTime() throws Exception {
		String oneMinute = entry("UPDATE", "consultations", "answer", "PA draft");
		jdbc.update("update audit_entry set at = timestamptz '2026-12-04 21:14:05Z', fold_count = 1, "
				+ "fold_until = timestamptz '2026-12-04 21:14:50Z' where actor = ?", oneMinute);
		String minutes = entry("UPDATE", "consultations", "answer", "PA draft");
		jdbc.update("update audit_entry set at = timestamptz '2026-12-04 21:14:05Z', fold_count = 7, "
				+ "fold_until = timestamptz '2026-12-04 21:18:50Z' where actor = ?", minutes);
		String[][] said = {
				{ "pt", "mais 1 vez após as 5 primeiras, mostradas uma a uma, em ",
						"mais 7 vezes após as 5 primeiras, mostradas uma a uma, entre " },
				{ "es", "1 vez más tras las 5 primeras, mostradas una a una, el ",
						"7 veces más tras las 5 primeras, mostradas una a una, entre " },
				{ "en", "1 more time after the first 5, shown one by one, on ",
						"7 more times after the first 5, shown one by one, between " },
				{ "fr", "1 fois de plus après les 5 premières, montrées une à une, le ",
						"7 fois de plus après les 5 premières, montrées une à une, entre " } };
		for (String[] language : said) {
			org.assertj.core.api.Assertions.assertThat(page(oneMinute, language[0])).as(language[0])
				.contains(HtmlUtils.htmlEscape(language[1], "UTF-8"));
			org.assertj.core.api.Assertions.assertThat(page(minutes, language[0])).as(language[0])
				.contains(HtmlUtils.htmlEscape(language[2], "UTF-8"));
		}
	}

	private String page(String actor, String language) throws Exception {
		return mvc.perform(get("/admin/audit").param("actor", actor).with(as("admin")).header("Accept-Language",
				language)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
	}

	@Test
	void anExpertsEntryNamesTheExpertAndAnErasedOneNamesNobody() throws Exception {
		UUID id = UUID.randomUUID();
		jdbc.update("insert into experts_expert (id, full_name, email, affiliation, country_iso2, languages, bio, "
				+ "gender, region, created_by) values (?, 'Rosa Auditada', ?, 'x', 'PA', 'es', 'x', 'FEMALE', "
				+ "'CENTRAL_AMERICA', 'test')", id, id + "@example.org");
		String actor = entry("UPDATE", "experts", "expert", id, "expert " + id);
		mvc.perform(get("/admin/audit").param("actor", actor).with(as("admin")))
			.andExpect(content().string(containsString("Rosa Auditada: ficha guardada")))
			.andExpect(content().string(containsString("Expertos · Experto")))
			.andExpect(content().string(not(containsString("expert " + id))));
		String gone = entry("UPDATE", "experts", "expert", "expert " + UUID.randomUUID() + " exported");
		mvc.perform(get("/admin/audit").param("actor", gone).with(as("admin")))
			.andExpect(content().string(containsString("un experto borrado: datos exportados")));
	}

	@Test
	void glossaryTermsAndOrganisationsAreNamedInTheReadersLanguage() throws Exception {
		var term = jdbc.queryForMap("select id, label_es, label_en, label_fr from glossary_term "
				+ "where label_en <> label_es and label_fr <> label_es order by slug limit 1");
		String termActor = entry("UPDATE", "glossary", "term", (UUID) term.get("id"), (String) term.get("label_es"));
		mvc.perform(get("/admin/audit").param("actor", termActor).param("lang", "en").with(as("admin")))
			.andExpect(content().string(containsString(">" + HtmlUtils.htmlEscape((String) term.get("label_en"), "UTF-8") + "<")));
		mvc.perform(get("/admin/audit").param("actor", termActor).param("lang", "fr").with(as("admin")))
			.andExpect(content().string(containsString(">" + HtmlUtils.htmlEscape((String) term.get("label_fr"), "UTF-8") + "<")));
		var organisation = jdbc.queryForMap("select id, name_es, name_pt from organisation "
				+ "where name_pt <> name_es order by name_es limit 1");
		String actor = entry("UPDATE", "directory", "organisation", (UUID) organisation.get("id"), "x");
		mvc.perform(get("/admin/audit").param("actor", actor).param("lang", "pt").with(as("admin")))
			.andExpect(content().string(containsString(">" + HtmlUtils.htmlEscape((String) organisation.get("name_pt"), "UTF-8") + "<")))
			.andExpect(content().string(not(containsString(">" + HtmlUtils.htmlEscape((String) organisation.get("name_es"), "UTF-8") + "<"))));
		// ?lang= is remembered for the account: give the administrator back the demo's Spanish for the tests after this one
		mvc.perform(get("/admin/audit").param("lang", "es").with(as("admin")));
	}

	@Test
	void signInsAreHiddenUnlessAskedFor() throws Exception {
		String actor = entry("SIGN_IN", "accounts", "account", "signed in: quien-entra");
		mvc.perform(get("/admin/audit").param("actor", actor).with(as("admin")))
			.andExpect(content().string(not(containsString("quien-entra"))));
		mvc.perform(get("/admin/audit").param("actor", actor).param("signIns", "true").with(as("admin")))
			.andExpect(content().string(containsString("quien-entra")));
	}
}
