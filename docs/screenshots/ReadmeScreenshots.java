import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The README's screenshots, taken in Debian's headless Chromium from a demo run: run by docs/screenshots/readme.sh,
 * which signs in and uploads the minutes first. Arguments: base address, SESSION cookie of st-csm, review id, folder.
 */
public class ReadmeScreenshots {

	public static void main(String[] args) throws Exception {
		String base = args[0];
		String session = args[1];
		String review = args[2];
		Path folder = Path.of(args[3]);
		ChromeOptions options = new ChromeOptions();
		options.setBinary("/usr/bin/chromium");
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--hide-scrollbars=false",
				"--force-device-scale-factor=1", "--lang=es");
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(new File("/usr/bin/chromedriver"))
			.build();
		WebDriver driver = new ChromeDriver(service, options);
		try {
			driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(120));
			driver.manage().window().setSize(new Dimension(1280, 1000));
			// anonymous, in Spanish: the public home page
			driver.get(base + "/?lang=es");
			shot(driver, folder.resolve("home.png"));
			// st-csm's own session: the review of the uploaded minutes, at its suggestions, in Spanish
			driver.manage().addCookie(new Cookie("SESSION", session));
			driver.manage().window().setSize(new Dimension(1280, 860));
			driver.get(base + "/agreements/reviews/" + review + "?lang=es");
			// the page at the other possible agreements, the minutes' text beside them at the first proposal (marked
			// yellow; the suggestions are marked blue) so that both kinds of mark show
			((JavascriptExecutor) driver).executeScript("""
					document.getElementById('suggestions').scrollIntoView();
					const pre = document.querySelector('.minutes-source');
					const mark = pre.querySelector('mark:not(.suggested)');
					if (mark) {
						pre.scrollTop += mark.getBoundingClientRect().top - pre.getBoundingClientRect().top - pre.clientHeight / 3;
					}""");
			shot(driver, folder.resolve("review-suggestions.png"));
			// the same secretariat's home page in English, signed in: its panels of work to do
			driver.manage().window().setSize(new Dimension(1280, 1000));
			driver.get(base + "/home?lang=en");
			shot(driver, folder.resolve("home-en-signed-in.png"));
			driver.get(base + "/?lang=es"); // the person's language back to Spanish, as the demo account has it
		}
		finally {
			driver.quit();
		}
	}

	private static void shot(WebDriver driver, Path to) throws Exception {
		Thread.sleep(500); // fonts and the htmx-loaded panels
		File file = ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
		Files.copy(file.toPath(), to, StandardCopyOption.REPLACE_EXISTING);
		System.out.println(to + " " + driver.getTitle());
	}
}
