package org.puente.web;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.puente.PuenteTest;
import org.puente.WebTestSupport;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.templateresolver.AbstractConfigurableTemplateResolver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Every page a person reaches by following Puente's own links works, for an anonymous visitor and for each role
 * (signed in as its demo account), in Spanish and English fully and in Portuguese and French for the pages the
 * menus lead to: it answers 200 (perhaps after a redirect), shows no unresolved message nor raw ICU pattern, says
 * its language in {@code <html lang>}, has one {@code <h1>} and a title, and shows no Spanish bundle text on a page
 * in another language. A link Puente prints never leads to a 404, nor to a refusal for the one it was shown to.
 * All problems are collected and reported together (visitor, language, page, where the link was, problem).
 */
@PuenteTest
class SiteCrawlTests extends WebTestSupport {

	/** Pages per visitor and language: enough for every page shape of the demo data, bounded for the suite. */
	static final int MAX_PAGES = 400;

	/** Visits per path shape (ids collapsed): two agreements tell as much as two hundred. */
	static final int PER_SHAPE = 2;

	/** Visits under one parent shape whatever the last segment (glossary terms, country codes, tabs). */
	static final int PER_PARENT = 12;

	/** anonymous, then one demo account per role (accounts' demo seed). */
	static final Map<String, String> VISITORS = visitors();

	static final Pattern ID_SEGMENT = Pattern.compile(".*\\d.*");

	private static Map<String, String> visitors() {
		Map<String, String> visitors = new LinkedHashMap<>();
		visitors.put("anonymous", null);
		visitors.put("ADMIN", "admin");
		visitors.put("SECRETARIAT", "st-crm");
		visitors.put("FOCAL_POINT", "fp-panama");
		visitors.put("OBSERVER", "observer-oim");
		return visitors;
	}

	record Link(String url, String from, int depth) {
	}

	@Autowired
	ObjectProvider<TemplateEngine> templateEngines;

	/** Milliseconds spent per path shape, to tell which pages make the crawl slow. */
	final Map<String, Long> time = new HashMap<>();

	/** Per visitor, the shapes that answered with a download rather than a page. */
	final Map<String, Set<String>> downloads = new HashMap<>();

	@Test
	void everyPageReachedByFollowingLinksWorksForEveryRoleAndLanguage() throws Exception {
		List<String> problems = new ArrayList<>();
		Map<String, Integer> visited = new LinkedHashMap<>();
		long start = System.nanoTime();
		long cpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
		// the test profile re-reads every template on each render (spring.thymeleaf.cache=false); two thousand
		// pages read the same few dozen templates, so the crawl keeps them parsed while it runs, then lets go
		List<AbstractConfigurableTemplateResolver> rereading = templateEngines.orderedStream()
			.flatMap(engine -> engine.getTemplateResolvers().stream())
			.filter(AbstractConfigurableTemplateResolver.class::isInstance)
			.map(AbstractConfigurableTemplateResolver.class::cast)
			.filter(resolver -> !resolver.isCacheable())
			.toList();
		rereading.forEach(resolver -> resolver.setCacheable(true));
		try {
			for (var visitor : VISITORS.entrySet()) {
				for (String language : List.of("es", "en", "pt", "fr")) {
					// es and en: the whole site; pt and fr: the start pages and what their menus lead to
					int depth = language.equals("es") || language.equals("en") ? Integer.MAX_VALUE : 1;
					int pages = new Crawl(visitor.getKey(), visitor.getValue(), language, depth, problems).run();
					visited.put(visitor.getKey() + "/" + language, pages);
				}
			}
		}
		finally {
			rereading.forEach(resolver -> resolver.setCacheable(false));
			templateEngines.orderedStream().forEach(TemplateEngine::clearTemplateCache);
		}
		// the CPU time tells what the crawl costs on an idle machine, whatever else the shared cores are doing
		System.out.printf("SiteCrawlTests: %d pages in %d s (%d s of CPU): %s%nslowest shapes (ms): %s%n",
				visited.values().stream().mapToInt(Integer::intValue).sum(), (System.nanoTime() - start) / 1_000_000_000,
				(ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpu) / 1_000_000_000, visited, time.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(12).toList());
		assertThat(visited.get("anonymous/es")).as("pages visited").isGreaterThan(30);
		assertThat(problems).as("pages visited %s; problems:%n%s", visited, String.join("\n", problems)).isEmpty();
	}

	/** One visitor in one language, breadth-first from the start pages. */
	final class Crawl {

		final String visitor;

		final String username;

		final String language;

		final int maxDepth;

		final List<String> problems;

		final Set<String> seen = new HashSet<>();

