package org.puente.accounts;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.puente.PuenteTest;
import org.puente.TestMail;
import org.puente.notifications.Notice;
import org.puente.notifications.Notices;
import org.puente.web.HtmlValidityTests;
import org.puente.web.SiteAddress;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An administrator replaces the key of the mails' unsubscribe links (/admin/mail-links): the page says first that the
 * links already sent stop working; afterwards such a link is refused with a page that says why and where to switch the
 * mail off instead (410, nothing switched off), a new mail's link works, both nodes agree at once, and the audit log
 * says who did it.
 */
@PuenteTest
class UnsubscribeKeyTests extends UnsubscribeTestSupport {

	/** A mail's text naming its way out, as the digest's does: the copy's signed address takes the marker's place. */
	private static final String WAY_OUT = "Para dejar de recibirlo: " + Notice.UNSUBSCRIBE_ADDRESS;

	@RegisterExtension
	static GreenMailExtension greenMail = TestMail.server();

	@Autowired
	Notices notices;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void aReplacedKeyRefusesTheLinksSentBeforeWithAClearPageAndTheNextMailsLinkWorks() throws Exception {
		String name = account();
		UUID id = id(name);
		String old = links.path(MailChoice.DIGEST, id);
		int generation = links.state().generation();

		// the confirmation says what replacing does, before its button
		mvc.perform(get("/admin/mail-links").with(as("admin")).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The unsubscribe links in every mail already sent stop "
					+ "working at once")))
			.andExpect(content().string(containsString("name=\"generation\" value=\"" + generation + "\"")));
		// administrators only
		mvc.perform(get("/admin/mail-links").with(as("st-crm"))).andExpect(status().isForbidden());
		mvc.perform(post("/admin/mail-links").param("generation", String.valueOf(generation)).with(csrf())
			.with(as("st-crm"))).andExpect(status().isForbidden());
		assertThat(links.genuine(MailChoice.DIGEST, id, signature(old))).isTrue();

		mvc.perform(post("/admin/mail-links").param("generation", String.valueOf(generation)).with(csrf())
			.with(as("admin"))).andExpect(redirectedUrl("/admin/mail-links"));
		assertThat(links.state().generation()).isEqualTo(generation + 1);
		assertThat(jdbc.queryForList("select actor || ': ' || summary from audit_entry where entity_type = "
				+ "'mail_link_key' order by id desc limit 1", String.class))
			.containsExactly("admin: Unsubscribe link key replaced");
		mvc.perform(get("/admin/audit").param("entity", "1").with(as("admin")).header("Accept-Language", "en"))
			.andExpect(content().string(containsString("Unsubscribe link key replaced: the links already sent "
					+ "stopped working")));

		// the link of a mail sent before: refused, said so, and where to switch the mail off instead
		for (var request : List.of(get(old), post(old))) {
			mvc.perform(request.header("Accept-Language", "en"))
				.andExpect(status().isGone())
				.andExpect(content().string(containsString("This unsubscribe link no longer works")))
				.andExpect(content().string(containsString("href=\"/account#digest\"")))
				.andExpect(content().string(not(containsString("method=\"post\""))));
		}
		assertThat(digest(name)).as("an old link switches nothing off").isTrue();
		// an address Puente never signed is still unknown, not withdrawn
		mvc.perform(get(old.substring(0, old.lastIndexOf('/') + 1) + "x")).andExpect(status().isNotFound());

		// a mail written now carries a link under the new key, and it works
		String address = name + "@example.org";
		transactions.executeWithoutResult(tx -> notices.send(new Notice(address, "Resumen " + name, WAY_OUT,
				Locale.forLanguageTag("es")).unsubscribing(address, links.unsubscribe(MailChoice.DIGEST, id))));
		String fresh = unsubscribeLinkOfTheMailTo(address);
		assertThat(fresh).isNotEqualTo(old);
		mvc.perform(post(fresh)).andExpect(status().isOk());
		assertThat(digest(name)).isFalse();

		// a second administrator, still on the page of the first key: told, and nothing replaced again
		mvc.perform(post("/admin/mail-links").param("generation", String.valueOf(generation)).with(csrf())
			.with(as("admin")).header("Accept-Language", "en"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("The key had already been replaced after this page was shown")))
			.andExpect(content().string(not(containsString("Another administrator"))));
		assertThat(links.state().generation()).isEqualTo(generation + 1);
		// a POST without the generation is a bad request said so, not a conflict, and replaces nothing
		mvc.perform(post("/admin/mail-links").with(csrf()).with(as("admin")).header("Accept-Language", "en"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("generation")));
		assertThat(links.state().generation()).isEqualTo(generation + 1);
		mvc.perform(post(fresh)).andExpect(status().isOk());
	}

	/**
	 * A mail written before the key was replaced but not yet sent (failed and waiting for an administrator's "retry
	 * now") goes out with a link signed by the new key, which works: the page promises that mails sent from now on
	 * carry new links.
	 */
	@Test
	void aMailNotYetSentWhenTheKeyIsReplacedGoesOutWithALinkThatWorks() throws Exception {
		Reader reader = reader();
		Long notice = jdbc.queryForObject("insert into notice (subject, body) values (?, ?) returning id",
				Long.class, "Resumen pendiente " + reader.name(), WAY_OUT);
		Long failed = jdbc.queryForObject("insert into notice_delivery (notice_id, recipient, status, attempts, "
				+ "unsubscribe_choice, unsubscribe_account) values (?, ?, 'failed', 6, 'digest', ?) returning id",
				Long.class, notice, reader.address(), reader.id());

		mvc.perform(post("/admin/mail-links").param("generation", String.valueOf(links.state().generation()))
			.with(csrf()).with(as("admin"))).andExpect(redirectedUrl("/admin/mail-links"));

		mvc.perform(post("/admin/deliveries/" + failed + "/retry").with(csrf()).with(as("admin")))
			.andExpect(status().is3xxRedirection());
		theOldLinkIsGoneAndTheMailsWorks(reader);
	}

	/**
	 * The race signing at queue time left open: a mail queued in a transaction that is still open when another
	 * administrator replaces the key, and that commits after the replacement, goes out with a link that works, and
	 * the link the old key gave answers 410.
	 */
	@Test
	void aMailQueuedBeforeAReplacementThatCommitsAfterItGoesOutWithALinkThatWorks() throws Exception {
		Reader reader = reader();
		TransactionTemplate other = new TransactionTemplate(transactions.getTransactionManager());
		other.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		transactions.executeWithoutResult(tx -> {
			notices.send(new Notice(reader.address(), "Resumen en curso " + reader.name(), WAY_OUT,
					Locale.forLanguageTag("es"))
				.unsubscribing(reader.address(), links.unsubscribe(MailChoice.DIGEST, reader.id())));
			// the replacement commits first, while the mail's transaction is still open
			Boolean replaced = other.execute(replacing -> links.replace(links.state().generation()));
			assertThat(replaced).isTrue();
		});
		theOldLinkIsGoneAndTheMailsWorks(reader);
	}

	/** A new account receiving the digest, and the digest's link its mails carried before the key was replaced. */
	record Reader(String name, UUID id, String address, String oldLink) {
	}

	private Reader reader() {
		String name = account();
		UUID id = id(name);
		return new Reader(name, id, name + "@example.org", links.path(MailChoice.DIGEST, id));
	}

	/** The old link answers 410 and switches nothing off; the one of the mail just sent switches the digest off. */
	private void theOldLinkIsGoneAndTheMailsWorks(Reader reader) throws Exception {
		String link = unsubscribeLinkOfTheMailTo(reader.address());
		assertThat(link).isNotEqualTo(reader.oldLink());
		mvc.perform(post(reader.oldLink())).andExpect(status().isGone());
		assertThat(digest(reader.name())).isTrue();
		mvc.perform(post(link)).andExpect(status().isOk());
		assertThat(digest(reader.name())).isFalse();
	}

	/**
	 * The path of the List-Unsubscribe address (between its angle brackets) of the mail {@code address} gets, which
	 * its text names too: signed when the copy is sent, as the header.
	 */
	private static String unsubscribeLinkOfTheMailTo(String address) throws Exception {
		MimeMessage mail = TestMail.awaitTo(greenMail, address);
		String header = mail.getHeader("List-Unsubscribe", null);
		assertThat(TestMail.textPart(mail)).contains("Para dejar de recibirlo: " + header.substring(1,
				header.length() - 1)).doesNotContain(Notice.UNSUBSCRIBE_ADDRESS);
		return header.substring(header.indexOf("/unsubscribe/"), header.length() - 1);
	}

	/** Two nodes on one database: what one replaces, the other refuses and signs anew at once (no key is cached). */
	@Test
	void twoNodesAgreeOnAReplacedKeyAtOnce() {
		UnsubscribeLinks one = new UnsubscribeLinks(jdbc, new SiteAddress("https://uno.example"), event -> { });
		UnsubscribeLinks two = new UnsubscribeLinks(jdbc, new SiteAddress("https://dos.example"), event -> { });
		UUID id = id(account());
		String old = signature(one.path(MailChoice.MEETING_NOTICES, id));
		assertThat(two.genuine(MailChoice.MEETING_NOTICES, id, old)).isTrue();

		assertThat(one.replace(one.state().generation())).isTrue();
		assertThat(two.genuine(MailChoice.MEETING_NOTICES, id, old)).isFalse();
		assertThat(two.withdrawn(MailChoice.MEETING_NOTICES, id, old)).isTrue();
		String renewed = signature(two.path(MailChoice.MEETING_NOTICES, id));
		assertThat(renewed).isEqualTo(signature(one.path(MailChoice.MEETING_NOTICES, id))).isNotEqualTo(old);
		assertThat(one.genuine(MailChoice.MEETING_NOTICES, id, renewed)).isTrue();
		assertThat(two.state()).isEqualTo(one.state());
	}

	@Test
	void theConfirmationAndTheRefusalAreValidHtml() throws Exception {
		UUID id = id(account());
		String old = links.path(MailChoice.MEETING_NOTICES, id);
		HtmlValidityTests.validPage("/admin/mail-links", page(get("/admin/mail-links").with(as("admin")), 200));
		links.replace(links.state().generation());
		HtmlValidityTests.validPage("/admin/mail-links", page(get("/admin/mail-links").with(as("admin")), 200));
		HtmlValidityTests.validPage(old, page(get(old), 410));
	}

	private String page(org.springframework.test.web.servlet.RequestBuilder request, int status) throws Exception {
		return mvc.perform(request).andExpect(status().is(status)).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}
}
