package org.puente.web;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.zip.GZIPInputStream;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.puente.PuenteTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.FilterChainProxy;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Public pages cost an anonymous reader no session (nothing written to the database), carry validators so that a
 * second visit is a 304, may be kept briefly by browsers and proxies, and show a change at once although they are
 * kept rendered; signed-in pages are never kept. Sign-in and the language switch work without a session.
 */
@PuenteTest
class PublicPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PublicPages pages;

	@Autowired
	UserDetailsService users;

	@Autowired
	CsrfTokenRepository csrfTokens;

	@Autowired
	FilterChainProxy security;

	@Autowired
	FilterRegistrationBean<PublicPageFilter> publicPageFilter;

	/** Tests that post with {@code csrf()} replace the CSRF filter's token store for the whole shared context. */
	@BeforeEach
	void appsOwnCsrfTokens() {
		security.getFilterChains()
			.stream()
			.flatMap(chain -> chain.getFilters().stream())
			.filter(CsrfFilter.class::isInstance)
			.forEach(filter -> ReflectionTestUtils.setField(filter, "tokenRepository", csrfTokens));
	}

	@AfterEach
	void keepNoPages() {
		pages.keepFor(Duration.ZERO); // as the rest of the suite expects (application-test.properties)
	}

	List<String> publicPages() {
		String meeting = jdbc.queryForObject(
				"select id::text from meeting where visibility = 'PUBLIC' order by start_date limit 1", String.class);
		return List.of("/", "/meetings", "/agreements", "/documents", "/glossary", "/directory", "/meetings/" + meeting);
	}

	@Test
	void anAnonymousReadOfEachPublicPageSetsNoSessionAndASecondReadIsNotModified() throws Exception {
		pages.keepFor(Duration.ofMinutes(1));
		long sessions = jdbc.queryForObject("select count(*) from spring_session", Long.class);
		for (String page : publicPages()) {
			for (String language : List.of("es", "en")) {
				MockHttpServletResponse first = mvc.perform(get(page).header("Accept-Language", language))
					.andExpect(status().isOk())
					.andReturn()
					.getResponse();
				assertThat(first.getHeaders(HttpHeaders.SET_COOKIE)).as(page).isEmpty();
				assertThat(first.getHeader(HttpHeaders.CACHE_CONTROL)).as(page).startsWith("public, max-age=");
				assertThat(first.getHeader(HttpHeaders.CONTENT_LANGUAGE)).as(page).isEqualTo(language);
				String etag = first.getHeader(HttpHeaders.ETAG);
				assertThat(etag).as(page).isNotBlank();
				assertThat(first.getHeader(HttpHeaders.LAST_MODIFIED)).as(page).isNotBlank();

				MockHttpServletResponse again = mvc
					.perform(get(page).header("Accept-Language", language).header(HttpHeaders.IF_NONE_MATCH, etag))
					.andExpect(status().isNotModified())
					.andReturn()
					.getResponse();
				assertThat(again.getContentAsByteArray()).isEmpty();
				assertThat(again.getHeaders(HttpHeaders.SET_COOKIE)).as(page).isEmpty();

				MockHttpServletResponse kept = mvc.perform(get(page).header("Accept-Language", language))
					.andExpect(status().isOk())
					.andReturn()
					.getResponse();
				assertThat(kept.getContentAsByteArray()).as(page).isEqualTo(first.getContentAsByteArray());
				assertThat(kept.getHeader(HttpHeaders.ETAG)).isEqualTo(etag);
				assertThat(kept.getHeader("Content-Security-Policy")).as(page).contains("default-src 'self'");
				assertThat(kept.getHeader(HttpHeaders.PRAGMA)).as(page).isNull();
			}
		}
		assertThat(jdbc.queryForObject("select count(*) from spring_session", Long.class)).isEqualTo(sessions);
	}

	@Test
	void aKeptPageShowsANewPublicMeetingAtOnce() throws Exception {
		pages.keepFor(Duration.ofMinutes(1));
		String before = page("/meetings");
		assertThat(page("/meetings")).isEqualTo(before);
		String title = "Reunión pública " + UUID.randomUUID();
		mvc.perform(post("/api/v1/meetings").with(user(users.loadUserByUsername("st-crm"))).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"titleEs": "%s", "kind": "WORKING_MEETING", "processes": ["CRM"], "precision": "DAYS",
					 "startDate": "%s", "status": "CONFIRMED", "visibility": "PUBLIC"}"""
				.formatted(title, LocalDate.now().plusDays(20))))
			.andExpect(status().isCreated());
		assertThat(page("/meetings")).contains(title);
	}

	/**
	 * What Tomcat's valve does before the filter chain: a kept page is answered with the chain's headers in the
	 * reader's language, gzipped (with its own validator) for a browser that accepts it; a signed-in reader, a
	 * language switch or a page not kept go on to the chain.
	 */
	@Test
	void keptPagesAreAnsweredBeforeTheFilterChainGzippedWhenAccepted() throws Exception {
		pages.keepFor(Duration.ofMinutes(1));
		PublicPageFilter early = publicPageFilter.getFilter();
		MockHttpServletResponse rendered = mvc.perform(get("/agreements").header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();

		MockHttpServletResponse plain = new MockHttpServletResponse();
		assertThat(early.sendKept(read("/agreements", "en-GB,en;q=0.9"), plain)).isTrue();
		assertThat(plain.getContentAsByteArray()).isEqualTo(rendered.getContentAsByteArray());
		assertThat(plain.getHeader(HttpHeaders.ETAG)).isEqualTo(rendered.getHeader(HttpHeaders.ETAG)).doesNotStartWith("W/");
		assertThat(plain.getHeader(HttpHeaders.CONTENT_LANGUAGE)).isEqualTo("en");
		assertThat(plain.getHeader(HttpHeaders.LAST_MODIFIED)).isEqualTo(rendered.getHeader(HttpHeaders.LAST_MODIFIED))
			.matches("[A-Z][a-z]{2}, \\d{2} [A-Z][a-z]{2} \\d{4} \\d{2}:\\d{2}:\\d{2} GMT");
		assertThat(plain.getHeader("Content-Security-Policy")).contains("default-src 'self'");
		assertThat(plain.getHeader(HttpHeaders.CONTENT_ENCODING)).isNull();
		assertThat(plain.getHeaders(HttpHeaders.SET_COOKIE)).isEmpty();

		MockHttpServletRequest accepting = read("/agreements", "en");
		accepting.addHeader(HttpHeaders.ACCEPT_ENCODING, "gzip, deflate, br");
		MockHttpServletResponse gzipped = new MockHttpServletResponse();
		assertThat(early.sendKept(accepting, gzipped)).isTrue();
		assertThat(gzipped.getHeader(HttpHeaders.CONTENT_ENCODING)).isEqualTo("gzip");
		assertThat(gzipped.getHeader(HttpHeaders.VARY)).contains("Accept-Encoding").contains("Accept-Language");
		assertThat(gzipped.getHeader(HttpHeaders.ETAG)).isNotEqualTo(plain.getHeader(HttpHeaders.ETAG));
		assertThat(new GZIPInputStream(new ByteArrayInputStream(gzipped.getContentAsByteArray())).readAllBytes())
			.isEqualTo(rendered.getContentAsByteArray());
		MockHttpServletRequest revalidating = read("/agreements", "en");
		revalidating.addHeader(HttpHeaders.IF_NONE_MATCH, gzipped.getHeader(HttpHeaders.ETAG));
		MockHttpServletResponse notModified = new MockHttpServletResponse();
		assertThat(early.sendKept(revalidating, notModified)).isTrue();
		assertThat(notModified.getStatus()).isEqualTo(304);

		assertThat(early.sendKept(read("/agreements", "pt"), new MockHttpServletResponse())).as("not kept in pt").isFalse();
		MockHttpServletRequest signedIn = read("/agreements", "en");
		signedIn.setCookies(new Cookie("SESSION", "abc"));
		assertThat(early.sendKept(signedIn, new MockHttpServletResponse())).isFalse();
		MockHttpServletRequest chosen = read("/agreements", "es");
		chosen.setCookies(new Cookie("puente-lang", "en"));
		MockHttpServletResponse english = new MockHttpServletResponse();
		assertThat(early.sendKept(chosen, english)).isTrue();
		assertThat(english.getHeader(HttpHeaders.CONTENT_LANGUAGE)).isEqualTo("en");
		assertThat(PublicPageRequests.acceptsGzip("gzip;q=0, deflate")).isFalse();
		assertThat(PublicPageRequests.acceptsGzip("br;q=1.0, gzip;q=0.8")).isTrue();
		assertThat(PublicPageRequests.acceptsGzip(null)).isFalse();
	}

	private static MockHttpServletRequest read(String path, String language) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
		request.addHeader(HttpHeaders.ACCEPT_LANGUAGE, language);
		request.addHeader(HttpHeaders.ACCEPT, "text/html,application/xhtml+xml,*/*;q=0.8");
		return request;
	}

	@Test
	void signedInPagesAreNeverKeptNorOfferedToCaches() throws Exception {
		pages.keepFor(Duration.ofMinutes(1));
		page("/meetings");
		MockHttpServletResponse signedIn = mvc.perform(get("/meetings").cookie(signIn("fp-panama")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
		assertThat(signedIn.getHeader(HttpHeaders.CACHE_CONTROL)).contains("no-store");
		assertThat(signedIn.getHeader(HttpHeaders.ETAG)).isNull();
		assertThat(signedIn.getContentAsString(StandardCharsets.UTF_8)).contains("fp-panama");
	}

	@Test
	void signInWorksWithTheStatelessTokenOfTheSignInForm() throws Exception {
		Cookie session = signIn("fp-panama");
		mvc.perform(get("/home").cookie(session)).andExpect(status().isOk());
		MvcResult form = mvc.perform(get("/login")).andExpect(status().isOk()).andReturn();
		String field = form.getResponse().getContentAsString(StandardCharsets.UTF_8)
			.replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
		// the form's token without its cookie is refused
		mvc.perform(post("/login").param("_csrf", field).param("username", "fp-panama")
				.param("password", "puente-demo-2017"))
			.andExpect(status().isForbidden());
	}

	@Test
	void aSignedInClientNeedsOnlyItsSessionAndThePagesToken() throws Exception {
		MvcResult form = mvc.perform(get("/login")).andExpect(status().isOk()).andReturn();
		Cookie token = form.getResponse().getCookie("PUENTE-CSRF");
		Cookie session = mvc.perform(post("/login").cookie(token).param("_csrf", tokenField(form))
				.param("username", "st-crm").param("password", "puente-demo-2017"))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
		// the browser may still hold the sign-in form's cookie when it opens the next page
		MvcResult page = mvc.perform(get("/meetings/new").cookie(session, token)).andExpect(status().isOk()).andReturn();
		mvc.perform(post("/api/v1/meetings").cookie(session).header("X-CSRF-TOKEN", tokenField(page))
				.contentType("application/json").accept("application/json")
				.content("{\"titleEs\":\"Reunión de un cliente de la API\",\"kind\":\"WORKING_MEETING\","
						+ "\"precision\":\"DAYS\",\"startDate\":\"2028-03-02\",\"status\":\"TENTATIVE\","
						+ "\"visibility\":\"PUBLIC\",\"processes\":[\"CRM\"]}"))
			.andExpect(status().isCreated());
	}

	private static String tokenField(MvcResult page) throws Exception {
		return page.getResponse().getContentAsString(StandardCharsets.UTF_8)
			.replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
	}

	/** Signs in as a browser does: the form, its token cookie, the post; the session cookie it gets. */
	private Cookie signIn(String username) throws Exception {
		MvcResult form = mvc.perform(get("/login")).andExpect(status().isOk()).andReturn();
		Cookie token = form.getResponse().getCookie("PUENTE-CSRF");
		assertThat(token).isNotNull();
		assertThat(form.getResponse().getCookie("SESSION")).isNull();
		assertThat(form.getRequest().getSession(false)).isNull();
		String field = form.getResponse().getContentAsString(StandardCharsets.UTF_8)
			.replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
		MockHttpServletResponse signedIn = mvc.perform(post("/login").cookie(token).param("_csrf", field)
				.param("username", username).param("password", "puente-demo-2017"))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse();
		assertThat(signedIn.getHeader("Location")).doesNotContain("error");
		Cookie session = signedIn.getCookie("SESSION");
		assertThat(session).isNotNull();
		return session;
	}

	@Test
	void theLanguageSwitchSetsItsCookieAndNoSession() throws Exception {
		MockHttpServletResponse switched = mvc.perform(get("/meetings").param("lang", "en"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
		assertThat(switched.getCookie("puente-lang")).isNotNull();
		assertThat(switched.getCookie("SESSION")).isNull();
		assertThat(switched.getContentAsString(StandardCharsets.UTF_8)).contains("lang=\"en\"");
	}

	private String page(String path) throws Exception {
		return mvc.perform(get(path).header("Accept-Language", "es"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}
}
