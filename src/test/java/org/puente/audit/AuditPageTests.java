package org.puente.audit;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.EntityManagerFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.puente.PuenteTest;
import org.puente.WebTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What a secretariat reads on /admin/audit: every module's entries worded in the reader's language with the record
 * named and linked, a search that finds what the page shows (the record's name, the action's words, a country), the
 * same entries exported, and a page that costs the same statements however many records it names.
 */
@PuenteTest
class AuditPageTests extends WebTestSupport {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	EntityManagerFactory entityManagers;

	private String entry(String actor, String action, String capability, String type, String id, String summary) {
		jdbc.update("insert into audit_entry (actor, action, capability, entity_type, entity_id, summary) "
				+ "values (?, ?, ?, ?, ?, ?)", actor, action, capability, type, id, summary);
		return actor;
	}

	private String page(String language, String... params) throws Exception {
		var request = get("/admin/audit").with(as("admin")).header("Accept-Language", language);
		for (int i = 0; i < params.length; i += 2) {
			request.param(params[i], params[i + 1]);
		}
		return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	private Map<String, Object> meeting() {
		return jdbc.queryForMap("select cast(id as text) as id, title_es, title_en from meeting "
				+ "where title_en is not null and title_en <> title_es order by start_date limit 1");
	}

	@Test
	void aMeetingsEntryNamesTheMeetingInTheReadersLanguageAndLinksToIt() throws Exception {
		Map<String, Object> m = meeting();
		String actor = entry("follower-" + UUID.randomUUID(), "UPDATE", "meetings", "meeting_follower",
				(String) m.get("id"), "Follows meeting " + m.get("title_es"));
		String es = page("es", "actor", actor);
		assertThat(es).contains(m.get("title_es") + ": seguimiento activado")
			.contains("href=\"/meetings/" + m.get("id") + "\"")
			.doesNotContain("Follows meeting");
		assertThat(page("en", "actor", actor)).contains(m.get("title_en") + ": following")
			.doesNotContain("Follows meeting");
		// The words of the wording and the meeting's name in the reader's language find it; the stored text too.
		assertThat(page("es", "entity", "seguimiento activado")).contains(actor);
		assertThat(page("en", "entity", (String) m.get("title_en"))).contains(actor);
		assertThat(page("en", "entity", "no such words anywhere")).doesNotContain(actor);
	}

	/** An entry of one module's record, and what the page says of it in Spanish and in English. */
	private record Case(String capability, String type, String idQuery, String stored, String es, String en,
			String link) {
	}

	@Test
	void everyModulesEntriesReadInTheReadersLanguageWithTheirRecordLinked() throws Exception {
		List<Case> cases = List.of(
				new Case("agreements", "agreement_review", "select cast(id as text) from agreement_review",
						"Corrected item 3", ": se corrigió el acuerdo 3", ": agreement 3 corrected", "/agreements/reviews/"),
				new Case("agreements", "agreement_follower", "select cast(id as text) from agreement",
						"Follows agreement 4", ": seguimiento activado", ": following", "/agreements/items/"),
				new Case("documents", "document", "select cast(id as text) from document", "stored title", "", "",
						"/documents/"),
				new Case("drafting", "amendment", "select cast(id as text) from drafting_amendment", "rebase",
						": enmienda puesta al día con el texto vigente",
						": amendment brought up to date with the current text", "/drafting/"),
				new Case("glossary", "country_definition",
						"select cast(id as text) from glossary_country_definition", "PA: Ley 3 de 2008",
						": definición de Panamá (fuente: Ley 3 de 2008)", ": definition of Panama (source: Ley 3 de 2008)",
						"/glossary/"),
				new Case("practices", "practice", "select cast(id as text) from practice", "submitted",
						": enviada a revisión", ": submitted for review", "/practices/"),
				new Case("flows", "flow_submission", "select cast(gen_random_uuid() as text)",
						"PA 2017-01-02–2017-01-08 revision 2: 12 rows, 340 people",
						"Panamá: datos del 2017-01-02 al 2017-01-08 (versión 2): 12 filas, 340 personas",
						"Panama: figures from 2017-01-02 to 2017-01-08 (revision 2): 12 rows, 340 people", null),
				new Case("directory", "person", "select cast(id as text) from person", "stored name", "", "",
						"/directory/people/"),
				new Case("directory", "role_assignment", "select cast(id as text) from role_assignment "
						+ "where kind = 'PRO_TEMPORE_PRESIDENCY'", "PRO_TEMPORE_PRESIDENCY CRM",
						"Presidencia Pro Tempore (PPT) (CRM): ", "Pro Tempore Presidency (PPT) (CRM): ", null),
				new Case("consultations", "questionnaire", "select cast(id as text) from consultation",
						"question added", "»: pregunta añadida", "”: question added", "/consultations/"),
				new Case("experts", "letter_template", "select 'es'", "letter template es",
						"Modelo de la carta conjunta en español", "Joint letter template in Spanish", null));
		for (Case c : cases) {
			String id = jdbc.queryForList(c.idQuery() + " limit 1", String.class).get(0);
			String actor = entry("case-" + UUID.randomUUID(), "UPDATE", c.capability(), c.type(), id, c.stored());
			String es = page("es", "actor", actor);
			String en = page("en", "actor", actor);
			assertThat(es).as(c.type()).contains(c.es()).doesNotContain(">" + c.stored() + "<");
			assertThat(en).as(c.type()).contains(c.en()).doesNotContain(">" + c.stored() + "<");
			if (c.link() != null) {
				assertThat(es).as(c.type()).contains("href=\"" + c.link());
			}
		}
	}

	@Test
	void anAccountsEntryIsWordedAndADeletedRecordKeepsItsStoredName() throws Exception {
		String admin = jdbc.queryForObject("select cast(id as text) from account where username = 'admin'",
				String.class);
		String actor = entry("account-" + UUID.randomUUID(), "UPDATE", "accounts", "account", admin,
				"Password changed");
		assertThat(page("es", "actor", actor)).contains("admin: contraseña cambiada")
			.contains("href=\"/admin/accounts/" + admin + "\"");
		assertThat(page("fr", "actor", actor)).contains("admin : mot de passe changé");
		assertThat(page("pt", "entity", "senha alterada")).contains(actor);
		String gone = entry("deleted-" + UUID.randomUUID(), "DELETE", "meetings", "meeting",
				UUID.randomUUID().toString(), "Reunión que ya no existe");
		assertThat(page("en", "actor", gone)).contains("Reunión que ya no existe").doesNotContain("/meetings/");
	}

	@Test
	void aSearchFindsACountryByItsNameAnExpertByNameAndTheWordsOfTheAction() throws Exception {
		String actor = entry("search-" + UUID.randomUUID(), "UPDATE", "consultations", "answer",
				UUID.randomUUID().toString(), "PA draft");
		assertThat(page("es", "entity", "Panamá")).contains(actor).contains("Panamá: borrador de respuesta guardado");
		assertThat(page("es", "entity", "borrador")).contains(actor);
		assertThat(page("en", "entity", "panama")).contains(actor).contains("Panama: draft answer saved");
		UUID id = expert("Celestina Buscada");
		String expertActor = entry("search-" + UUID.randomUUID(), "UPDATE", "experts", "expert", id.toString(),
				"expert " + id);
		assertThat(page("es", "entity", "celestina")).contains(expertActor).contains("Celestina Buscada: ficha guardada")
			.doesNotContain(actor);
	}

	@Test
	void theExportHoldsTheFilteredEntriesAsThePageWordsThem() throws Exception {
		Map<String, Object> m = meeting();
		String actor = entry("export-" + UUID.randomUUID(), "UPDATE", "meetings", "meeting_follower",
				(String) m.get("id"), "Follows meeting " + m.get("title_es"));
		entry(actor, "TRANSITION", "consultations", "response", UUID.randomUUID().toString(), "PE submitted");
		String csv = new String(mvc.perform(get("/admin/audit/export.csv").param("actor", actor).with(as("admin"))
				.header("Accept-Language", "en")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsByteArray(), StandardCharsets.UTF_8);
		List<String> lines = csv.lines().toList();
		assertThat(lines).hasSize(3);
		assertThat(lines.get(0)).contains("When").contains("Who").contains("Address");
		assertThat(lines.get(1)).contains("Peru: answers submitted").contains(actor);
		assertThat(lines.get(2)).contains(m.get("title_en") + ": following").contains("/meetings/" + m.get("id"));
		byte[] xlsx = mvc.perform(get("/admin/audit/export.xlsx").param("actor", actor).with(as("admin")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			assertThat(book.getSheetAt(0).getLastRowNum()).isEqualTo(2);
			assertThat(book.getSheetAt(0).getRow(1).getCell(5).getStringCellValue())
				.isEqualTo("Perú: respuestas enviadas («un cuestionario borrado»)");
		}
		mvc.perform(get("/admin/audit/export.pdf").with(as("admin"))).andExpect(status().isNotFound());
		mvc.perform(get("/admin/audit/export.csv").with(as("st-crm"))).andExpect(status().isForbidden());
	}

	/**
	 * One statement per module and page, not one per row: a page naming twenty experts costs what a page naming
	 * one does (before, each expert's entry looked its expert up: twenty entries, twenty more statements).
	 */
	@Test
	void aPageNamesItsRecordsInOneQueryPerModule() throws Exception {
		String few = "queries-" + UUID.randomUUID();
		String many = "queries-" + UUID.randomUUID();
		UUID one = expert("Uno Contado");
		entry(few, "UPDATE", "experts", "expert", one.toString(), "expert " + one);
		for (int i = 0; i < 20; i++) {
			UUID id = expert("Contado " + i);
			entry(many, "UPDATE", "experts", "expert", id.toString(), "expert " + id);
		}
		Statistics statistics = entityManagers.unwrap(SessionFactory.class).getStatistics();
		page("es", "actor", few); // warm
		statistics.clear();
		page("es", "actor", "nobody-" + UUID.randomUUID());
		long forNone = statistics.getPrepareStatementCount();
		statistics.clear();
		page("es", "actor", few);
		long forOne = statistics.getPrepareStatementCount();
		statistics.clear();
		String html = page("es", "actor", many);
		long forTwenty = statistics.getPrepareStatementCount();
		System.out.println("Audit page statements (Hibernate): no entry " + forNone + ", 1 expert entry " + forOne
				+ ", 20 expert entries " + forTwenty);
		assertThat(html).contains("Contado 0: ficha guardada").contains("Contado 19: ficha guardada");
		assertThat(forTwenty).isEqualTo(forOne).isLessThanOrEqualTo(forNone + 1);
	}

	@Test
	void thePageIsValidHtml() throws Exception {
		org.puente.web.HtmlValidityTests.validPage("/admin/audit", page("es", "entity", "Panamá"));
		assertThat(page("es", "entity", "Panamá")).contains("/admin/audit/export.csv?").doesNotContain("??");
	}

	private UUID expert(String name) {
		UUID id = UUID.randomUUID();
		jdbc.update("insert into experts_expert (id, full_name, email, affiliation, country_iso2, languages, bio, "
				+ "gender, region, created_by) values (?, ?, ?, 'x', 'PA', 'es', 'x', 'FEMALE', 'CENTRAL_AMERICA', "
				+ "'test')", id, name, id + "@example.org");
		return id;
	}
}
