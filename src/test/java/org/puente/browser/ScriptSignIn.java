package org.puente.browser;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Signs in as {@link Browser#signInAndOpen} does: what {@code signIn(username).open(path)} did, without the home page
 * the sign-in form leads to, which Chromium loaded and the server rendered only to be left at once (76 of the 91
 * sign-ins of the browser tests went on to another page; suite19). The sign-in page's own form is sent, with its CSRF
 * token, by the page's script asking for JSON, as Puente's scripts sign in: the same authentication, audit entry,
 * language and time-zone cookies and session, and a refusal fails here. The form's click-through stays tested where it
 * is the subject ({@link Browser#signIn}, {@link Browser#signInAgain}, the accounts' browser tests).
 */
final class ScriptSignIn {

	private static final String SEND_THE_FORM = """
			var done = arguments[arguments.length - 1];
			var form = document.querySelector('form.form');
			var data = new URLSearchParams(new FormData(form));
			data.set('username', arguments[0]);
			data.set('password', 'puente-demo-2017');
			fetch(form.action, { method: 'POST', body: data, headers: { 'Accept': 'application/json' } })
			  .then(function (answer) { done(answer.status); }, function (failure) { done(String(failure)); });""";

	private ScriptSignIn() {
	}

	static void signIn(WebDriver driver, String baseUrl, String username) {
		driver.get(baseUrl + "/login");
		Object status = ((JavascriptExecutor) driver).executeAsyncScript(SEND_THE_FORM, username);
		assertThat(status).as("signing in as %s", username).isEqualTo(200L);
	}
}
