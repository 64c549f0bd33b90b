package org.puente.flows;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.puente.PuenteTest;
import org.puente.WebTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.ResultActions;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A flow alert acknowledged through the API (apitwins21; before, only on the alert's page): a script lists the
 * alerts, reads one, acknowledges it with notes and the version read; refused as the page refuses. The alert is this
 * test's own (a watch on Panamá in 2099, gone after each test), so the demo's alerts other tests read stay as they are.
 */
@PuenteTest
class FlowAlertApiTests extends WebTestSupport {

	@Autowired
	JdbcTemplate jdbc;

	UUID alert;

	@BeforeEach
	void anAlertOfItsOwn() {
		alert = UUID.randomUUID();
		jdbc.update("insert into flow_alert (id, kind, country, origin, week, source_country, lag_weeks) "
				+ "values (?, 'WATCH', 'PA', ?, ?, 'CO', 2)", alert, "API " + alert, LocalDate.of(2099, 1, 5));
	}

	@AfterEach
	void forgetIt() {
		jdbc.update("delete from flow_alert where id = ?", alert);
	}

	ResultActions acknowledge(String who, String body, String language) throws Exception {
		return mvc.perform(post("/api/v1/flows/alerts/" + alert + "/acknowledge").with(csrf())
			.contentType("application/json").content(body).header("Accept-Language", language).with(as(who)));
	}

	@Test
	void aFocalPointsScriptFindsItsCountrysAlertAndAcknowledgesItWithNotes() throws Exception {
		mvc.perform(get("/api/v1/flows/alerts").with(as("fp-panama")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].id", hasItem(alert.toString())));
		mvc.perform(get("/api/v1/flows/alerts/" + alert).with(as("fp-panama")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.kind").value("WATCH"))
			.andExpect(jsonPath("$.country").value("PA"))
			.andExpect(jsonPath("$.acknowledgedBy").doesNotExist())
			.andExpect(jsonPath("$.version").value(0));

		acknowledge("fp-panama", "{\"notes\": \"  Refuerzo en Darién  \", \"version\": 0}", "es")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.acknowledgedBy").value("fp-panama"))
			.andExpect(jsonPath("$.notes").value("Refuerzo en Darién"))
			.andExpect(jsonPath("$.version").value(1));
		mvc.perform(get("/api/v1/flows/alerts/" + alert).with(as("observer-oim")))
			.andExpect(jsonPath("$.notes").value("Refuerzo en Darién"));
		await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.queryForObject(
				"select count(*) from audit_entry where entity_id = ? and action = 'UPDATE'", Long.class,
				alert.toString()) == 1);
	}

	@Test
	void refusesWhatTheAlertsPageRefusesInTheCallersLanguage() throws Exception {
		mvc.perform(post("/api/v1/flows/alerts/" + alert + "/acknowledge").with(csrf()).contentType("application/json")
			.content("{\"version\": 0}")).andExpect(status().isUnauthorized());
		mvc.perform(get("/api/v1/flows/alerts")).andExpect(status().isUnauthorized());
		for (String who : new String[] { "fp-mexico", "observer-oim" }) {
			acknowledge(who, "{}", "en")
				.andExpect(status().isForbidden())
				.andExpect(jsonPath("$.code").value("flows.alert.notYours"));
		}
		acknowledge("st-crm", "{\"notes\": \"Sin versión\"}", "en")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("version"))
			.andExpect(jsonPath("$.errors[0].message").value("The value “version” is missing."));
		acknowledge("st-crm", "{\"notes\": \"" + "x".repeat(4001) + "\", \"version\": 0}", "en")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value("The notes are longer than 4,000 characters: shorten them and send "
					+ "them again."));
		for (String who : new String[] { "st-crm", "observer-oim" }) {
			mvc.perform(post("/api/v1/flows/alerts/" + UUID.randomUUID() + "/acknowledge").with(csrf())
				.contentType("application/json").content("{\"version\": 0}").header("Accept-Language", "fr")
				.with(as(who)))
				.andExpect(status().isNotFound())
				.andExpect(jsonPath("$.detail").value("Cette alerte n’existe pas."));
		}
		mvc.perform(get("/api/v1/flows/alerts/" + UUID.randomUUID()).with(as("st-crm")))
			.andExpect(status().isNotFound());

		// two acknowledgements from the same reading: the second is told the version now, and the notes stay
		acknowledge("st-csm", "{\"notes\": \"Primera\", \"version\": 0}", "es").andExpect(status().isOk());
		acknowledge("fp-panama", "{\"notes\": \"Segunda\", \"version\": 0}", "pt")
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.currentVersion").value(1));
		mvc.perform(get("/api/v1/flows/alerts/" + alert).with(as("st-crm")))
			.andExpect(jsonPath("$.notes").value("Primera"))
			.andExpect(jsonPath("$.acknowledgedBy").value("st-csm"));
	}
}
