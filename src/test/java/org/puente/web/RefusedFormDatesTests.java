package org.puente.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.puente.PuenteTest;
import org.puente.WebTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.convert.ConversionService;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A refused form gives its days back in the one form {@code <input type="date">} reads (2030-01-15): the deadline of
 * a consultation refused for its missing title came back empty, printed in the page language's short style, which
 * the control cannot show. One rule ({@code spring.mvc.format.date=iso}) for every form's day.
 */
@PuenteTest
class RefusedFormDatesTests extends WebTestSupport {

	@Autowired
	@Qualifier("mvcConversionService")
	ConversionService conversion;

	@Test
	void aDayBoundToAFormPrintsAsTheDateControlReadsItInEveryLanguage() {
		try {
			for (String language : new String[] { "es", "en", "pt", "fr" }) {
				LocaleContextHolder.setLocale(Locale.forLanguageTag(language));
				assertThat(conversion.convert(LocalDate.of(2030, 1, 15), String.class)).as(language)
					.isEqualTo("2030-01-15");
				assertThat(conversion.convert("2030-01-15", LocalDate.class)).as(language)
					.isEqualTo(LocalDate.of(2030, 1, 15));
			}
		}
		finally {
			LocaleContextHolder.resetLocaleContext();
		}
	}

	@Test
	void aConsultationRefusedForItsTitleKeepsItsDeadline() throws Exception {
		for (String language : new String[] { "es", "en", "pt", "fr" }) {
			Document page = refused(post("/consultations").param("intro.es", "Introducción tecleada")
				.param("processes", "CRM").param("deadline", "2030-01-15"), language);
			assertThat(page.selectFirst("input#deadline").attr("type")).isEqualTo("date");
			assertThat(page.selectFirst("input#deadline").val()).as(language).isEqualTo("2030-01-15");
		}
	}

	@Test
	void theOtherFormsWithADayKeepItWhenRefused() throws Exception {
		Document meeting = refused(post("/meetings").param("titleEs", " ").param("kind", "WORKING_MEETING")
			.param("startDate", "2030-01-15").param("endDate", "2030-01-16"), "en");
		assertThat(meeting.selectFirst("input#startDate").val()).isEqualTo("2030-01-15");
		assertThat(meeting.selectFirst("input#endDate").val()).isEqualTo("2030-01-16");
		Document role = refused(post("/directory/roles").param("kind", "FOCAL_POINT").param("processCode", "CRM")
			.param("countryIso2", "GT").param("startsOn", "2017-06-01").param("endsOn", "2017-05-01"), "fr");
		assertThat(role.selectFirst("input#startsOn").val()).isEqualTo("2017-06-01");
		assertThat(role.selectFirst("input#endsOn").val()).isEqualTo("2017-05-01");
		Document round = refused(post("/experts/rounds").param("sessions", "4").param("quota", "3")
			.param("deadline", "2030-01-15"), "pt");
		assertThat(round.selectFirst("input#deadline").val()).isEqualTo("2030-01-15");
		// a new document's day is today's, written so that the control shows it
		String upload = mvc.perform(get("/documents/new").with(as("st-crm")).header("Accept-Language", "en"))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(Jsoup.parse(upload).selectFirst("input#date").val()).matches("\\d{4}-\\d{2}-\\d{2}");
	}

	private Document refused(MockHttpServletRequestBuilder request, String language) throws Exception {
		MockHttpServletResponse response = mvc.perform(request.with(as("st-crm")).with(csrf())
			.header("Accept-Language", language)).andReturn().getResponse();
		assertThat(response.getStatus()).as(language).isEqualTo(422);
		return HtmlValidityTests.validPage("refused " + language, response.getContentAsString(StandardCharsets.UTF_8));
	}
}
