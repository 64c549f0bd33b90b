package org.puente.accounts;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.puente.PageContent;
import org.puente.PuenteTest;
import org.puente.web.SiteAddress;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The one-click unsubscribe of the digest (RFC 8058): the mail program's POST switches it off without signing in nor
 * any CSRF token, opening the address only shows a button, a forged address is unknown, and the account page and the
 * audit log show the change.
 */
@PuenteTest
class UnsubscribeTests extends UnsubscribeTestSupport {

	@Test
	void theMailProgramsPostSwitchesTheDigestOffWhileOpeningTheAddressOnlyAsks() throws Exception {
		String name = account();
		UUID id = id(name);
		String path = links.path(MailChoice.DIGEST, id);
		// opening the address (a person, or a link scanner) switches nothing off
		mvc.perform(get(path).header("Accept-Language", "en")).andExpect(status().isOk())
			.andExpect(content().string(containsString("Stop receiving the weekly digest of your actions?")))
			.andExpect(content().string(containsString("action=\"" + path + "\"")));
		assertThat(digest(name)).isTrue();
		// RFC 8058: no session, no CSRF token, the body "List-Unsubscribe=One-Click"
		mvc.perform(post(path).contentType(MediaType.APPLICATION_FORM_URLENCODED).content("List-Unsubscribe=One-Click"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Ya no recibirá el resumen semanal de sus acciones.")));
		assertThat(digest(name)).isFalse();
		assertThat(jdbc.queryForList("select actor || ': ' || summary from audit_entry where entity_type = 'account' "
				+ "and entity_id = ? order by id desc limit 1", String.class, id.toString()))
			.containsExactly(name + ": Weekly digest switched off from the mail's link");
		// the account page shows it, where it can be switched on again
		mvc.perform(get("/account").with(as(name)))
			.andExpect(PageContent.holds("id=\"weeklyDigest\" name=\"weeklyDigest\" value=\"true\">"));
		// a second click says the same and records nothing more
		mvc.perform(post(path)).andExpect(status().isOk());
		assertThat(jdbc.queryForObject("select count(*) from audit_entry where entity_id = ? and summary like "
				+ "'Weekly digest switched off%'", Integer.class, id.toString())).isEqualTo(1);
	}

	@Test
	void anAddressPuenteDidNotSignIsUnknown() throws Exception {
		UUID mine = id(account());
		UUID other = id(account());
		String signature = links.path(MailChoice.DIGEST, mine).substring(links.path(MailChoice.DIGEST, mine)
			.lastIndexOf('/'));
		for (String forged : new String[] { "/unsubscribe/digest/" + other + signature,
				"/unsubscribe/meeting-notices/" + mine + signature, "/unsubscribe/digest/" + mine + "/x",
				"/unsubscribe/news/" + mine + signature, "/unsubscribe/digest/not-an-id" + signature }) {
			mvc.perform(post(forged)).andExpect(status().isNotFound());
			mvc.perform(get(forged)).andExpect(status().isNotFound());
		}
		assertThat(digest(jdbc.queryForObject("select username from account where id = ?", String.class, other)))
			.isTrue();
	}

	/**
	 * Two nodes on one database sign with the same key, and a key replaced in the database (revoking every link sent
	 * so far) is the one both use at once, without a restart: no node keeps a key of its own.
	 */
	@Test
	void twoNodesAgreeOnTheKeyAndAReplacedKeyRevokesTheOldLinksOnBothAtOnce() {
		UnsubscribeLinks one = new UnsubscribeLinks(jdbc, new SiteAddress("https://uno.example"), event -> { });
		UnsubscribeLinks two = new UnsubscribeLinks(jdbc, new SiteAddress("https://dos.example"), event -> { });
		UUID id = id(account());
		String old = signature(one.path(MailChoice.DIGEST, id));
		assertThat(signature(two.path(MailChoice.DIGEST, id))).isEqualTo(old);
		assertThat(two.genuine(MailChoice.DIGEST, id, old)).isTrue();
		byte[] before = jdbc.queryForObject("select secret from mail_link_key where id = 1", byte[].class);
		byte[] replaced = before.clone();
		replaced[0] ^= 1;
		jdbc.update("update mail_link_key set secret = ? where id = 1", (Object) replaced);
		try {
			assertThat(one.genuine(MailChoice.DIGEST, id, old)).isFalse();
			assertThat(two.genuine(MailChoice.DIGEST, id, old)).isFalse();
			assertThat(links.genuine(MailChoice.DIGEST, id, old)).isFalse();
			String renewed = signature(two.path(MailChoice.DIGEST, id));
			assertThat(renewed).isNotEqualTo(old);
			assertThat(one.genuine(MailChoice.DIGEST, id, renewed)).isTrue();
		}
		finally {
			// the other tests' links were signed with the first key
			jdbc.update("update mail_link_key set secret = ? where id = 1", (Object) before);
		}
	}

	@Test
	void bothPagesAreValidHtml() throws Exception {
		String path = links.path(MailChoice.MEETING_NOTICES, id(account()));
		for (var request : java.util.List.of(get(path), post(path))) {
			org.puente.web.HtmlValidityTests.validPage(path, mvc.perform(request).andExpect(status().isOk()).andReturn()
				.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
		}
	}
}
