package org.puente.web;

import java.io.ByteArrayInputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import nu.validator.validation.SimpleDocumentValidator;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.puente.PuenteTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The public pages are valid HTML: the Nu HTML Checker (the W3C's validator, run in-process) finds no error on any
 * page an anonymous visitor reaches by following links from the home page, nor on the error page.
 */
@PuenteTest
public class HtmlValidityTests {

	static final int MAX_PAGES = 60;

	@Autowired
	MockMvc mvc;

	@Test
	void theNuHtmlCheckerFindsNoErrorOnThePublicPages() throws Exception {
		List<String> errors = new ArrayList<>();
		Set<String> seen = new LinkedHashSet<>();
		Deque<String> queue = new ArrayDeque<>(List.of("/", "/practices", "/practices/ranking?session=1", "/meetings/month?month=2017-09", "/search?q=migraci%C3%B3n",
				"/login", "/nonexistent", "/flows", "/flows/agreements"));
		while (!queue.isEmpty() && seen.size() < MAX_PAGES) {
			String path = queue.poll();
			if (!seen.add(path)) {
				continue;
			}
			MockHttpServletResponse page = mvc.perform(get(path)).andReturn().getResponse();
			String type = String.valueOf(page.getContentType());
			if (!type.startsWith("text/html")) {
				continue;
			}
			String html = page.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
			validate(path, html, errors);
			Jsoup.parse(html).select("a[href]").eachAttr("href").stream()
				.filter(href -> href.startsWith("/") && !href.startsWith("//"))
				.map(href -> href.replaceFirst("#.*$", ""))
				.filter(href -> !href.contains(".ics") && !href.contains(".csv") && !href.contains(".xlsx")
						&& !href.contains(".pdf") && !href.contains("/versions/") && !href.startsWith("/login?")
						&& !href.contains("lang=") && !href.startsWith("/oauth2"))
				.forEach(queue::add);
		}
		assertThat(seen).hasSizeGreaterThan(20);
		assertThat(errors).isEmpty();
	}

	@Test
	void theCheckerFlagsWhatTheProbeFound() throws Exception {
		List<String> errors = new ArrayList<>();
		validate("sample", """
				<!DOCTYPE html><html lang="es"><head><title>x</title></head>
				<body hx-headers='{"X-CSRF-TOKEN": "t"}'><p><time datetime="2026-12-02T10:15:30.123456Z">hoy</time></p>
				</body></html>""", errors);
		assertThat(errors).anySatisfy(e -> assertThat(e).contains("hx-headers"))
			.anySatisfy(e -> assertThat(e).contains("datetime"));
	}

	/**
	 * The one checker of the run judges each page alone: a duplicate id and an unclosed element in one page are not
	 * held against the next, nor is an id the first page declared counted as a duplicate in the second.
	 */
	@Test
	void theCheckerForgetsThePageBefore() throws Exception {
		String page = """
				<!DOCTYPE html><html lang="es"><head><title>x</title></head><body><p id="a">uno</p>%s</body></html>""";
		List<String> first = new ArrayList<>();
		validate("first", page.formatted("<p id=\"a\">dos</p><div><span>"), first);
		assertThat(first).anySatisfy(e -> assertThat(e).contains("Duplicate ID"));
		List<String> second = new ArrayList<>();
		validate("second", page.formatted(""), second);
		assertThat(second).isEmpty();
	}

	/** The page parsed, once the Nu checker finds no error in it (the assertion names the path). */
	public static org.jsoup.nodes.Document validPage(String path, String html) throws Exception {
		List<String> errors = new ArrayList<>();
		validate(path, html, errors);
		assertThat(errors).as(path + " is valid HTML").isEmpty();
		return Jsoup.parse(html);
	}

	/**
	 * Adds to {@code errors} what the checker finds wrong in {@code html}. The checker is set up once per JVM: its
	 * schema takes a third of a second to build and a page a few milliseconds to check, and the suite checks hundreds
	 * of pages. It is the checker's own command line's way (one validator, {@code reset()} before each document), so
	 * a page is checked as by a fresh one ({@link #theCheckerForgetsThePageBefore}).
	 */
	public static synchronized void validate(String path, String html, List<String> errors) throws Exception {
		if (checker == null) {
			SimpleDocumentValidator validator = new SimpleDocumentValidator(true, false, false);
			validator.setUpMainSchema("http://s.validator.nu/html5-rdfalite.rnc", REPORT);
			validator.setUpValidatorAndParsers(REPORT, true, false);
			checker = validator;
		}
		REPORT.path = path;
		REPORT.errors = errors;
		InputSource source = new InputSource(new ByteArrayInputStream(html.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
		source.setEncoding("UTF-8");
		try {
			checker.checkHtmlInputSource(source);
		}
		finally {
			REPORT.errors = new ArrayList<>();
		}
	}

	private static SimpleDocumentValidator checker;

	/** Where the checker's errors go: the list of the page being checked. */
	private static final ErrorList REPORT = new ErrorList();

	private static final class ErrorList implements ErrorHandler {

		String path = "";

		List<String> errors = new ArrayList<>();

		@Override
		public void warning(SAXParseException ex) {
		}

		@Override
		public void error(SAXParseException ex) {
			errors.add(path + ":" + ex.getLineNumber() + ": " + ex.getMessage());
		}

		@Override
		public void fatalError(SAXParseException ex) {
			errors.add(path + ":" + ex.getLineNumber() + ": " + ex.getMessage());
		}
	}
}
