package org.puente.practices;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.puente.PuenteTest;
import org.puente.WebTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.puente.PageContent.holds;
import static org.puente.PageContent.lacks;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The conflict panel lists only what the other person changed (walk 9 #13: it listed a contact only the second
 * person had typed, "Saved now: —"). The form carries what its fields held when it was opened; on the 409 the
 * summary the first tab changed is shown with both versions, the year only this tab changed is not listed, and
 * saving again keeps both changes: the first tab's summary and this tab's year.
 */
@PuenteTest
class PracticeConflictTheirChangesTests extends WebTestSupport {

	private static final Pattern READ = Pattern.compile("name=\"readValues\" value=\"([^\"]*)\"");

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void onlyTheFieldsTheOtherPersonChangedAreListedAndThisPersonsOtherChangesStand() throws Exception {
		String title = "Practica de campos ajenos " + UUID.randomUUID();
		String location = mvc.perform(form("/practices", title, "Resumen original.", "2016", "", 0))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		String id = location.substring(location.lastIndexOf('/') + 1);
		long started = version(id);
		String edit = mvc.perform(get(location + "/edit").with(as("fp-mexico")).header("Accept-Language", "pt"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		Matcher read = READ.matcher(edit);
		assertThat(read.find()).as("the form carries what it was made with").isTrue();
		String readValues = read.group(1);

		mvc.perform(form(location, title, "Resumen de la pestana A.", "2016", "", started))
			.andExpect(status().is3xxRedirection());
		mvc.perform(form(location, title, "Resumen original.", "2015", "Oficina de Retorno", started)
				.param("readValues", readValues))
			.andExpect(status().isConflict())
			.andExpect(holds("Resumo — espanhol", "Resumen de la pestana A.", "Resumen original.",
					"name=\"readValues\" value=\"" + readValues + "\""))
			.andExpect(lacks("value=\"periodFrom\"", "value=\"contactName\"", "Ano de início</legend>"));

		// sent again as it is: the first tab's summary stays, this tab's year and contact (untouched by the other) too
		mvc.perform(form(location, title, "Resumen original.", "2015", "Oficina de Retorno", started)
				.param("readValues", readValues).param("conflictVersion", String.valueOf(version(id))))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.queryForObject("select period_from from practice where id = ?::uuid", Integer.class, id))
			.isEqualTo(2015);
		assertThat(jdbc.queryForObject("select contact_name from practice where id = ?::uuid", String.class, id))
			.isEqualTo("Oficina de Retorno");
		assertThat(jdbc.queryForObject(
				"select summary from practice_text where practice_id = ?::uuid and language = 'es'", String.class, id))
			.isEqualTo("Resumen de la pestana A.");
	}

	private long version(String id) {
		return jdbc.queryForObject("select version from practice where id = ?::uuid", Long.class, id);
	}

	private MockHttpServletRequestBuilder form(String path, String title, String summary, String from, String contact,
			long version) {
		return post(path).with(as("fp-mexico")).with(csrf()).header("Accept-Language", "pt")
			.param("countries", "MX").param("originalLanguage", "es").param("esTitle", title)
			.param("esSummary", summary).param("esWhy", "Porque funciona.").param("esHow", "Aporta al objetivo 7.")
			.param("sessions", "2").param("objectives", "7").param("targetGroups", "CHILDREN")
			.param("periodFrom", from).param("contactName", contact).param("version", String.valueOf(version));
	}
}
