package org.puente.notifications;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.icegreen.greenmail.Managers;
import com.icegreen.greenmail.mail.MailAddress;
import com.icegreen.greenmail.server.AbstractServer;
import com.icegreen.greenmail.smtp.SmtpManager;
import com.icegreen.greenmail.smtp.SmtpState;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.puente.TestMail;

/**
 * GreenMail on the tests' SMTP port that refuses the addresses it is told to at {@code RCPT TO}, as a real server
 * refuses an unknown mailbox ("550 5.1.1"). GreenMail accepts every address; its SMTP manager is the one place that
 * may say no, so this server hands its SMTP protocol a manager that does.
 */
final class RefusingMailServer extends GreenMail {

	final Set<String> refused = ConcurrentHashMap.newKeySet();

	RefusingMailServer() {
		super(setup());
		Managers refusing = new Managers() {
			private final SmtpManager smtp = new SmtpManager(getImapHostManager(), getUserManager()) {
				@Override
				public String checkRecipient(SmtpState state, MailAddress address) {
					return refused.contains(address.getEmail())
							? "550 5.1.1 <" + address.getEmail() + ">: mailbox unavailable" : null;
				}
			};

			@Override
			public SmtpManager getSmtpManager() {
				return smtp;
			}
		};
		// start() keeps managers already set, and reads received mail through them too
		this.managers = refusing;
	}

	private static com.icegreen.greenmail.util.ServerSetup setup() {
		com.icegreen.greenmail.util.ServerSetup setup = ServerSetupTest.SMTP.port(TestMail.PORT);
		// the shared test machine may be slow to bind the port
		setup.setServerStartupTimeout(15_000);
		return setup;
	}

	@Override
	protected Map<String, AbstractServer> createServices(com.icegreen.greenmail.util.ServerSetup[] config,
			Managers unused) {
		return super.createServices(config, managers);
	}

	/** How many mails with {@code subject} reached {@code to}. */
	long received(String to, String subject) {
		return java.util.Arrays.stream(getReceivedMessages()).filter(m -> {
			try {
				return subject.equals(m.getSubject()) && java.util.Arrays.stream(m.getAllRecipients())
					.anyMatch(a -> a.toString().equals(to));
			}
			catch (jakarta.mail.MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).count();
	}
}
