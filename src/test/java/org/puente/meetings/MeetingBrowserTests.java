package org.puente.meetings;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.puente.TestMail;
import org.puente.browser.Browser;
import org.puente.browser.BrowserPages;
import org.puente.browser.BrowserTest;
import org.puente.directory.Conference;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A secretariat moves a meeting to other days in Chromium; the participating country's focal point receives the
 * notice with the updated calendar entry attached. Every page visited is checked with axe-core.
 */
@BrowserTest
class MeetingBrowserTests extends BrowserPages {

	@RegisterExtension
	static GreenMailExtension greenMail = TestMail.server();

	@Autowired
	MeetingManagement management;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void showsTheCalendarPagesAccessiblyToTheAnonymousPublic() {
		browser.signOut().open("/meetings");
		assertThat(browser.heading()).isEqualTo("Calendario de reuniones");
		assertThat(browser.pageSource()).contains("Consulta plenaria CRM–CSM");
		browser.open("/meetings/month?month=2017-12");
		assertThat(browser.text(By.tagName("caption"))).isEqualTo("diciembre de 2017");
		browser.clickToNavigate(By.linkText("Mes anterior")).checkAccessibility();
		assertThat(browser.text(By.tagName("caption"))).isEqualTo("noviembre de 2017");
		browser.clickToNavigate(By.partialLinkText("Reunión de la CRM en San Salvador")).checkAccessibility();
		assertThat(browser.heading()).contains("Reunión de la CRM en San Salvador");
		// a past meeting is held or not held, never "to be confirmed"
		assertThat(browser.pageSource()).contains("noviembre de 2017").contains("(día exacto no registrado)")
			.doesNotContain("fecha por confirmar").doesNotContain(">Confirmada<").doesNotContain(">Por confirmar<");
	}

	@Test
	void secretariatMovesAMeetingAndTheFocalPointReceivesTheUpdatedCalendarEntry() throws Exception {
		UUID id = transactions.execute(tx -> {
			Meeting m = new Meeting("Reunión técnica sobre insumos", MeetingKind.WORKING_MEETING,
					MeetingDates.days(LocalDate.of(2017, 10, 10), LocalDate.of(2017, 10, 11)));
			m.setProcesses(Set.copyOf(Conference.BOTH));
			m.moveTo(new MeetingPlace("Ciudad de Panamá", "PA", "Cancillería de Panamá", null));
			m.setParticipantCountries(Set.of("PA"));
			return management.record(m);
		});

		browser.signInAndOpen("st-crm", "/meetings/" + id);
		browser.clickToNavigate(By.linkText("Editar")).checkAccessibility();
		browser.setValue("startDate", "2017-10-16");
		browser.setValue("endDate", "2017-10-17");
		browser.clickAndWaitForFlash(By.cssSelector("form.form button[type=submit]"));
		browser.checkAccessibility();
		assertThat(browser.text(By.cssSelector(".flash"))).isEqualTo("La reunión se guardó.");
		assertThat(browser.pageSource()).contains("16–17 de octubre de 2017");

		// notices go one by one after the commit: the focal point's is not always the first to arrive
		MimeMessage notice = TestMail.awaitTo(greenMail, "punto.focal.panama@demo.puente.example");
		assertThat(notice.getSubject()).isEqualTo("Cambio en la reunión: Reunión técnica sobre insumos");
		// the notice says what the dates were and what they are now, and why this person is told
		assertThat(textPart(notice)).contains("Fechas: antes 10–11 de octubre de 2017 → ahora 16–17 de octubre de 2017")
			.contains("su país participa en la reunión");
		// the organising secretariats are told too, without having to follow the meeting
		TestMail.awaitTo(greenMail, "st.crm@demo.puente.example");
		TestMail.awaitTo(greenMail, "st.csm@demo.puente.example");
		Calendar attached = new CalendarBuilder().build(new StringReader(calendarPart(notice)));
		assertThat(attached.getProperty("METHOD").orElseThrow().getValue()).isEqualTo("REQUEST");
		VEvent event = attached.<VEvent>getComponents(VEvent.VEVENT).get(0);
		assertThat(event.getStartDate().orElseThrow().getValue()).isEqualTo("20171016");
		assertThat(event.getEndDate().orElseThrow().getValue()).isEqualTo("20171018");
		assertThat(event.getProperty("SEQUENCE").orElseThrow().getValue()).isEqualTo("1");

		browser.clickToNavigate(By.linkText("Historial de cambios")).checkAccessibility();
		assertThat(browser.pageSource()).contains("Modificación").contains("st-crm");
	}

