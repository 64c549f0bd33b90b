package org.puente.agreements;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.puente.browser.Browser;
import org.puente.browser.BrowserPages;
import org.puente.browser.BrowserTest;
import org.puente.directory.Conference;
import org.puente.documents.StructuredDocx;
import org.puente.meetings.MeetingKind;
import org.puente.meetings.MeetingSummary;
import org.puente.meetings.Meetings;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Minutes are uploaded for a meeting picked in the calendar, never twice, and their doubtful readings are flagged
 * with the reason until the secretariat corrects them. Every page is checked with axe.
 */
@BrowserTest
class MinutesUploadBrowserTests extends BrowserPages {

	@Autowired
	Meetings meetings;

	@Test
	void theSameMinutesAreRefusedWithALinkAndANewVersionMustBeSaidSo() throws Exception {
		MeetingSummary panama = meetings.between(LocalDate.of(2017, 6, 8), LocalDate.of(2017, 6, 8), Optional.empty())
			.stream().filter(m -> m.processes().containsAll(Conference.BOTH) && m.kind() != MeetingKind.EXTERNAL_EVENT)
			.findFirst().orElseThrow();
		browser.signInAndOpen("st-crm", "/agreements/reviews?lang=es");
		assertThat(Browser.driver().findElements(By.id("meetingId"))).as("no identifier to paste").isEmpty();

		// the very Acta the demo holds for the meeting of 8 June: refused, with the way to the one already there
		upload(Path.of("src/main/resources/seeds/acta-final-2017-06-08.txt"), panama);
		browser.waitFor(By.id("existing-minutes"));
		browser.checkAccessibility();
		assertThat(browser.text(By.id("existing-minutes"))).contains("Esta misma acta ya se subió");
		assertThat(Browser.driver().switchTo().activeElement().getAttribute("id")).as("focus on the reason")
			.isEqualTo("existing-minutes");
		assertThat(Browser.driver().findElements(By.id("newVersion"))).as("the same text is no new version").isEmpty();
		String existing = browser.waitFor(By.id("existing-minutes-link")).getAttribute("href");

		// other minutes for that meeting: accepted only once the uploader says they are a new version
		Path corrected = Files.createTempFile("acta", ".txt");
		Files.writeString(corrected, "Versión corregida del acta\n\n"
				+ Files.readString(Path.of("src/main/resources/seeds/acta-final-2017-06-08.txt")), StandardCharsets.UTF_8);
		upload(corrected, panama);
		browser.waitFor(By.id("existing-minutes"));
		assertThat(browser.text(By.id("existing-minutes"))).contains("ya tiene un acta");
		browser.click(By.id("newVersion"));
		browser.attach("file", corrected);
		browser.clickToNavigate(By.cssSelector("form.form button[type=submit]"));
		browser.waitFor(By.cssSelector(".review-item"));
		browser.checkAccessibility();
		assertThat(browser.heading()).contains(panama.title(java.util.Locale.forLanguageTag("es")));
		String review = browser.currentPath();

		browser.open(existing.substring(existing.indexOf("/agreements/")));
		assertThat(Browser.driver().findElements(By.cssSelector(".agreements-table tbody tr"))).hasSize(14);
		discard(review);
	}

	@Test
	void aDoubtfulReadingIsFlaggedWithItsReasonUntilCorrected() throws Exception {
		Path minutes = Files.createTempFile("acta", ".txt");
		Files.writeString(minutes, """
				ACTA DE LA REUNIÓN DE PRUEBA DE LAS SEÑALES

				Acuerdos:
				1. La PPT de la CRM y la PPT de la CSM enviarán las listas de expertos al Secretariado de Naciones Unidas a más tardar el 12 de junio de 2017.
				2. Elaborar un informe conjunto sobre migrantes extrarregionales antes del cierre del proceso de consultas.
				""", StandardCharsets.UTF_8);
		TestMinutes.sendToReview(browser, "st-csm", minutes, "Reunión de prueba de las señales", "2017-06-01", "i2");

		assertThat(flags("i2")).contains("agreements.review.flag.noResponsible", "agreements.review.flag.undated");
		assertThat(browser.text(By.id("flags-i2"))).contains("Nadie figura como responsable");
		assertThat(flags("i1")).doesNotContain("agreements.review.flag.noResponsible");
		if (!Browser.driver().findElements(By.cssSelector("#responsible-i1 input[value='org:UN-SECRETARIAT']:checked")).isEmpty()) {
			assertThat(flags("i1")).contains("agreements.review.flag.recipient");
		}

		browser.type("responsible-search-i2", "ST de la CSM");
		browser.click(By.cssSelector("#responsible-i2 input[value='org:ST-CSM']"));
		browser.clickAndWaitForFlash(By.cssSelector("#item-i2 form.form button[type=submit]"));
		browser.checkAccessibility();
		assertThat(flags("i2")).doesNotContain("agreements.review.flag.noResponsible")
			.contains("agreements.review.flag.undated");
		discard(browser.currentPath());
	}

