package org.puente.agreements;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.puente.browser.Browser;
import org.puente.browser.BrowserPages;
import org.puente.browser.BrowserTest;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On the agreement board, the IOM's observer (who reads Puente in English) filters by status (htmx swaps the results
 * and their download links), reaches the XLSX link from the keyboard and presses Enter: the browser saves a workbook
 * of the agreements the board shows, in English, named after the board and the day — with axe on the page.
 */
@BrowserTest
class BoardExportBrowserTests extends BrowserPages {

	@Autowired
	Agreements agreements;

	@Test
	void theFilteredBoardIsTakenAwayFromTheKeyboard() throws Exception {
		Path folder = Files.createTempDirectory("board-export");
		ChromeDriver chrome = (ChromeDriver) Browser.driver();
		chrome.executeCdpCommand("Browser.setDownloadBehavior", Map.of("behavior", "allow", "downloadPath",
				folder.toAbsolutePath().toString()));
		try {
			browser.signInAndOpen("observer-oim", "/agreements/board");
			new Select(chrome.findElement(By.id("status"))).selectByValue("DONE");
			By xlsx = By.cssSelector("a[aria-label='Agreement board as XLSX']");
			new WebDriverWait(chrome, Duration.ofSeconds(30), Browser.POLL)
				.ignoring(StaleElementReferenceException.class) // htmx swaps the links while they are read
				.withMessage(() -> "download links: " + chrome.findElements(By.cssSelector(".downloads a")).stream()
					.map(a -> a.getAttribute("aria-label") + " " + a.getAttribute("href")).toList() + ", at "
						+ chrome.getCurrentUrl())
				.until(d -> d.findElements(xlsx).stream()
					.anyMatch(a -> String.valueOf(a.getAttribute("href")).endsWith("/agreements/board/export.xlsx?status=DONE")));
			browser.checkAccessibility();

			WebElement link = chrome.findElement(xlsx);
			assertThat(link.getText()).isEqualTo("XLSX");
			link.sendKeys(Keys.ENTER); // focused and followed as a keyboard user does
			Path saved = new WebDriverWait(chrome, Duration.ofSeconds(30), Browser.POLL).until(d -> {
				try (var files = Files.list(folder)) {
					return files.filter(f -> f.getFileName().toString().endsWith(".xlsx")).findFirst().orElse(null);
				}
				catch (java.io.IOException ex) {
					return null;
				}
			});
			assertThat(saved.getFileName().toString()).matches("agreement-board-\\d{4}-\\d{2}-\\d{2}\\.xlsx");

			List<String> statuses = new ArrayList<>();
			try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(Files.readAllBytes(saved)))) {
				for (Row row : book.getSheetAt(0)) {
					statuses.add(new DataFormatter().formatCellValue(row.getCell(7)));
				}
			}
			assertThat(statuses.get(0)).isEqualTo("Status");
			assertThat(statuses.subList(1, statuses.size())).isNotEmpty().containsOnly("Done")
				.hasSize(agreements.list(new Agreements.Filter(null, AgreementStatus.DONE, null, null, null, false))
					.size());
		}
		finally {
			chrome.executeCdpCommand("Browser.setDownloadBehavior", Map.of("behavior", "default"));
		}
	}
}
