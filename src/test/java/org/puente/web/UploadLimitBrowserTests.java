package org.puente.web;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.puente.browser.Browser;
import org.puente.browser.BrowserPages;
import org.puente.browser.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A file over the upload limit is refused the moment it is chosen, with the limit and what to do, before a slow
 * connection spends minutes sending 60 MB only to be refused (walk-through of 4 December 2026: the refusal came
 * after the whole upload, on a page that led only home and lost what was typed).
 */
@BrowserTest
class UploadLimitBrowserTests extends BrowserPages {

	@Test
	void aFileOverTheLimitIsRefusedAsSoonAsItIsChosen() throws Exception {
		Path big = Files.createTempFile("informe-anual", ".pdf");
		try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
			file.setLength(51L * 1024 * 1024); // sparse: nothing written, nothing sent
		}
		try {
			browser.signInByScript("st-crm");
			browser.open("/documents/new");
			browser.type("title.es", "Informe anual");
			browser.attach("file", big);
			WebElement message = browser.waitFor(By.id("file-too-large"));
			assertThat(message.getText()).contains(big.getFileName().toString())
				.contains("pesa más de 50 MB, el máximo que acepta Puente")
				.contains("elija un archivo más pequeño o comprímalo");
			assertThat(Browser.driver().findElement(By.id("file")).getAttribute("value")).as("the file chosen").isEmpty();
			assertThat(Browser.driver().findElement(By.id("title.es")).getAttribute("value")).isEqualTo("Informe anual");
			browser.checkAccessibility();
		}
		finally {
			Files.delete(big);
		}
	}
}
