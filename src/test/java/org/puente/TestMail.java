package org.puente;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;

/**
 * The SMTP server the tests that read mail start. Its port is the one the test profile sends to
 * ({@code spring.mail.port=${puente.test.smtp-port:3025}${puente.test.fork:}}): the run's port followed by the number
 * of the test JVM (surefire's fork), 30251 and 30252 by default, so that the forks of a run do not fight over one
 * port. Pass {@code -Dpuente.test.smtp-port=N} (N up to 6553) so that two test runs on one machine do not either.
 */
public final class TestMail {

	public static final int PORT = Integer.parseInt(
			System.getProperty("puente.test.smtp-port", "3025") + System.getProperty("puente.test.fork", ""));

	private TestMail() {
	}

	public static GreenMailExtension server() {
		ServerSetup setup = ServerSetupTest.SMTP.port(PORT);
		// the shared test machine may be slow to bind the port
		setup.setServerStartupTimeout(15_000);
		return new GreenMailExtension(setup);
	}

	/** The first mail the server received for {@code address}, waiting up to 15 s (mail is sent after the commit). */
	public static jakarta.mail.internet.MimeMessage awaitTo(GreenMailExtension server, String address)
			throws Exception {
		for (int wait = 0; wait < 150; wait++) {
			for (jakarta.mail.internet.MimeMessage m : server.getReceivedMessages()) {
				if (com.icegreen.greenmail.util.GreenMailUtil.getAddressList(m.getAllRecipients()).contains(address)) {
					return m;
				}
			}
			Thread.sleep(100);
		}
		throw new AssertionError("no mail to " + address);
	}

	/** The message's text, wherever the multipart structure nests it. */
	public static String textPart(jakarta.mail.Part part) throws Exception {
		if (part.isMimeType("text/plain")) {
			return part.getContent().toString();
		}
		if (part.getContent() instanceof jakarta.mail.Multipart multipart) {
			for (int i = 0; i < multipart.getCount(); i++) {
				String text = textPart(multipart.getBodyPart(i));
				if (!text.isEmpty()) {
					return text;
				}
			}
		}
		return "";
	}

	/**
	 * The mails received whose subject contains {@code text}, once there are at least {@code count} of them (waiting up
	 * to 30 s: notices go one by one after the commit), and half a second more for the last ones.
	 */
	public static java.util.List<jakarta.mail.internet.MimeMessage> awaitAbout(GreenMailExtension server, String text,
			int count) throws Exception {
		for (int wait = 0; wait < 300 && about(server, text).size() < count; wait++) {
			Thread.sleep(100);
		}
		Thread.sleep(500);
		java.util.List<jakarta.mail.internet.MimeMessage> found = about(server, text);
		if (found.size() < count) {
			throw new AssertionError(found.size() + " mails about " + text + ", not " + count);
		}
		return found;
	}

	private static java.util.List<jakarta.mail.internet.MimeMessage> about(GreenMailExtension server, String text)
			throws Exception {
		java.util.List<jakarta.mail.internet.MimeMessage> found = new java.util.ArrayList<>();
		for (jakarta.mail.internet.MimeMessage m : server.getReceivedMessages()) {
			if (m.getSubject() != null && m.getSubject().contains(text)) {
				found.add(m);
			}
		}
		return found;
	}

	/** The one mail among {@code mails} to {@code address}. */
	public static jakarta.mail.internet.MimeMessage to(java.util.List<jakarta.mail.internet.MimeMessage> mails,
			String address) {
		return mails.stream().filter(m -> recipient(m).equals(address)).findFirst()
			.orElseThrow(() -> new AssertionError("no mail to " + address));
	}

	/** The address a mail was sent to (one per copy). */
	public static String recipient(jakarta.mail.internet.MimeMessage mail) {
		try {
			return mail.getRecipients(jakarta.mail.Message.RecipientType.TO)[0].toString();
		}
		catch (jakarta.mail.MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The path (and query) of a notice's one-click unsubscribe address, after checking the mail carries both RFC
	 * 8058 headers: {@code List-Unsubscribe: <https://…/unsubscribe/…>} and {@code List-Unsubscribe-Post:
	 * List-Unsubscribe=One-Click}.
	 */
	public static String unsubscribePath(jakarta.mail.internet.MimeMessage mail) {
		try {
			String header = mail.getHeader("List-Unsubscribe", null);
			if (header == null || !header.matches("<https?://[^/>]+/unsubscribe/[^>]+>")) {
				throw new AssertionError("List-Unsubscribe of the mail to " + recipient(mail) + ": " + header);
			}
			if (!"List-Unsubscribe=One-Click".equals(mail.getHeader("List-Unsubscribe-Post", null))) {
				throw new AssertionError("no List-Unsubscribe-Post in the mail to " + recipient(mail));
			}
			return header.substring(header.indexOf("/unsubscribe/"), header.length() - 1);
		}
		catch (jakarta.mail.MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
