package org.puente.web;

import java.util.ArrayList;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.puente.PuenteTest;
import org.puente.WebTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The forms that take free text ask keep-typed.js to keep a copy of it (data-keep-typed), the pages that hold them
 * stay valid HTML, and what the script says is in the page's language; a password is never among what is kept.
 */
@PuenteTest
class KeepTypedFormsTests extends WebTestSupport {

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theFormsThatTakeFreeTextAreKeptAndTheirPagesAreValid() throws Exception {
		// one st-crm may edit (a CRM one): after DocumentsTests the first public document may be a CSM upload
		String document = jdbc.queryForObject(
				"select id::text from document where confidentiality = 'PUBLIC' and 'CRM' = any(processes) order by id limit 1",
				String.class);
		String agreement = jdbc.queryForObject("select id::text from agreement order by id limit 1", String.class);
		for (String[] page : new String[][] { { "st-crm", "/documents/" + document, "/documents/" + document + "/versions" },
				{ "admin", "/agreements/items/" + agreement, "/agreements/items/" + agreement + "/updates" },
				{ "fp-panama", "/practices/new", "/practices" }, { "st-crm", "/meetings/new", "/meetings" },
				{ "st-crm", "/experts/new", "/experts" }, { "st-crm", "/drafting/new", "/drafting" },
				{ "st-crm", "/directory/people/new", "/directory/people" },
				{ "st-crm", "/glossary/acogida/definitions/new", "/glossary/acogida/definitions" } }) {
			String html = mvc.perform(get(page[1]).with(as(page[0])).header("Accept-Language", "es")).andReturn()
				.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
			Document parsed = Jsoup.parse(html);
			assertThat(parsed.select("form[data-keep-typed]").eachAttr("action")).as(page[1]).contains(page[2]);
			assertThat(parsed.select("script[src*=keep-typed]")).as(page[1]).hasSize(1);
			HtmlValidityTests.validPage(page[1], html);
		}
	}

	@Test
	void theScriptSpeaksThePagesLanguage() throws Exception {
		String[][] expected = { { "es", "Se recuperó el texto que no había enviado: revíselo y envíelo.", "Descartar ese texto" },
				{ "en", "Your unsent text was restored: check it and send it.", "Discard that text" },
				{ "pt", "O texto que não tinha enviado foi recuperado: revise-o e envie-o.", "Descartar esse texto" },
				{ "fr", "Le texte que vous n'aviez pas envoyé a été rétabli : vérifiez-le et envoyez-le.", "Abandonner ce texte" } };
		for (String[] language : expected) {
			Document page = Jsoup.parse(mvc.perform(get("/practices/new").with(as("fp-panama"))
				.header("Accept-Language", language[0])).andReturn().getResponse()
				.getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
			assertThat(page.body().attr("data-msg-keep-restored")).as(language[0]).isEqualTo(language[1]);
			assertThat(page.body().attr("data-msg-keep-discard")).as(language[0]).isEqualTo(language[2]);
			assertThat(page.body().attr("data-msg-keep-offline")).as(language[0]).isNotBlank();
			assertThat(page.body().attr("data-msg-keep-failed")).as(language[0]).isNotBlank();
			// how long a copy is kept: one number (web.KeptTyped), given to the script and said in the note
			assertThat(page.body().attr("data-keep-days")).isEqualTo("14");
			assertThat(page.body().attr("data-msg-keep-kept-since")).as(language[0]).contains(" 14 ").contains("{time}");
		}
	}

	/**
	 * No template puts a password field in a kept form (the sign-in, the password change, the reset forms to come):
	 * keep-typed.js skips password fields anyway (KeepTypedBrowserTests), and a form of passwords has nothing to keep.
	 */
	@Test
	void noTemplateKeepsAFormWithAPassword() throws Exception {
		var templates = new org.springframework.core.io.support.PathMatchingResourcePatternResolver()
			.getResources("classpath*:templates/**/*.html");
		List<String> kept = new ArrayList<>();
		int withPasswords = 0;
		for (var template : templates) {
			Document parsed = Jsoup.parse(template.getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
			withPasswords += parsed.select("form:has(input[type=password])").size();
			parsed.select("form[data-keep-typed]:has(input[type=password])").forEach(f -> kept.add(template.getFilename()));
		}
		assertThat(withPasswords).isGreaterThanOrEqualTo(2);
		assertThat(kept).isEmpty();
	}

	/** Passwords are never copied to the browser's storage: neither form that takes one asks for it. */
	@Test
	void noFormWithAPasswordIsKept() throws Exception {
		for (String[] page : new String[][] { { null, "/login" }, { "fp-panama", "/account" } }) {
			var request = get(page[1]);
			if (page[0] != null) {
				request.with(as(page[0]));
			}
			Document parsed = Jsoup.parse(mvc.perform(request).andReturn().getResponse()
				.getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
			assertThat(parsed.select("input[type=password]")).as(page[1]).isNotEmpty();
			assertThat(parsed.select("form[data-keep-typed] input[type=password]")).as(page[1]).isEmpty();
		}
	}
}
