package org.puente.documents;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.puente.browser.Browser;
import org.puente.browser.BrowserPages;
import org.puente.browser.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A secretariat uploads a report, then the same file again by mistake: the form comes back saying so, with a link to
 * the document that holds it, and the choice, ticked from the keyboard, to upload it anyway. Checked with axe-core.
 */
@BrowserTest
class DocumentSameFileBrowserTests extends BrowserPages {

	@Test
	void theSameFileTwiceIsSaidWithALinkAndCanStillBeUploaded() throws Exception {
		Path file = Files.createTempFile("informe-", ".txt");
		Files.writeString(file, "Informe del navegador sobre retornos asistidos, julio", StandardCharsets.UTF_8);
		browser.signInByScript("st-crm");
		upload("Informe de julio", file);
		browser.clickAndWaitForFlash(By.id("save-document"));
		String first = browser.currentPath().replaceAll("\\?.*$", "");

		upload("Informe de julio (otra vez)", file);
		browser.clickToNavigate(By.id("save-document")).checkAccessibility();
		assertThat(browser.text(By.id("same-file"))).contains("Este archivo ya está en Puente")
			.contains("Informe de julio");
		assertThat(Browser.driver().findElement(By.id("same-file-link")).getAttribute("href")).endsWith(first);
		assertThat(browser.text(By.tagName("main"))).contains("Este mismo archivo ya está en Puente");

		Browser.driver().findElement(By.id("duplicate")).sendKeys(Keys.SPACE);
		browser.attach("file", file);
		browser.clickAndWaitForFlash(By.id("save-document"));
		assertThat(browser.currentPath()).doesNotStartWith(first);
		assertThat(browser.heading()).isEqualTo("Informe de julio (otra vez)");
	}

	private void upload(String title, Path file) {
		browser.open("/documents/new");
		browser.type("title.es", title);
		browser.click(By.id("process-CRM"));
		browser.attach("file", file);
	}
}
