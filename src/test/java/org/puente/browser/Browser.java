package org.puente.browser;

import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One headless Debian Chromium for the whole test run (started on first use, stopped when the JVM ends), driven
 * like a person would: open a page, type, click; and every page visited is checked with axe-core.
 */
public final class Browser {

	/** How long a wait gives the application: generous, since CI runs on two slow cores (only a failure waits it out). */
	private static final Duration PATIENCE = Duration.ofSeconds(30);

	/**
	 * How often a wait looks again (Selenium's default is half a second). A wait not met at its first look ended up to
	 * half a second after its condition was; a look is one local WebDriver call. Same conditions, same time limits:
	 * suite17 measured, alternating on the same tests, 117 → 51 ms per navigation wait, 186 → 19 ms per announcement.
	 */
	public static final Duration POLL = Duration.ofMillis(50);

	/**
	 * Keeps, per page, the form data of every htmx request whose answer has been swapped in and settled, so a test can
	 * wait for the answer to what it typed rather than for any answer.
	 */
	private static final String RECORD_SETTLED = """
			if (!window.puenteSettled) {
			  window.puenteSettled = [];
			  document.body.addEventListener('htmx:afterSettle', function (event) {
			    var config = event.detail.requestConfig;
			    if (config && config.formData) { window.puenteSettled.push(config.formData); }
			  });
			}
			window.puenteSettled.length = 0;""";

	private static WebDriver driver;

	private final String baseUrl;

	public Browser(int port) {
		this.baseUrl = "http://localhost:" + port;
	}

