package org.puente.accounts;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.puente.PuenteTest;
import org.puente.WebTestSupport;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The layout's menus (answered by {@link Viewer}) show each person the entries of their role, and no more. */
@PuenteTest
class LayoutMenuTests extends WebTestSupport {

	@Test
	void eachRoleSeesItsEntries() throws Exception {
		assertThat(header(get("/documents")))
			.contains("href=\"/login\"")
			.doesNotContain("data-hx-headers", "href=\"/agreements/mine\"", "href=\"/drafting\"", "href=\"/admin\"",
					"/logout");
		assertThat(header(get("/documents").with(as("fp-chile"))))
			.contains("data-hx-headers", "href=\"/agreements/mine\"", "href=\"/consultations\"", "href=\"/drafting\"",
					"href=\"/experts\"", "/logout")
			.doesNotContain("href=\"/login\"", "href=\"/agreements/reviews\"", "href=\"/admin\"");
		assertThat(header(get("/documents").with(as("admin"))))
			.contains("href=\"/agreements/reviews\"", "href=\"/consultations\"", "href=\"/admin\"")
			.doesNotContain("href=\"/login\"", "href=\"/agreements/mine\"");
		assertThat(header(get("/documents").with(as("observer-oim"))))
			.contains("href=\"/drafting\"", "/logout")
			.doesNotContain("href=\"/agreements/mine\"", "href=\"/consultations\"", "href=\"/admin\"");
	}

	/** The language links lead to this same page with its parameters (encoded as they came) and the language. */
	@Test
	void languageLinksKeepThePageAndItsParameters() throws Exception {
		assertThat(header(get("/agreements/mine?page=0").with(as("fp-chile"))))
			.contains("href=\"/agreements/mine?page=0&amp;lang=en\"", "href=\"/agreements/mine?page=0&amp;lang=fr\"");
		assertThat(header(get(java.net.URI.create("/glossary?q=migraci%C3%B3n"))))
			.contains("href=\"/glossary?q=migraci%C3%B3n&amp;lang=pt\"");
		assertThat(header(get("/documents"))).contains("href=\"/documents?lang=es\"");
	}

	/** The page up to its main content: the body's attributes, the header and its menus. */
	private String header(MockHttpServletRequestBuilder request) throws Exception {
		String page = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		return page.substring(0, page.indexOf("<main"));
	}
}
