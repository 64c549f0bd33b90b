package org.puente.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.puente.PuenteTest;
import org.puente.WebTestSupport;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Each signed-in page the bench measures answers every demo role (a page, a redirection or a refusal, never an error),
 * and prints the SQL statements it cost through Hibernate (lines "STATEMENTS page : st-crm | fp-panama | observer-oim",
 * docs/performance.md, perf20).
 */
@PuenteTest
class SignedInPageStatementsTests extends WebTestSupport {

	@Autowired
	EntityManagerFactory entityManagers;

	private static final Pattern ID = Pattern.compile("[0-9a-f-]{36}");

	private String body(String path, String user) throws Exception {
		return mvc.perform(get(path).header("Accept-Language", "es").with(as(user))).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private String first(String list, String prefix) throws Exception {
		Matcher m = Pattern.compile("href=\"(" + Pattern.quote(prefix) + "/" + ID.pattern() + ")\"")
			.matcher(body(list, "st-crm"));
		return m.find() ? m.group(1) : list;
	}

	@Test
	void eachSignedInPageAnswersAndPrintsItsStatements() throws Exception {
		List<String> pages = new ArrayList<>(List.of("/home", "/agreements/mine",
				first("/agreements/mine", "/agreements/items"), first("/agreements/reviews", "/agreements/reviews"),
				"/consultations", first("/consultations", "/consultations"), "/documents",
				first("/documents", "/documents"), "/experts", "/flows", "/directory", "/agreements/board"));
		Map<String, String> lines = new LinkedHashMap<>();
		for (String user : List.of("st-crm", "fp-panama", "observer-oim")) {
			for (String page : pages) {
				body(page, user); // warm
				Statistics statistics = entityManagers.unwrap(SessionFactory.class).getStatistics();
				statistics.clear();
				int status = mvc.perform(get(page).header("Accept-Language", "es").with(as(user))).andReturn()
					.getResponse().getStatus();
				long n = statistics.getPrepareStatementCount();
				assertThat(status).as(user + " " + page).isIn(200, 302, 403);
				lines.merge(ID.matcher(page).replaceAll("{id}"), n + " (" + status + ")", (a, b) -> a + " | " + b);
			}
		}
		lines.forEach((page, counts) -> System.out.println("STATEMENTS " + page + " : " + counts));
	}
}
