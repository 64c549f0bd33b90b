package org.puente.agreements;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.puente.directory.Conference;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The board and the secretariat's "overdue" panel asked of PostgreSQL: the filter, the order and the page in SQL,
 * the counts per status counted there, and only the agreements shown read whole — they built a summary of every
 * agreement of the register to show six or one filter's worth, their statements growing with it (perf21).
 */
@Component
class AgreementBoard {

	/** Page {@code number} (from 1) of {@code pages}, and the tally of every agreement the filter keeps. */
	record Page(List<AgreementSummary> agreements, int number, int pages, Tally tally) {
	}

	private static final String OPEN = "a.status in ('PENDING', 'IN_PROGRESS')";

	/** The register's order (the latest meeting first, then the minutes' order); the id keeps pages apart on ties. */
	private static final String ORDER = "a.meeting_date desc, a.position, a.id";

	private final NamedParameterJdbcTemplate jdbc;

	private final Clock clock;

	AgreementBoard(NamedParameterJdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Page {@code number} (from 1; kept within the pages there are) of {@code size} agreements, in the register's order. */
	@Transactional(readOnly = true)
	Page page(Agreements.Filter filter, int number, int size, Summaries summaries) {
		return read(filter, number, size, ORDER, summaries);
	}

	/** The first {@code size} agreements the filter keeps, the earliest due first, and the tally of all it keeps. */
	@Transactional(readOnly = true)
	Page soonestDue(Agreements.Filter filter, int size, Summaries summaries) {
		return read(filter, 1, size, "a.due_date nulls last, " + ORDER, summaries);
	}

	/** The summaries of agreements by id, in the ids' order ({@link Agreements#summariesOf}). */
	interface Summaries extends java.util.function.Function<List<UUID>, List<AgreementSummary>> {
	}

	private Page read(Agreements.Filter filter, int number, int size, String order, Summaries summaries) {
		MapSqlParameterSource params = new MapSqlParameterSource("today", LocalDate.now(clock));
		String where = where(filter, params);
		Tally tally = jdbc.queryForObject("select count(*) filter (where a.status = 'PENDING') as pending,"
				+ " count(*) filter (where a.status = 'IN_PROGRESS') as in_progress,"
				+ " count(*) filter (where a.status = 'DONE') as done, count(*) filter (where a.status = 'CANCELLED') as cancelled,"
				+ " count(*) filter (where " + OPEN + " and a.due_date < :today) as overdue from agreement a where " + where,
				params, (rs, i) -> Tally.of(rs.getInt("pending"), rs.getInt("in_progress"), rs.getInt("done"),
						rs.getInt("cancelled"), rs.getInt("overdue")));
		int pages = Math.max(1, (tally.total() + size - 1) / size);
		int page = Math.min(Math.max(1, number), pages);
		params.addValue("limit", size).addValue("offset", (page - 1L) * size);
		List<UUID> ids = jdbc.queryForList("select a.id from agreement a where " + where + " order by " + order
				+ " limit :limit offset :offset", params, UUID.class);
		return new Page(summaries.apply(ids), page, pages, tally);
	}

	/** The same conditions as {@link Agreements.Filter#predicate()}, in SQL. */
	private static String where(Agreements.Filter filter, MapSqlParameterSource params) {
		List<String> and = new ArrayList<>(List.of("true"));
		if (!blank(filter.process())) {
			and.add(Conference.of(filter.process()).map(c -> {
				params.addValue("process", c.name());
				return ":process = any(a.processes)";
			}).orElse("false"));
		}
		if (filter.status() != null) {
			params.addValue("status", filter.status().name());
			and.add("a.status = :status");
		}
		if (!blank(filter.responsible())) {
			params.addValue("responsible", filter.responsible());
			and.add("exists (select 1 from agreement_party p where p.agreement_id = a.id and p.responsible"
					+ " and p.entity_id = :responsible)");
		}
		if (!blank(filter.theme())) {
			params.addValue("theme", filter.theme());
			and.add("a.theme = :theme");
		}
		if (filter.minutesId() != null) {
			params.addValue("minutes", filter.minutesId());
			and.add("a.review_id = :minutes");
		}
		if (filter.overdueOnly()) {
			and.add(OPEN + " and a.due_date < :today");
		}
		return String.join(" and ", and);
	}

	/**
	 * The board's choices: which of these parties is responsible for at least one agreement (each looked up in the
	 * parties' index), and each theme with the language it is written in (its minutes'; a theme written alike in two
	 * minutes takes the first one's in the register's order).
	 */
	record Choices(Set<String> responsible, TreeMap<String, String> themes) {
	}

	@Transactional(readOnly = true)
	Choices choices(Collection<String> parties) {
		Set<String> responsible = parties.isEmpty() ? Set.of() : Set.copyOf(jdbc.queryForList(
				"select e from unnest(cast(:ids as text[])) e where exists"
						+ " (select 1 from agreement_party p where p.entity_id = e and p.responsible)",
				new MapSqlParameterSource("ids", parties.toArray(String[]::new)), String.class));
		TreeMap<String, String> themes = new TreeMap<>();
		jdbc.query("select distinct on (a.theme) a.theme,"
				+ " coalesce((select r.language from agreement_review r where r.id = a.review_id), 'es') as language"
				+ " from agreement a where a.theme is not null order by a.theme, " + ORDER,
				rs -> {
					themes.putIfAbsent(rs.getString("theme"), rs.getString("language"));
				});
		return new Choices(responsible, themes);
	}

	static boolean blank(@Nullable String s) {
		return s == null || s.isBlank();
	}
}