	public static synchronized WebDriver driver() {
		if (driver == null) {
			ChromeOptions options = new ChromeOptions();
			options.setBinary("/usr/bin/chromium");
			options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
					"--disable-component-update", "--no-first-run", "--disable-dev-shm-usage", "--window-size=1280,1024",
					"--lang=es");
			// a browser set to Spanish, as most of Puente's users have
			options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", "es"));
			ChromeDriverService service = new ChromeDriverService.Builder()
				.usingDriverExecutable(new java.io.File("/usr/bin/chromedriver"))
				.build();
			driver = new ChromeDriver(service, options);
			driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
			Runtime.getRuntime().addShutdownHook(new Thread(() -> driver.quit()));
		}
		return driver;
	}

	/** Opens a page and checks it for accessibility violations before returning. */
	public Browser open(String path) {
		driver().get(baseUrl + path);
		return checkAccessibility();
	}

	public Browser checkAccessibility() {
		// an error page is accessible too, so a server failure would pass unnoticed without this look
		assertThat(driver().findElements(By.cssSelector(".error-page[data-status^='5']")))
			.as("server error on %s", driver().getCurrentUrl())
			.isEmpty();
		AxeCheck.assertNoViolations(driver());
		return this;
	}

	public Browser signIn(String username) {
		signOut();
		driver().get(baseUrl + "/login");
		type("username", username).type("password", "puente-demo-2017");
		clickToNavigate(By.cssSelector("form.form button[type=submit]"));
		waitFor(By.cssSelector("a.account-name"));
		return this;
	}

	/** {@code signIn(username).open(path)} without the home page in between ({@link ScriptSignIn}). */
	public Browser signInAndOpen(String username, String path) {
		return signInByScript(username).open(path);
	}

	/** Signs in without the home page ({@link ScriptSignIn}), staying on the sign-in page: a test sets the screen next. */
	public Browser signInByScript(String username) {
		signOut();
		ScriptSignIn.signIn(driver(), baseUrl, username);
		return this;
	}

	public Browser signOut() {
		// the copies keep-typed.js keeps of unsent text belong to one test's person: a form a test left refused would
		// otherwise come back filled in the next test that opens it (KeepTypedBrowserTests signs in again without this)
		try {
			((JavascriptExecutor) driver()).executeScript("""
					Object.keys(localStorage).filter(function (k) { return k.indexOf('puente.keep.') === 0; })
					  .forEach(function (k) { localStorage.removeItem(k); });""");
		}
		catch (org.openqa.selenium.WebDriverException ex) {
			// no page of Puente open yet (about:blank has no storage): nothing to clear
		}
		driver().manage().deleteAllCookies();
		return this;
	}

	/** Signs in as a person does after a session ended: the browser's copies of unsent text stay (unlike signIn). */
	public Browser signInAgain(String username) {
		driver().manage().deleteAllCookies();
		open("/login").type("username", username).type("password", "puente-demo-2017");
		clickToNavigate(By.cssSelector("form.form button[type=submit]"));
		waitFor(By.cssSelector("a.account-name"));
		return this;
	}

	/** Runs {@code step} with the browser's network off (ChromeDriver's network conditions), then turns it back on. */
	public Browser offline(Runnable step) {
		org.openqa.selenium.chromium.ChromiumNetworkConditions offline = new org.openqa.selenium.chromium.ChromiumNetworkConditions();
		offline.setOffline(true);
		((ChromeDriver) driver()).setNetworkConditions(offline);
		try {
			step.run();
		}
		finally {
			((ChromeDriver) driver()).deleteNetworkConditions();
		}
		return this;
	}

	public Browser type(String id, String text) {
		WebElement field = driver().findElement(By.id(id));
		field.clear();
		field.sendKeys(text);
		return this;
	}

	/**
	 * Sets a field's value as a person achieves it with its picker: a date picker's typing rules depend on the
	 * browser's locale, so typing into it is not what people do.
	 */
	public Browser setValue(String id, String value) {
		((JavascriptExecutor) driver()).executeScript("arguments[0].value = arguments[1]", driver().findElement(By.id(id)),
				value);
		return this;
	}

	/** Chooses a file for the file field. */
	public Browser attach(String id, java.nio.file.Path file) {
		driver().findElement(By.id(id)).sendKeys(file.toAbsolutePath().toString());
		return this;
	}

	public Browser click(By by) {
		driver().findElement(by).click();
		return this;
	}

	/**
	 * Clicks and waits for the announcement the action produces. A page already showing an earlier announcement
	 * would satisfy a plain wait at once, before the server answered, so only an announcement element that did
	 * not exist before the click counts (a reloaded page or an htmx swap both make new elements).
	 */
	public WebElement clickAndWaitForFlash(By by) {
		return clickAndWaitForFlash(driver().findElement(by));
	}

	public WebElement clickAndWaitForFlash(WebElement element) {
		By flash = By.cssSelector(".flash");
		java.util.Set<WebElement> before = new java.util.HashSet<>(driver().findElements(flash));
		element.click();
		WebElement announcement = new WebDriverWait(driver(), PATIENCE, POLL).until(d -> d.findElements(flash).stream()
			.filter(candidate -> !before.contains(candidate))
			.findFirst()
			.orElse(null));
		waitUntilLoaded();
		return announcement;
	}

	/**
	 * Clicks a link or a plain (not htmx) submit button and waits until the next page has replaced this one. Without
	 * it, a wait for an element the old page also had (a heading, an earlier notice, the error summary of a form sent
	 * again) is satisfied at once, and the next read hits an element the browser has meanwhile thrown away, or the
	 * old page is checked instead of the new one.
	 */
	public Browser clickToNavigate(By by) {
		return clickToNavigate(driver().findElement(by));
	}

	public Browser clickToNavigate(WebElement element) {
		WebElement page = driver().findElement(By.tagName("html"));
		element.click();
		new WebDriverWait(driver(), PATIENCE, POLL).until(d -> isGone(page));
		waitUntilLoaded();
		return this;
	}

	/**
	 * Whether the page an element belonged to has been replaced. Chrome says so with a stale-element error, or, when
	 * asked in the middle of the navigation, with "Node with given id does not belong to the document" (an error
	 * Selenium's own staleness check lets through, failing the test on CI).
	 */
	private static boolean isGone(WebElement oldElement) {
		try {
			oldElement.isEnabled();
			return false;
		}
		catch (org.openqa.selenium.StaleElementReferenceException ex) {
			return true;
		}
		catch (org.openqa.selenium.WebDriverException ex) {
			if (ex.getMessage() != null && ex.getMessage().contains("does not belong to the document")) {
				return true;
			}
			throw ex;
		}
	}

	/**
	 * Types into a field that htmx sends to the server as one types (a live search, an autosave: a delayed trigger, so
	 * the server may first answer for part of the text) and waits until the answer for the whole text has been
	 * swapped in and nothing else is on its way. Reading or clicking the answer before then may meet a list that is
	 * about to be replaced.
	 */
	public Browser typeAndWaitForSwap(String id, String text) {
		JavascriptExecutor js = (JavascriptExecutor) driver();
		js.executeScript(RECORD_SETTLED);
		WebElement field = driver().findElement(By.id(id));
		field.clear();
		field.sendKeys(text);
		new WebDriverWait(driver(), PATIENCE, POLL).withMessage(() -> "no answer swapped in for \"" + text + "\" typed in #" + id)
			.until(d -> Boolean.TRUE.equals(js.executeScript("""
					var field = document.getElementById(arguments[0]);
					return !document.querySelector('.htmx-request')
					  && window.puenteSettled.some(function (sent) { return sent.get(field.name) === field.value; });""",
					id)));
		return this;
	}

	/** Waits until the element shows the text (an answer swapped in, a status that changes in place). */
	public WebElement waitForText(By by, String text) {
		new WebDriverWait(driver(), PATIENCE, POLL).until(ExpectedConditions.textToBePresentInElementLocated(by, text));
		return driver().findElement(by);
	}

	private void waitUntilLoaded() {
		new WebDriverWait(driver(), PATIENCE, POLL).until(d -> "complete"
			.equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
	}

	public WebElement waitFor(By by) {
		return new WebDriverWait(driver(), PATIENCE, POLL).until(ExpectedConditions.presenceOfElementLocated(by));
	}

	public String text(By by) {
		return driver().findElement(by).getText();
	}

	public String heading() {
		return text(By.tagName("h1"));
	}

	public String currentPath() {
		return driver().getCurrentUrl().substring(baseUrl.length());
	}

	public String pageSource() {
		return driver().getPageSource();
	}

	/** Fetches a file with the browser's session, as clicking its link would; fails unless it answers 200. */
	public byte[] download(String url) throws Exception {
		String cookies = driver().manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
			.collect(Collectors.joining("; "));
		var response = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest
			.newBuilder(java.net.URI.create(url.startsWith("http") ? url : baseUrl + url)).header("Cookie", cookies)
			.build(), java.net.http.HttpResponse.BodyHandlers.ofByteArray());
		assertThat(response.statusCode()).as("GET %s", url).isEqualTo(200);
		return response.body();
	}
}
