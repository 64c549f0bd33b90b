package org.puente.audit;

import java.util.Arrays;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.puente.PuenteTest;
import org.puente.WebTestSupport;
import org.puente.glossary.Glossary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Audit entries name the kind of record in one casing, from {@link AuditedEntity}, and the audit page shows that name
 * in the reader's language.
 */
@PuenteTest
class AuditedEntityTests extends WebTestSupport {

	@Autowired
	Glossary glossary;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void everyKindHasOneUniqueSnakeCaseNameAndAModule() {
		assertThat(Arrays.stream(AuditedEntity.values()).map(AuditedEntity::storedName))
			.doesNotHaveDuplicates()
			.allMatch(name -> name.matches("[a-z]+(_[a-z]+)*"), "snake_case");
		assertThat(AuditedEntity.values()).allMatch(e -> e.capability().matches("[a-z]+"), "a module name");
		assertThat(AuditedEntity.ofStoredName("agreement_review")).contains(AuditedEntity.AGREEMENT_REVIEW);
		assertThat(AuditedEntity.ofStoredName("Meeting")).isEmpty();
	}

	@Test
	void anAuditedChangeStoresTheKindsNameAndThePageShowsItTranslated() throws Exception {
		String label = "término auditado " + UUID.randomUUID();
		UUID id = glossary.termFor(label, "es");

		assertThat(jdbc.queryForMap("select capability, entity_type from audit_entry where entity_id = ?",
				id.toString()))
			.containsEntry("capability", "glossary")
			.containsEntry("entity_type", AuditedEntity.TERM.storedName());
		mvc.perform(get("/admin/audit").param("entity", id.toString()).with(as("admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Glosario · Término")));
	}

	@Test
	void theMigrationRenamesEntriesWrittenUnderTheOldNames() throws Exception {
		String id = UUID.randomUUID().toString();
		String[][] old = { { "meetings", "Meeting" }, { "glossary", "biregionalDefinition" }, { "drafting", "round" },
				{ "experts", "round" }, { "documents", "comment" }, { "drafting", "comment" } };
		for (String[] entry : old) {
			jdbc.update("insert into audit_entry (actor, action, capability, entity_type, entity_id, summary) "
					+ "values ('test', 'UPDATE', ?, ?, ?, 'old name')", entry[0], entry[1], id);
		}
		try (var connection = jdbc.getDataSource().getConnection()) {
			org.springframework.jdbc.datasource.init.ScriptUtils.executeSqlScript(connection,
					new org.springframework.core.io.ClassPathResource(
							"db/migration/V20261204_0500__audit_entity_names.sql"));
		}
		assertThat(jdbc.queryForList("select entity_type from audit_entry where entity_id = ? order by id", String.class,
				id))
			.containsExactly("meeting", "biregional_definition", "drafting_round", "nomination_round",
					"document_comment", "amendment_comment")
			.allMatch(name -> AuditedEntity.ofStoredName(name).isPresent());
	}
}
