package org.puente.agreements;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.puente.PuenteTest;
import org.puente.WebTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A person's progress note keeps the language it was written in, so that a reader of another language's page has it
 * marked with {@code lang}; Puente's own notes are read in each reader's language (walk of 5 December evening #9).
 */
@PuenteTest
class ProgressNoteLanguageTests extends WebTestSupport {

	@Autowired
	JdbcTemplate jdbc;

	private Map<String, Object> agreement() {
		return jdbc.queryForMap("select id, version from agreement where text like 'Chile y Panamá presentarán%' limit 1");
	}

	@Test
	void aNoteKeepsTheLanguageOfThePageItWasTypedOnAndIsMarkedWhereItDiffers() throws Exception {
		Map<String, Object> item = agreement();
		Object id = item.get("id");
		// typed on the Portuguese page (the form says so), read on the English and the Portuguese pages
		mvc.perform(post("/agreements/items/" + id + "/updates").param("version", item.get("version").toString())
				.param("note", "Apresentação enviada aos países.").param("noteLanguage", "pt")
				.header("Accept-Language", "pt").with(as("fp-panama")).with(csrf()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/agreements/items/" + id).header("Accept-Language", "en"))
			.andExpect(content().string(containsString("<p lang=\"pt\">Apresentação enviada aos países.</p>")));
		mvc.perform(get("/agreements/items/" + id).header("Accept-Language", "pt"))
			.andExpect(content().string(containsString("<p>Apresentação enviada aos países.</p>")));
		// the API says the language, takes another one than the call's, and refuses one it does not know
		mvc.perform(get("/api/v1/agreements/" + id + "/progress?size=100"))
			.andExpect(jsonPath("$[?(@.note == 'Apresentação enviada aos países.')].noteLanguage").value("pt"));
		long version = ((Number) agreement().get("version")).longValue();
		storingNothingIn("agreement_update", post("/api/v1/agreements/" + id + "/progress")
			.header("Accept-Language", "en").contentType(MediaType.APPLICATION_JSON)
			.content("{\"version\": " + version + ", \"note\": \"Nota.\", \"noteLanguage\": \"nl\"}")
			.with(as("fp-panama")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("agreements.update.badLanguage"));
		mvc.perform(post("/api/v1/agreements/" + id + "/progress").header("Accept-Language", "en")
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"version\": " + version + ", \"note\": \"Nota enviada por script.\", \"noteLanguage\": \"es\"}")
				.with(as("fp-panama")))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.progress[?(@.note == 'Nota enviada por script.')].noteLanguage").value("es"))
			.andExpect(jsonPath("$.progress[?(@.note == 'Nota enviada por script.')].byPuente").value(false));
		// without a language, the call's
		mvc.perform(post("/api/v1/agreements/" + id + "/progress").header("Accept-Language", "fr")
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"version\": " + (version + 1) + ", \"note\": \"Note envoyée par script.\"}")
				.with(as("fp-panama")))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.progress[?(@.note == 'Note envoyée par script.')].noteLanguage").value("fr"));
	}

	@Test
	@Transactional
	void theMigrationTurnsPuentesOwnNotesInAnyOfTheFourLanguagesIntoItsKeyAndKeepsOthersAsText() throws Exception {
		UUID agreement = (UUID) agreement().get("id");
		String[] stored = { "Ya no figura en la nueva versión del acta (acta-v2.txt).",
				"No longer in the new version of the minutes (minutes (2).docx).",
				"Já não consta da nova versão da ata (ata.pdf).",
				"Ne figure plus dans la nouvelle version du procès-verbal (pv.odt).",
				"Ya no figura en la agenda; lo retomamos en 2018." };
		for (String note : stored) {
			jdbc.update("insert into agreement_update (id, agreement_id, note, author_name, created_at) "
					+ "values (?, ?, ?, 'ST', now())", UUID.randomUUID(), agreement, note);
		}
		String migration = Files.readString(Path.of(
				"src/main/resources/db/migration/V20261219_2120__agreements_progress_note_language.sql"),
				StandardCharsets.UTF_8);
		jdbc.update(migration.substring(migration.indexOf("update agreement_update")).replaceAll(";\\s*$", ""));
		for (int i = 0; i < 4; i++) {
			Map<String, Object> row = jdbc.queryForMap("select note, note_key, note_args[1] as arg from agreement_update "
					+ "where agreement_id = ? and note_args[1] = ?", agreement,
					new String[] { "acta-v2.txt", "minutes (2).docx", "ata.pdf", "pv.odt" }[i]);
			assertThat(row.get("note_key")).as(stored[i]).isEqualTo("agreements.revision.dropped");
			assertThat(row.get("note")).isEqualTo("");
		}
		assertThat(jdbc.queryForObject("select note_key from agreement_update where note = ?", String.class,
				stored[4])).as("a person's note stays text").isNull();
	}
}
