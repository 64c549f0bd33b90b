package org.puente.agreements;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.puente.PuenteTest;
import org.puente.WebTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The secretariat's "overdue" panel and the agreement board ask PostgreSQL for what they show: with forty more
 * agreements (overdue, of a meeting older than any other) they cost as many statements and show the same first
 * agreements, and only their counts say there are more. They built a summary of every agreement (perf21).
 */
@PuenteTest
class AgreementBoardStatementsTests extends WebTestSupport {

	private static final Pattern AGREEMENT = Pattern.compile("href=\"(/agreements/items/[0-9a-f-]{36})\"");

	@Autowired
	JdbcTemplate jdbc;

	/** The agreements linked in this part of the page, in order. */
	private static List<String> linked(String html) {
		List<String> links = new ArrayList<>();
		Matcher m = AGREEMENT.matcher(html);
		while (m.find()) {
			links.add(m.group(1));
		}
		return links;
	}

	@Test
	void theOverduePanelAndTheBoardCostAsManyStatementsWithFortyMoreAgreements() throws Exception {
		Reading home = fewestStatements("/home", "st-crm");
		Reading board = fewestStatements("/agreements/board", "st-crm");
		try {
			jdbc.update("""
					insert into agreement (id, review_id, position, meeting_id, meeting_title, meeting_title_language,
					  meeting_date, processes, number, theme, text, status, due_date, created_by, created_at, updated_at)
					select gen_random_uuid(), a.review_id, 1000 + g, a.meeting_id, a.meeting_title, a.meeting_title_language,
					  date '2000-01-01', a.processes, 'perf21-' || g, a.theme, a.text, 'PENDING', current_date - 1,
					  a.created_by, now(), now()
					from (select * from agreement where 'CRM' = any(processes) order by id limit 1) a,
					  generate_series(1, 40) g""");
			Reading homeAfter = fewestStatements("/home", "st-crm");
			Reading boardAfter = fewestStatements("/agreements/board", "st-crm");
			System.out.println("Overdue panel and board statements (Hibernate): home " + home.statements() + " → "
					+ homeAfter.statements() + ", board " + board.statements() + " → " + boardAfter.statements());
			assertThat(homeAfter.statements()).as("the home's statements").isEqualTo(home.statements());
			assertThat(boardAfter.statements()).as("the board's statements").isEqualTo(board.statements());
			List<String> late = linked(panel(home.html(), "overdue-agreements"));
			assertThat(late).hasSize(6);
			assertThat(linked(panel(homeAfter.html(), "overdue-agreements"))).isEqualTo(late);
			assertThat(counted(panel(homeAfter.html(), "overdue-agreements"))).isEqualTo(counted(panel(home.html(), "overdue-agreements")) + 40);
			// the first page's agreements still first, in the same order, the forty (the oldest meeting) after them —
			// the total read off the board: in the whole suite other tests' agreements are there too
			List<String> first = linked(board.html());
			int all = shown(board.html()) + 40;
			assertThat(shown(boardAfter.html())).isEqualTo(all);
			assertThat(linked(boardAfter.html())).hasSize(AgreementController.BOARD_PAGE)
				.startsWith(first.toArray(String[]::new));
			int pages = (all + AgreementController.BOARD_PAGE - 1) / AgreementController.BOARD_PAGE;
			assertThat(boardAfter.html()).contains("Página 1 de " + pages).contains("?page=2\"");
			String last = fewestStatements("/agreements/board?page=" + pages, "st-crm").html();
			assertThat(last).contains("Página " + pages + " de " + pages);
			assertThat(linked(last)).hasSize(all - (pages - 1) * AgreementController.BOARD_PAGE);
		}
		finally {
			jdbc.update("delete from agreement where number like 'perf21-%'");
		}
	}

	/** The board's total, as its status line tells a screen reader ("47 acuerdos mostrados"). */
	private static int shown(String board) {
		Matcher m = Pattern.compile(">(\\d+) acuerdos? mostrados?<").matcher(board);
		assertThat(m.find()).as(board).isTrue();
		return Integer.parseInt(m.group(1));
	}

	/** The count in the panel's heading ("12 acuerdos vencidos"). */
	private static int counted(String panel) {
		Matcher m = Pattern.compile(">(\\d+) acuerdos vencidos<").matcher(panel);
		assertThat(m.find()).as(panel).isTrue();
		return Integer.parseInt(m.group(1));
	}
}