	@Test
	void aWordTableOfTasksIsReadRowByRowAndTheFileIsKeptReservedUntilConfirmed() throws Exception {
		Path minutes = Files.createTempFile("ata", ".docx");
		Files.write(minutes, new StructuredDocx().heading(1, "Ata da reunião de prova do arquivo guardado")
			.heading(2, "Pauta").numbered(List.of("Abertura", "Informes das delegações"))
			.heading(2, "Novas tarefas")
			.table(new String[][] { { "Atividade", "Data limite", "Executor Responsável" },
					{ "Enviar o relatório de migração laboral", "12/04/2025", "Brasil" },
					{ "Revisar o glossário comum", "30/05/2025", "Chile" } })
			.bytes());
		TestMinutes.sendToReview(browser, "st-crm", minutes, "Reunión de prueba del archivo guardado", "2025-04-01", "i2");

		// each row of the Word table is an item with its owner and its deadline; the agenda is none
		assertThat(Browser.driver().findElements(By.cssSelector(".review-item"))).hasSize(2);
		assertThat(Browser.driver().findElement(By.id("text-i1")).getAttribute("value"))
			.startsWith("Enviar o relatório de migração laboral");
		assertThat(Browser.driver().findElements(By.cssSelector("#responsible-i1 input[value='country:BR']:checked")))
			.hasSize(1);
		assertThat(Browser.driver().findElement(By.cssSelector("#item-i1 input[name='dates[0].start']"))
			.getAttribute("value")).isEqualTo("2025-04-12");

		// the file itself is kept in Documents, reserved to the secretariats while under review
		assertThat(browser.text(By.id("minutes-document-reserved"))).contains("visible solo para las secretarías");
		String review = browser.currentPath();
		browser.clickToNavigate(By.id("minutes-document"));
		browser.checkAccessibility();
		assertThat(browser.heading()).contains("Acta: Reunión de prueba del archivo guardado");
		discard(review);
	}

	@Test
	void aRefusedCorrectionTakesTheReviewerToItsReason() throws Exception {
		browser.signInAndOpen("st-crm", "/agreements/reviews?lang=es");
		browser.attach("file", TestMinutes.minutaFile("corrección rechazada"));
		browser.type("meetingTitle", "Reunión de la corrección rechazada");
		browser.setValue("meetingDate", "2017-05-11");
		browser.clickToNavigate(By.cssSelector("form.form button[type=submit]"));
		String review = browser.currentPath();

		// the text of the third agreement emptied: the page comes back with the reason far below its top
		Browser.driver().findElement(By.id("text-i3")).clear();
		browser.clickToNavigate(By.cssSelector("#item-i3 form.form button[type=submit]"));
		browser.checkAccessibility();
		assertThat(Browser.driver().switchTo().activeElement().getAttribute("id")).as("focus on the reason")
			.isEqualTo("errors-i3");
		assertThat(browser.text(By.id("errors-i3"))).contains("Escriba el texto del acuerdo");
		assertThat((Boolean) ((org.openqa.selenium.JavascriptExecutor) Browser.driver()).executeScript(
				"var box = document.getElementById('errors-i3').getBoundingClientRect();"
						+ " return box.top >= 0 && box.bottom <= window.innerHeight;")).as("the reason in sight").isTrue();
		discard(review);
	}

	/** The secretariat drops the draft, as it would a trial upload (other tests expect no draft of theirs). */
	private void discard(String review) {
		browser.open(review.replaceAll("#.*", ""));
		browser.clickAndWaitForFlash(By.cssSelector("form[action$='/discard'] button"));
	}

	private List<String> flags(String item) {
		return Browser.driver().findElements(By.cssSelector("#flags-" + item + " li")).stream()
			.map(li -> li.getAttribute("data-flag")).toList();
	}

	private void upload(Path file, MeetingSummary meeting) {
		browser.attach("file", file);
		// the list follows the typing: only the list that answers the whole title is the one to choose from
		browser.typeAndWaitForSwap("meetingId-search", meeting.title(java.util.Locale.forLanguageTag("es")));
		browser.click(By.cssSelector("label[for='meetingId-" + meeting.id() + "']"));
		browser.clickToNavigate(By.cssSelector("form.form button[type=submit]"));
	}
}
