package org.puente;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * What the MockMvc tests share: the application's MockMvc, a request made as one of the demo accounts, and a
 * refused request that must leave nothing behind.
 */
public abstract class WebTestSupport {

	@Autowired
	protected MockMvc mvc;

	@Autowired
	protected UserDetailsService users;

	@Autowired
	private JdbcTemplate rows;

	@Autowired
	private jakarta.persistence.EntityManagerFactory entityManagers;

	protected RequestPostProcessor as(String username) {
		return user(users.loadUserByUsername(username));
	}

	/** Performs the request and checks that the table holds as many rows after it as before: nothing was stored. */
	protected ResultActions storingNothingIn(String table, RequestBuilder request) throws Exception {
		String count = "select count(*) from " + table;
		long before = rows.queryForObject(count, Long.class);
		ResultActions result = mvc.perform(request);
		assertThat(rows.queryForObject(count, Long.class)).as("rows in " + table).isEqualTo(before);
		return result;
	}

	/**
	 * The page at {@code path} as {@code user} (null: anonymous) reads it in {@code language}: answered 200, valid
	 * HTML, its {@code <html lang>} that language.
	 */
	/**
	 * The page of the agreements' board that shows what {@code holds} looks for (the first one when none does): the
	 * board pages by 25 (perf21), and in the whole suite other classes' newer agreements come before the seeds'.
	 */
	protected org.jsoup.nodes.Document boardPageWith(String user, String language,
			java.util.function.Predicate<org.jsoup.nodes.Document> holds) throws Exception {
		for (int page = 1; page <= 20; page++) {
			org.jsoup.nodes.Document board = pageIn("/agreements/board?page=" + page, user, language);
			if (holds.test(board)) {
				return board;
			}
		}
		return pageIn("/agreements/board", user, language);
	}

	protected org.jsoup.nodes.Document pageIn(String path, @org.jspecify.annotations.Nullable String user,
			String language) throws Exception {
		var request = org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(path)
			.header("Accept-Language", language);
		String html = mvc.perform(user == null ? request : request.with(as(user)))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		org.jsoup.nodes.Document document = org.puente.web.HtmlValidityTests.validPage(path, html);
		assertThat(document.selectFirst("html").attr("lang")).isEqualTo(language);
		return document;
	}

	/** A page as read, and the fewest statements Hibernate prepared in one of three readings of it. */
	protected record Reading(long statements, String html) {
	}

	/**
	 * The page at {@code path} as {@code user} reads it in Spanish, read once to warm, then three times: Hibernate's
	 * statistics count the whole application's statements, and a background task (a notice's retry, a scheduled job)
	 * sometimes adds one during a reading — never takes one away; so the fewest. Not {@code JdbcTemplate}'s.
	 */
	protected Reading fewestStatements(String path, String user) throws Exception {
		org.hibernate.stat.Statistics statistics = entityManagers.unwrap(org.hibernate.SessionFactory.class)
			.getStatistics();
		var request = org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(path)
			.header("Accept-Language", "es");
		mvc.perform(request.with(as(user)));
		long fewest = Long.MAX_VALUE;
		String html = "";
		for (int reading = 0; reading < 3; reading++) {
			statistics.clear();
			html = mvc.perform(request.with(as(user))).andReturn().getResponse()
				.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
			fewest = Math.min(fewest, statistics.getPrepareStatementCount());
		}
		return new Reading(fewest, html);
	}

	/** The panel {@code id} of a home page, from its id to its end (empty when it is not on the page). */
	public static String panel(String page, String id) {
		int start = page.indexOf("id=\"panel-" + id + "\"");
		if (start < 0) {
			return "";
		}
		int end = page.indexOf("</section>", start);
		return page.substring(start, end < 0 ? page.length() : end);
	}
}