		final Map<String, Integer> shapes = new HashMap<>();

		final Map<String, Set<String>> parents = new HashMap<>();

		final PageChecks checks;

		String shape = "";

		Crawl(String visitor, String username, String language, int maxDepth, List<String> problems) throws Exception {
			this.visitor = visitor;
			this.username = username;
			this.language = language;
			this.maxDepth = maxDepth;
			this.problems = problems;
			this.checks = new PageChecks(language);
		}

		int run() throws Exception {
			Deque<Link> queue = new ArrayDeque<>();
			queue.add(new Link("/", "start", 0));
			if (username != null) {
				queue.add(new Link("/home", "start", 0));
			}
			int pages = 0;
			while (!queue.isEmpty() && pages < MAX_PAGES) {
				Link link = queue.poll();
				if (!seen.add(link.url()) || !withinShapeCaps(link.url())) {
					continue;
				}
				pages++;
				long began = System.nanoTime();
				visit(link, queue);
				time.merge(shape, (System.nanoTime() - began) / 1_000_000, Long::sum);
			}
			return pages;
		}

		private boolean withinShapeCaps(String url) {
			String path = url.replaceFirst("\\?.*$", "");
			String query = url.contains("?") ? queryNames(url.substring(url.indexOf('?') + 1)) : "";
			List<String> segments = new ArrayList<>();
			for (String segment : path.split("/")) {
				segments.add(ID_SEGMENT.matcher(segment).matches() ? "{id}" : segment);
			}
			String shape = String.join("/", segments) + query;
			this.shape = shape;
			if (downloads.computeIfAbsent(visitor, v -> new HashSet<>()).contains(shape)) {
				return false; // a download of this shape was fetched already, perhaps in another language
			}
			if (shapes.merge(shape, 1, Integer::sum) > PER_SHAPE) {
				return false;
			}
			String parent = String.join("/", segments.subList(0, Math.max(0, segments.size() - 1))) + "/*" + query;
			Set<String> children = parents.computeIfAbsent(parent, p -> new HashSet<>());
			children.add(shape);
			return children.size() <= PER_PARENT;
		}

		private static String queryNames(String query) {
			Set<String> names = new TreeSet<>();
			for (String pair : query.split("&")) {
				// a format's value tells a page (format=html) from a download (format=docx)
				names.add(pair.startsWith("format=") ? pair : pair.replaceFirst("=.*$", ""));
			}
			return "?" + String.join("&", names);
		}

		private void visit(Link link, Deque<Link> queue) throws Exception {
			String url = link.url();
			MockHttpServletResponse response = fetch(url);
			for (int hops = 0; response.getStatus() / 100 == 3 && hops < 5; hops++) {
				String location = SiteLinks.local(url, response.getRedirectedUrl());
				if (location == null) {
					problem(link, "redirects outside Puente: " + response.getRedirectedUrl());
					return;
				}
				if (location.startsWith("/login")) {
					problem(link, username == null ? "sends the anonymous visitor to the sign-in page"
							: "sends a signed-in " + visitor + " to the sign-in page");
					return;
				}
				url = location;
				response = fetch(url);
			}
			int status = response.getStatus();
			if (status != 200) {
				problem(link, switch (status) {
					case 403 -> "403: the link is shown to a visitor who may not follow it";
					case 404 -> "404: Puente printed a link to a page that does not exist";
					default -> "status " + status;
				});
				return;
			}
			String type = String.valueOf(response.getContentType());
			if (!type.startsWith("text/html") || url.startsWith("/swagger-ui")) {
				// downloads, feeds and the API's own pages: reached, not read; their builders (spreadsheets,
				// documents) are the crawl's slowest answers and their own tests read them, so one per shape
				downloads.get(visitor).add(shape);
				return;
			}
			Document page = Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8), "http://localhost" + url);
			checks.problems(link.url(), page).forEach(problem -> problem(link, problem));
			if (link.depth() < maxDepth) {
				for (Element anchor : page.select("a[href]")) {
					String target = SiteLinks.followable(url, anchor.attr("href"));
					if (target != null && !seen.contains(target)) {
						queue.add(new Link(target, url, link.depth() + 1));
					}
				}
			}
		}

		private MockHttpServletResponse fetch(String url) throws Exception {
			MockHttpServletRequestBuilder request = get(URI.create(url))
				.header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
				.cookie(new Cookie("puente-lang", language));
			if (username != null) {
				request.with(as(username));
			}
			return mvc.perform(request).andReturn().getResponse();
		}

		private void problem(Link link, String what) {
			problems.add("%s/%s %s (linked from %s): %s".formatted(visitor, language, link.url(), link.from(), what));
		}
	}
}
