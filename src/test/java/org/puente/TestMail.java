package org.puente;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;

/**
 * The SMTP server the tests that read mail start. Its port is the one the test profile sends to
 * ({@code spring.mail.port=${puente.test.smtp-port:3025}}): pass {@code -Dpuente.test.smtp-port=N} so that two test
 * runs on one machine do not fight over 3025.
 */
public final class TestMail {

	public static final int PORT = Integer.getInteger("puente.test.smtp-port", 3025);

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
}
