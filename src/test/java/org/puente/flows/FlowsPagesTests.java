package org.puente.flows;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.puente.PuenteTest;
import org.puente.WebTestSupport;
import org.puente.i18n.DateFormats;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;

import static org.puente.PageContent.holds;
import static org.puente.PageContent.lacks;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Submission with preview, revisions, refusals, and the alarms and watches they raise, over the demo's series. */
@PuenteTest
class FlowsPagesTests extends WebTestSupport {

	@Autowired
	JdbcClient jdbc;

	static MockMultipartFile file(String csv) {
		return new MockMultipartFile("file", "panama.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
	}

	long alerts(String kind, String country, String origin) {
		return jdbc.sql("select count(*) from flow_alert where kind = ? and country = ? and origin = ?")
			.params(kind, country, origin).query(Long.class).single();
	}

	@Test
	void thePublicSeesTheRouteTheColombianSurgeAndTheAgreements() throws Exception {
		mvc.perform(get("/flows"))
			.andExpect(status().isOk())
			.andExpect(holds("Colombia", "Guatemala", "role=\"img\"", "Alarma", "Vigilancia"));
		assertThat(alerts("ALARM", "CO", "AFR")).isPositive();
		assertThat(alerts("WATCH", "MX", "AFR")).isPositive();
		// the alerts' weeks and the history's totals as people write them (walk-through of 4 December, late: "2027-01-04",
		// "208045")
		String week = jdbc.sql("select max(week) from flow_alert where kind = 'WATCH' and country = 'MX'")
			.query(java.time.LocalDate.class).single().toString();
		mvc.perform(get("/flows").header("Accept-Language", "fr"))
			.andExpect(lacks(">" + week + "</time>"));
		long total = jdbc.sql("select total from flow_submission where country = 'MX' and current").query(Long.class)
			.single();
		mvc.perform(get("/flows/submit").with(as("st-crm")))
			.andExpect(holds("<td>" + java.text.NumberFormat.getIntegerInstance(Locale.forLanguageTag("es")).format(total)
					+ "</td>"))
			.andExpect(lacks("<td>" + total + "</td>"));
		mvc.perform(get("/flows/agreements"))
			.andExpect(status().isOk())
			.andExpect(holds("CL-PA-2017", "Chile"));
		// the agreement's texts are marked as the Spanish they are written in for another reader (walk 18 #11), and
		// not marked for a Spanish reader, whose page they are in
		mvc.perform(get("/flows/agreements").header("Accept-Language", "fr"))
			.andExpect(holds("<h2 lang=\"es\">Memorando de entendimiento Chile–Panamá",
					"<dd lang=\"es\">Memorando de entendimiento entre los ministerios",
					"<dd lang=\"es\">Como un medio para poner en marcha"));
		mvc.perform(get("/flows/agreements").header("Accept-Language", "es"))
			.andExpect(holds("<h2>Memorando de entendimiento Chile–Panamá"));
		mvc.perform(get("/flows/chart.svg").param("country", "CO").param("origin", "AFR"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("xmlns=\"http://www.w3.org/2000/svg\"")));
		mvc.perform(get("/flows/export.csv"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("#date+week,#country+code,#origin+code,#affected+num")));
		mvc.perform(get("/flows/template.xlsx")).andExpect(status().isOk());
		mvc.perform(get("/flows/submit")).andExpect(status().is3xxRedirection());
	}

	@Test
	void aBadRowIsShownByLineThenTheFixedFileIsPreviewedCommittedAndRaisesPanamasAlarm() throws Exception {
		String good = DemoFlows.panamaLatest();
		String start = DemoFlows.LAST.minusWeeks(1).toString();
		String end = DemoFlows.LAST.plusDays(6).toString();
		String bad = good.replaceFirst(",(\\d+)\r\n", ",-$1\r\n");
		long before = jdbc.sql("select count(*) from flow_submission where country = 'PA'").query(Long.class).single();
		mvc.perform(multipart("/flows/submit").file(file(bad)).param("country", "PA").param("periodStart", start)
			.param("periodEnd", end).with(as("fp-panama")).with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(holds("El archivo tiene 1 problema; no se importó nada.", "<th scope=\"row\">3</th>",
					"no puede ser negativo (-"));
		// a script that asks for JSON gets the same problems as the problem report's list, never the page
		mvc.perform(multipart("/flows/submit").file(file(bad)).param("country", "PA").param("periodStart", start)
			.param("periodEnd", end).with(as("fp-panama")).with(csrf()).header("Accept-Language", "en")
			.accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.code", is("flows.submit.problems")))
			.andExpect(jsonPath("$.detail", is("The file has 1 problem; nothing was imported.")))
			.andExpect(jsonPath("$.errors", hasSize(1)))
			.andExpect(jsonPath("$.errors[0].line", is(3)))
			.andExpect(jsonPath("$.errors[0].field", is("count")))
			.andExpect(jsonPath("$.errors[0].message", containsString("cannot be negative (-")));
		assertThat(jdbc.sql("select count(*) from flow_submission where country = 'PA'").query(Long.class).single())
			.isEqualTo(before);
		String preview = mvc.perform(multipart("/flows/submit").file(file(good)).param("country", "PA")
			.param("periodStart", start).param("periodEnd", end).with(as("fp-panama")).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Confirmar el envío")))
			.andReturn().getResponse().getContentAsString();
		Matcher staged = Pattern.compile("/flows/submit/([0-9a-f-]{36})/commit").matcher(preview);
		assertThat(staged.find()).isTrue();
		mvc.perform(post("/flows/submit/" + staged.group(1) + "/commit").with(as("fp-panama")).with(csrf()))
			.andExpect(redirectedUrl("/flows?committed"))
			// walk 9: the dashboard it lands on said nothing of the commit
			.andExpect(flash().attribute("flash", "flows.submit.committed"));
		assertThat(jdbc.sql("select count(*) from flow_alert where kind = 'ALARM' and country = 'PA' and origin = 'AFR' and week = ?")
			.param(DemoFlows.LAST).query(Long.class).single()).isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from flow_alert where kind = 'WATCH' and country = 'CR' and origin = 'AFR' and source_country = 'PA'")
			.query(Long.class).single()).isPositive();
		// the history names the country, the period and the sender as people write them, not as stored
		String firstDay = ">" + DateFormats.day(DemoFlows.LAST.minusWeeks(1), Locale.forLanguageTag("es")) + "</time>";
		mvc.perform(get("/flows/submit").with(as("fp-panama")))
			.andExpect(holds("<th scope=\"row\">Panamá</th>", firstDay, "<td>Punto focal de Panamá</td>",
					"<button type=\"submit\" class=\"button\">Revisar el archivo</button>"))
			.andExpect(lacks("<th scope=\"row\">PA</th>", ">" + start + "</time>", "<td>fp-panama</td>"));
		mvc.perform(get("/flows/submit").with(as("fp-panama")).header("Accept-Language", "en"))
			.andExpect(holds("<th scope=\"row\">Panama</th>"));
		mvc.perform(get("/flows").with(as("fp-panama")))
			.andExpect(status().isOk())
			.andExpect(holds("href=\"/flows/submit\"", "href=\"/flows/alerts/"));
	}

	/**
	 * Walk 9: a period overlapping Panamá's current submission was previewed ("nothing has been saved yet", "Confirm
	 * the submission") and refused only at the commit, on an error page with no way back to the form. It is now
	 * refused when the file is checked, on the period's start field, with nothing staged.
	 */
	@Test
	void aPeriodOverlappingTheCurrentSubmissionIsRefusedOnTheFormBeforeThePreview() throws Exception {
		String start = DemoFlows.LAST.minusWeeks(3).toString();
		String end = DemoFlows.LAST.toString();
		long staged = jdbc.sql("select count(*) from flow_staged_upload").query(Long.class).single();
		mvc.perform(multipart("/flows/submit").file(file(DemoFlows.csv("PA", DemoFlows.LAST.minusWeeks(3),
				DemoFlows.LAST))).param("country", "PA").param("periodStart", start).param("periodEnd", end)
			.with(as("fp-panama")).with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(holds("El periodo se superpone con el envío vigente", "href=\"#flow-start\"",
					"aria-describedby=\"flow-start-error\"", "aria-invalid=\"true\"", "value=\"" + start + "\""))
			.andExpect(lacks("Confirmar el envío", "class=\"error-page\""));
		assertThat(jdbc.sql("select count(*) from flow_staged_upload").query(Long.class).single()).isEqualTo(staged);
	}

	/**
	 * Walk 9: the preview named origins by their key in the bundle: a file with Venezuela as VE showed
	 * "??flows.origin.VE_es??". An origin the bundles do not name is named as a country, alpha-2 or alpha-3.
	 */
	@Test
	void thePreviewNamesEveryOriginAndWritesWeeksAndCountsAsPeopleDo() throws Exception {
		String csv = DemoFlows.panamaLatest().replace(",AFR,", ",COL,").replace(",HTI,", ",VE,");
		mvc.perform(multipart("/flows/submit").file(file(csv)).param("country", "PA")
			.param("periodStart", DemoFlows.LAST.minusWeeks(1).toString())
			.param("periodEnd", DemoFlows.LAST.plusDays(6).toString()).with(as("fp-panama")).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(holds("<th scope=\"row\">Colombia</th>", "<th scope=\"row\">Venezuela</th>",
					"<th scope=\"row\">Cuba</th>", ">" + DateFormats.day(DemoFlows.LAST, Locale.forLanguageTag("es")) + "</time>"))
			.andExpect(lacks("??flows.origin", ">" + DemoFlows.LAST + "</time>"));
	}

	/** Walk 9: an observer's file was answered with the submission form and "you do not represent PA" on it. */
	@Test
	void anObserverSendingCountsHearsThatAnObserverChangesNothingNotTheForm() throws Exception {
		mvc.perform(multipart("/flows/submit").file(file(DemoFlows.panamaLatest())).param("country", "PA")
			.param("periodStart", DemoFlows.LAST.minusWeeks(1).toString())
			.param("periodEnd", DemoFlows.LAST.plusDays(6).toString()).with(as("observer-oim")).with(csrf())
			.header("Accept-Language", "es"))
			.andExpect(status().isForbidden())
			.andExpect(holds("Una cuenta de observador lee lo público"))
			.andExpect(lacks("id=\"flow-file\"", "no representa a"));
		// A submission id that names nothing is a 404 for every role, before the role rule (authz11's one mechanism).
		mvc.perform(post("/flows/submit/" + java.util.UUID.randomUUID() + "/commit").with(as("observer-oim")).with(csrf()))
			.andExpect(status().isNotFound());
	}

	@Test
	void aMalformedCsvIsExplainedByLineInTheSendersLanguageAndASemicolonCsvIsRead() throws Exception {
		String good = DemoFlows.panamaLatest();
		String start = DemoFlows.LAST.minusWeeks(1).toString();
		String end = DemoFlows.LAST.plusDays(6).toString();
		// a quotation mark opening the first data row (line 3) and never closed: walk-through of 4 December evening #1
		String unclosed = good.replaceFirst("\r\n(\\d{4}-)", "\r\n\"$1");
		mvc.perform(multipart("/flows/submit").file(file(unclosed)).param("country", "PA").param("periodStart", start)
			.param("periodEnd", end).with(as("fp-panama")).with(csrf()).header("Accept-Language", "pt"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(holds("<th scope=\"row\">3</th>", "Umas aspas (&quot;) abrem aqui uma célula"))
			.andExpect(lacks("CSVException", "EOF reached"));
		// a spreadsheet set to Spanish, Portuguese or French saves its CSV with semicolons (#2)
		mvc.perform(multipart("/flows/submit").file(file(good.replace(',', ';'))).param("country", "PA")
			.param("periodStart", start).param("periodEnd", end).with(as("fp-panama")).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Confirmar el envío")));
	}

	@Test
	void aFocalPointCannotSubmitForAnotherCountry() throws Exception {
		mvc.perform(multipart("/flows/submit").file(file(DemoFlows.csv("CO", DemoFlows.LAST, DemoFlows.LAST)))
			.param("country", "CO").param("periodStart", DemoFlows.LAST.toString())
			.param("periodEnd", DemoFlows.LAST.toString()).with(as("fp-panama")).with(csrf()))
			.andExpect(status().isForbidden())
			.andExpect(content().string(containsString("no representa")));
	}

	@Test
	void theApiReplacesTheSameCountryAndPeriodAndRefusesBadRowsWhole() throws Exception {
		String csv = DemoFlows.csv("MX", DemoFlows.FIRST, DemoFlows.LAST);
		long total = jdbc.sql("select total from flow_submission where country = 'MX' and current").query(Long.class)
			.single();
		for (int i = 0; i < 2; i++) {
			mvc.perform(multipart("/api/v1/flows/submissions").file(file(csv)).param("country", "MX")
				.param("periodStart", DemoFlows.FIRST.toString()).param("periodEnd", DemoFlows.LAST.toString())
				.with(as("fp-mexico")).with(csrf()))
				.andExpect(status().isCreated())
				.andExpect(jsonPath("$.total", is((int) total)));
		}
		assertThat(jdbc.sql("select count(*) from flow_submission where country = 'MX' and current").query(Long.class)
			.single()).isEqualTo(1);
		assertThat(jdbc.sql("""
				select sum(c.people) from flow_count c join flow_submission s on s.id = c.submission_id
				where s.country = 'MX' and s.current""").query(Long.class).single()).isEqualTo(total);
		mvc.perform(multipart("/api/v1/flows/submissions").file(file(csv.replace(",MX,", ",GT,")))
			.param("country", "MX").param("periodStart", DemoFlows.FIRST.toString())
			.param("periodEnd", DemoFlows.LAST.toString()).header("Accept-Language", "en")
			.with(as("fp-mexico")).with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors", hasSize(FlowTemplate.MAX_REPORTED)))
			.andExpect(jsonPath("$.errors[0].line", is(3)))
			.andExpect(jsonPath("$.errors[0].field", is("country")))
			.andExpect(jsonPath("$.errors[0].message", is("The row is for GT, but the submission is for MX.")))
			.andExpect(jsonPath("$.title", not(containsString("{"))));
		mvc.perform(multipart("/api/v1/flows/submissions").file(file(csv)).param("country", "CO")
			.param("periodStart", DemoFlows.FIRST.toString()).param("periodEnd", DemoFlows.LAST.toString())
			.with(as("fp-mexico")).with(csrf()))
			.andExpect(status().isForbidden());
	}

	@Test
	void aFocalPointAcknowledgesAWatchOnItsCountryWithNotesAndOthersCannot() throws Exception {
		var alert = jdbc.sql("select id, version from flow_alert where kind = 'WATCH' and country = 'MX' limit 1")
			.query().singleRow();
		String path = "/flows/alerts/" + alert.get("id");
		mvc.perform(get(path).with(as("fp-mexico")))
			.andExpect(status().isOk())
			.andExpect(holds("Acusar recibo", "role=\"img\""));
		mvc.perform(post(path + "/acknowledge").param("notes", "Refuerzo en Tapachula")
			.param("version", alert.get("version").toString()).with(as("fp-chile")).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(post(path + "/acknowledge").param("notes", "Refuerzo en Tapachula")
			.param("version", alert.get("version").toString()).with(as("fp-mexico")).with(csrf()))
			.andExpect(redirectedUrl(path + "?acknowledged"));
		mvc.perform(get(path).with(as("st-csm")))
			.andExpect(holds("Recibida por Punto focal de México.", "Refuerzo en Tapachula"));

		// sent from the page as it was before that: 409, the alert as it is now, and the notes typed still in the form
		String page = mvc.perform(post(path + "/acknowledge").param("notes", "Albergue temporal en Tijuana")
			.param("version", alert.get("version").toString()).with(as("st-csm")).with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(holds("Recibida por Punto focal de México.", "Refuerzo en Tapachula"))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		var form = org.jsoup.Jsoup.parse(page).selectFirst("form[action$='/acknowledge']");
		assertThat(form.selectFirst("#error-summary[role=alert] a[href='#flow-notes']").text())
			.startsWith("Otra persona guardó cambios");
		assertThat(form.selectFirst("#flow-notes").text()).isEqualTo("Albergue temporal en Tijuana");
		// too long: refused (422), not cut and saved in part
		mvc.perform(post(path + "/acknowledge").param("notes", "x".repeat(4001)).header("Accept-Language", "en")
			.param("version", jdbcVersion(path)).with(as("st-csm")).with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(holds("The notes are longer than 4,000 characters"));
		mvc.perform(get(path).with(as("st-csm"))).andExpect(holds("Refuerzo en Tapachula"));
	}

	private String jdbcVersion(String alertPath) {
		return jdbc.sql("select version from flow_alert where id = ?::uuid")
			.param(alertPath.substring(alertPath.lastIndexOf('/') + 1)).query(String.class).single();
	}
}
