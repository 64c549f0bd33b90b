package org.puente.agreements;

import java.net.URI;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.puente.PuenteTest;
import org.puente.WebTestSupport;
import org.puente.TestMail;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The weekly digest: each person responsible for agreements overdue or due within the week gets one mail in their
 * language, once per week however often the task runs, and none after switching it off with the link in the mail,
 * which works without a sign-in.
 */
@PuenteTest
class AgreementDigestTests extends WebTestSupport {

	@RegisterExtension
	static GreenMailExtension greenMail = TestMail.server();

	@Autowired
	AgreementDigest digest;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void tellsEachResponsiblePersonOnceAWeekWhatIsDueAndOverdueUnlessTheySwitchedItOff() throws Exception {
		// a Monday of 2017, when the demo register had deadlines due and past
		LocalDate monday = LocalDate.of(2017, 7, 3);
		var digests = digest.digests(monday);
		assertThat(digests).isNotEmpty();
		AgreementDigest.Digest chile = digests.values().stream()
			.filter(d -> d.to().username().equals("fp-chile"))
			.findFirst()
			.orElseThrow();
		assertThat(chile.overdue()).allMatch(a -> a.dueDate().isBefore(monday) && a.status().isOpen());
		assertThat(chile.dueThisWeek()).allMatch(a -> !a.dueDate().isBefore(monday));

		int sent = digest.sendWeek(monday);
		assertThat(sent).isEqualTo(digests.size());
		assertThat(greenMail.waitForIncomingEmail(15_000, sent)).isTrue();
		MimeMessage toChile = Arrays.stream(greenMail.getReceivedMessages())
			.filter(m -> GreenMailUtil.getAddressList(uncheckedRecipients(m)).contains("punto.focal.chile"))
			.findFirst()
			.orElseThrow();
		assertThat(toChile.getSubject()).startsWith("Sus acciones de la semana");
		String body = TestMail.textPart(toChile);
		assertThat(body).contains("Acuerdo").contains("/account#digest");
		// the mail program's "Unsubscribe" switches the digest off in one click (RFC 8058), with a signed address
		// whose page speaks the mail's language
		String header = toChile.getHeader("List-Unsubscribe", null);
		assertThat(header).matches("<https?://[^/]+/unsubscribe/digest/[0-9a-f-]{36}/[A-Za-z0-9_-]{43}\\?lang=es>");
		assertThat(toChile.getHeader("List-Unsubscribe-Post", null)).isEqualTo("List-Unsubscribe=One-Click");
		// the text's "to stop receiving this digest" link is the same signed address (it was the account page, which
		// needs a sign-in)
		Matcher stop = Pattern.compile("sin iniciar sesión: (\\S+)").matcher(body);
		assertThat(stop.find()).as("the digest's way out in its text: %s", body).isTrue();
		assertThat("<" + stop.group(1) + ">").isEqualTo(header);
		// the same week again (another node, a retry): nothing more
		assertThat(digest.sendWeek(monday.plusDays(2))).isZero();

		// followed without any session: opening it asks (a link scanner switches nothing off), its button switches
		// the digest off, in the mail's language, audited as the account's own change
		URI link = URI.create(stop.group(1));
		String path = link.getRawPath() + "?" + link.getRawQuery();
		mvc.perform(get(path)).andExpect(status().isOk())
			.andExpect(content().string(containsString("¿Dejar de recibir el resumen semanal de sus acciones?")));
		mvc.perform(post(path)).andExpect(status().isOk())
			.andExpect(content().string(containsString("Ya no recibirá el resumen semanal de sus acciones.")));
		assertThat(jdbc.queryForList("select actor || ': ' || summary from audit_entry where entity_type = 'account' "
				+ "and entity_id = ? order by id desc limit 1", String.class, chile.to().id().toString()))
			.containsExactly("fp-chile: Weekly digest switched off from the mail's link");
		greenMail.reset();
		digest.sendWeek(monday.plusWeeks(1));
		assertThat(Arrays.stream(greenMail.getReceivedMessages())
			.map(m -> GreenMailUtil.getAddressList(uncheckedRecipients(m))))
			.noneMatch(to -> to.contains("punto.focal.chile"));
		mvc.perform(post("/account/digest").param("weeklyDigest", "true").with(csrf())
			.with(as("fp-chile"))).andExpect(status().is3xxRedirection());
	}

	private static jakarta.mail.Address[] uncheckedRecipients(MimeMessage m) {
		try {
			return m.getAllRecipients();
		}
		catch (jakarta.mail.MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
