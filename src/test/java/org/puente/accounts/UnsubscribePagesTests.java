package org.puente.accounts;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.puente.PageContent;
import org.puente.PuenteTest;
import org.puente.web.HtmlValidityTests;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every kind of notice one may stop has a one-click unsubscribe page that says, in the mail's language (its address
 * names it: es, en, pt, fr), what it stops; the mail program's POST stops it for that account only, audited in the
 * reader's words; the page's undo receives it again; and the account page has the same switch for those whom the
 * notice concerns. The mails of a followed agreement stop by no longer following it.
 */
@PuenteTest
class UnsubscribePagesTests extends UnsubscribeTestSupport {

	private static final List<String> LANGUAGES = List.of("es", "en", "pt", "fr");

	@Autowired
	MessageSource messages;

	@Autowired
	Accounts accounts;

	@Test
	void everyKindOfNoticeIsStoppedInOneClickSaidInTheMailsLanguageAndUndone() throws Exception {
		for (MailChoice choice : MailChoice.values()) {
			String name = account();
			UUID id = id(name);
			String path = links.path(choice, id);
			for (String language : LANGUAGES) {
				String what = messages.getMessage("unsubscribe." + choice.key(), null, Locale.forLanguageTag(language));
				Document page = page(get(path + "?lang=" + language), path);
				assertThat(page.selectFirst("html").attr("lang")).isEqualTo(language);
				assertThat(page.selectFirst("h1").text()).as(choice + " in " + language).contains(what);
			}
			assertThat(accounts.wants(choice, id)).isTrue();
			mvc.perform(post(path).contentType(MediaType.APPLICATION_FORM_URLENCODED).content("List-Unsubscribe=One-Click"))
				.andExpect(status().isOk());
			assertThat(accounts.wants(choice, id)).as(choice + " stopped").isFalse();
			// nobody else's
			assertThat(MailChoice.values()).filteredOn(other -> other != choice)
				.allSatisfy(other -> assertThat(accounts.wants(other, id)).as(other + " still on").isTrue());
			// the page said it is done, with the undo
			Document done = page(post(path).header("Accept-Language", "fr"), path);
			assertThat(done.selectFirst("h1").text()).startsWith("Vous ne recevrez plus");
			assertThat(done.select("form input[name=again]")).hasSize(1);
			Document undone = page(post(path).param("again", "true").header("Accept-Language", "pt"), path);
			assertThat(undone.selectFirst("[role=status]").text()).startsWith("Pronto: você voltará a receber");
			assertThat(accounts.wants(choice, id)).as(choice + " again").isTrue();
			assertThat(jdbc.queryForList("select summary from audit_entry where entity_type = 'account' and "
					+ "entity_id = ? order by id", String.class, id.toString())).endsWith(
						choice.audited() + " switched off from the mail's link",
						choice.audited() + " switched on again from the mail's link");
		}
	}

	@Test
	void theAuditLogSaysEachStopInTheReadersWords() throws Exception {
		String name = account();
		UUID id = id(name);
		mvc.perform(post(links.path(MailChoice.FLOW_ALERTS, id))).andExpect(status().isOk());
		mvc.perform(get("/admin/audit").param("actor", name).header("Accept-Language", "en").with(as("admin")))
			.andExpect(PageContent.holds("stopped receiving the migration flow alerts from the mail’s link"));
	}

	@Test
	void theAccountPageHasTheSwitchOfEveryNoticeThatConcernsTheMember() throws Exception {
		String focalPoint = "fp-mexico";
		mvc.perform(get("/account").with(as(focalPoint))).andExpect(PageContent.holds("id=\"agreement-notices\"",
				"id=\"agreement-reminders\"", "id=\"consultation-notices\"", "id=\"drafting-notices\"",
				"id=\"flow-alerts\"", "id=\"practice-notices\"", "Recibir las alertas de flujos migratorios"));
		// an observer is never sent a consultation, and has no switch for it
		mvc.perform(get("/account").with(as("observer-oim"))).andExpect(PageContent.lacks("id=\"consultation-notices\""));
		mvc.perform(post("/account/notices/consultation-notices").with(as("observer-oim")).with(csrf()))
			.andExpect(status().isNotFound());
		UUID mexico = accounts.byUsername(focalPoint).orElseThrow().id();
		try {
			mvc.perform(post("/account/notices/flow-alerts").with(as(focalPoint)).with(csrf()))
				.andExpect(status().is3xxRedirection());
			assertThat(accounts.wants(MailChoice.FLOW_ALERTS, mexico)).isFalse();
		}
		finally {
			mvc.perform(post("/account/notices/flow-alerts").param("receive", "true").with(as(focalPoint)).with(csrf()))
				.andExpect(status().is3xxRedirection());
		}
		assertThat(accounts.wants(MailChoice.FLOW_ALERTS, mexico)).isTrue();
	}

	@Test
	void aFollowedAgreementsMailStopsFollowingItAndThePageSaysSoInFourLanguages() throws Exception {
		UUID agreement = jdbc.queryForObject("select id from agreement order by number limit 1", UUID.class);
		String name = account();
		UUID id = id(name);
		jdbc.update("insert into agreement_follower (agreement_id, account_id) values (?, ?)", agreement, id);
		String address = links.address(links.unfollow("agreement", id, agreement), "en");
		String path = address.substring(address.indexOf("/unsubscribe/"), address.indexOf('?'));
		for (String language : LANGUAGES) {
			Document page = page(get(path + "?lang=" + language), path);
			assertThat(page.selectFirst("html").attr("lang")).isEqualTo(language);
			assertThat(page.selectFirst("h1").text()).contains(switch (language) {
				case "es" -> "¿Dejar de recibir los avisos del acuerdo";
				case "en" -> "Stop receiving the notices of agreement";
				case "pt" -> "Deixar de receber os avisos do acordo";
				default -> "Ne plus recevoir les avis de l’accord";
			});
		}
		mvc.perform(post(path).contentType(MediaType.APPLICATION_FORM_URLENCODED).content("List-Unsubscribe=One-Click"))
			.andExpect(status().isOk());
		assertThat(followers(agreement)).doesNotContain(id);
		Document done = page(post(path).header("Accept-Language", "en"), path);
		assertThat(done.text()).contains("You no longer follow agreement");
		page(post(path).param("again", "true"), path);
		assertThat(followers(agreement)).contains(id);
		// another account's, or another agreement's, with this signature: unknown
		String signature = signature(path);
		mvc.perform(post("/unsubscribe/agreement/" + id(account()) + "/" + agreement + "/" + signature))
			.andExpect(status().isNotFound());
		assertThat(followers(agreement)).contains(id);
	}

	private List<UUID> followers(UUID agreement) {
		return jdbc.queryForList("select account_id from agreement_follower where agreement_id = ?", UUID.class,
				agreement);
	}

	/** The page answered 200, valid HTML. */
	private Document page(org.springframework.test.web.servlet.RequestBuilder request, String path) throws Exception {
		return HtmlValidityTests.validPage(path, mvc.perform(request).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
	}
}
