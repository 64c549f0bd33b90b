package org.puente.flows;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.UUID;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.puente.PuenteTest;
import org.puente.TestMail;
import org.puente.accounts.Accounts;
import org.puente.accounts.UnsubscribeLinks;
import org.puente.notifications.Notices;
import org.puente.web.SiteAddress;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A watch on México is mailed to México's focal point and to both secretariats, with the alert's link, which has
 * one slash after the host even when the operator wrote the base address with a trailing one.
 */
@PuenteTest
class FlowAlertMailTests {

	@RegisterExtension
	static GreenMailExtension greenMail = TestMail.server();

	@Autowired
	FlowAlertNotices notifier;

	@Autowired
	Accounts accounts;

	@Autowired
	Notices notices;

	@Autowired
	MessageSource messages;

	@Autowired
	UnsubscribeLinks unsubscribe;

	@Test
	void aWatchReachesTheCountrysFocalPointAndBothSecretariats() throws Exception {
		greenMail.reset();
		UUID id = UUID.randomUUID();
		notifier.on(new FlowWatch.AlertRaised(id, "WATCH", "MX", "AFR", LocalDate.of(2026, 12, 7), "PA"));
		// the listener runs asynchronously, as after a commit
		assertThat(greenMail.waitForIncomingEmail(30_000, 3)).isTrue();
		MimeMessage[] mails = greenMail.getReceivedMessages();
		assertThat(Arrays.stream(mails).map(m -> {
			try {
				return m.getRecipients(Message.RecipientType.TO)[0].toString();
			}
			catch (jakarta.mail.MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		})).contains("punto.focal.mexico@demo.puente.example", "st.crm@demo.puente.example",
				"st.csm@demo.puente.example")
			.doesNotContain("punto.focal.chile@demo.puente.example");
		assertThat(mails[0].getSubject()).isEqualTo("Vigilancia en México: África (extrarregional)");
		assertThat(mails[0].getHeader("Content-Language", null)).isEqualTo("es");
		assertThat(GreenMailUtil.getBody(mails[0])).contains("/flows/alerts/" + id).contains("2026-12-07");
		// each copy says why it was sent and stops flow alerts in one click (RFC 8058)
		assertThat(mails).allSatisfy(m -> assertThat(TestMail.unsubscribePath(m)).startsWith("/unsubscribe/flow-alerts/"));
		MimeMessage mexico = TestMail.to(Arrays.asList(mails), "punto.focal.mexico@demo.puente.example");
		assertThat(TestMail.textPart(mexico)).contains("Recibe este correo porque es punto focal del país de la alerta.");
	}

	@Test
	void theLinkHasOneSlashWhenTheBaseAddressEndsWithOne() throws Exception {
		greenMail.reset();
		UUID id = UUID.randomUUID();
		new FlowAlertNotices(accounts, notices, messages, new SiteAddress("https://puente.example.org/"), unsubscribe)
			.on(new FlowWatch.AlertRaised(id, "WATCH", "MX", "AFR", LocalDate.of(2026, 12, 7), "PA"));
		assertThat(greenMail.waitForIncomingEmail(30_000, 1)).isTrue();
		assertThat(greenMail.getReceivedMessages()[0].getContent().toString())
			.contains("https://puente.example.org/flows/alerts/" + id).doesNotContain("org//");
	}
}