	@Test
	void hoursTypedUnderWholeDaysAreRefusedWithTheFieldToChangeAndKeptUntilTheMeetingIsSavedWithThem() {
		// walk 7 #1: the form's default precision is "whole days"; hours and zone typed under it vanished on saving
		browser.signInAndOpen("st-crm", "/meetings/new");
		browser.type("titleEs", "Reunión técnica con horario");
		browser.setValue("startDate", "2027-03-10");
		browser.setValue("endDate", "2027-03-11");
		browser.setValue("startTime", "09:00");
		browser.setValue("endTime", "17:00");
		browser.setValue("timeZone", "America/Panama"); // chosen from the list (walk 10 #12)
		browser.clickToNavigate(By.cssSelector("form.form button[type=submit]")).checkAccessibility();
		assertThat(browser.text(By.id("error-summary"))).contains("Escribió una hora: elija «Día y hora exactos»");
		assertThat(Browser.driver().switchTo().activeElement().getAttribute("id")).isEqualTo("error-summary");
		assertThat(Browser.driver().findElement(By.id("precision")).getAttribute("aria-describedby"))
			.contains("precision-error");
		assertThat(Browser.driver().findElement(By.id("startTime")).getAttribute("value")).isEqualTo("09:00");
		assertThat(Browser.driver().findElement(By.id("timeZone")).getAttribute("value")).isEqualTo("America/Panama");

		assertThat(Browser.driver().findElements(By.cssSelector("#error-summary a[href='#precision']"))).hasSize(1);
		browser.setValue("precision", "EXACT");
		browser.clickAndWaitForFlash(By.cssSelector("form.form button[type=submit]"));
		browser.checkAccessibility();
		// st-crm signed in: its account's zone is its secretariat's (San José, an hour behind Panama), the meeting's beside
		assertThat(browser.pageSource()).contains("10 de marzo de 2027, 08:00 – 11 de marzo de 2027, 16:00 "
				+ "(hora de Costa Rica, UTC−6); 09:00 – 17:00 (hora de Panamá, UTC−5)");
	}

	@Test
	void aReaderWhoseBrowserIsInBuenosAiresReadsAMeetingInPanamaAtItsOwnTime() {
		// walk 10 #7, without an account: the browser tells its zone once (puente.js), the next pages use it
		LocalDate first = LocalDate.of(2027, 3, 10);
		UUID id = transactions.execute(tx -> {
			Meeting m = new Meeting("Reunión técnica leída desde Buenos Aires", MeetingKind.WORKING_MEETING,
					new MeetingDates(org.puente.i18n.DatePrecision.EXACT, first, first.plusDays(1), first.atTime(9, 30),
							first.plusDays(1).atTime(17, 0), "America/Panama"));
			m.setProcesses(Set.of(Conference.CSM));
			m.moveTo(new MeetingPlace("Ciudad de Panamá", "PA", "Cancillería de Panamá", null));
			return management.record(m);
		});
		ChromeDriver chrome = (ChromeDriver) Browser.driver();
		chrome.executeCdpCommand("Emulation.setTimezoneOverride", Map.of("timezoneId", "America/Argentina/Buenos_Aires"));
		try {
			browser.signOut().open("/meetings");
			browser.open("/meetings/" + id);
			assertThat(browser.pageSource()).contains("10 de marzo de 2027, 11:30 – 11 de marzo de 2027, 19:00 "
					+ "(hora de Buenos Aires, UTC−3); 09:30 – 17:00 (hora de Panamá, UTC−5)");
		}
		finally {
			chrome.executeCdpCommand("Emulation.setTimezoneOverride", Map.of("timezoneId", ""));
			browser.signOut();
		}
	}

	@Test
	void givesTheSecretariatAccessibleFormsToScheduleAndImportInEnglish() {
		browser.signInAndOpen("st-csm", "/meetings?lang=en");
		assertThat(browser.heading()).isEqualTo("Meeting calendar");
		browser.clickToNavigate(By.linkText("New meeting")).checkAccessibility();
		browser.type("titleEs", "Reunión virtual de prueba");
		browser.type("startDate", "");
		browser.clickToNavigate(By.cssSelector("form.form button[type=submit]")).checkAccessibility();
		assertThat(browser.text(By.id("error-summary"))).contains("“Start date”: this is required");
		assertThat(Browser.driver().findElement(By.id("titleEs")).getAttribute("value"))
			.isEqualTo("Reunión virtual de prueba");
		browser.open("/meetings/import");
		assertThat(browser.heading()).isEqualTo("Import a calendar (.ics)");
		browser.open("/meetings?lang=es");
	}

	/** The message's text, wherever the multipart structure nests it. */
	static String textPart(jakarta.mail.Part part) throws Exception {
		return org.puente.TestMail.textPart(part);
	}

	static String calendarPart(MimeMessage message) throws Exception {
		Multipart multipart = (Multipart) message.getContent();
		for (int i = 0; i < multipart.getCount(); i++) {
			BodyPart part = multipart.getBodyPart(i);
			if (part.getContentType().startsWith("text/calendar")) {
				ByteArrayOutputStream bytes = new ByteArrayOutputStream();
				part.getDataHandler().writeTo(bytes);
				return bytes.toString(StandardCharsets.UTF_8);
			}
		}
		throw new AssertionError("no text/calendar attachment");
	}
}
