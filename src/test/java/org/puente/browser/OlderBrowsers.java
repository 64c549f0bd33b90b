package org.puente.browser;

import java.util.Map;

import org.openqa.selenium.chrome.ChromeDriver;

/** The shared browser made to behave like an older one for a test, and put back afterwards. */
public final class OlderBrowsers {

	private OlderBrowsers() {
	}

	/**
	 * From the next page on, before any of its scripts: no {@code Intl}, as in an older browser, and every error the
	 * page's scripts throw kept in {@code window.puenteErrors}. Give the answer to {@link #forgetScript} when done.
	 */
	public static Object withoutIntlRecordingErrors() {
		return ((ChromeDriver) Browser.driver()).executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of(
				"source", """
						delete window.Intl;
						window.puenteErrors = [];
						window.addEventListener('error', function (e) { window.puenteErrors.push(e.message); });"""))
			.get("identifier");
	}

	/** Stops the script {@link #withoutIntlRecordingErrors} added, so the next tests get a browser with Intl. */
	public static void forgetScript(Object identifier) {
		((ChromeDriver) Browser.driver()).executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument",
				Map.of("identifier", identifier));
	}
}
