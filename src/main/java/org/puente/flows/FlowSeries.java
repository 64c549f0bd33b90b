package org.puente.flows;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Weekly totals from the current revisions, per country and origin, with missing weeks as zero. */
@Component
class FlowSeries {

	/** One weekly series: weeks are consecutive Mondays from {@code first}. */
	record Series(String country, String origin, LocalDate first, double[] counts) {

		LocalDate week(int i) {
			return first.plusWeeks(i);
		}

		int indexOf(LocalDate week) {
			return (int) ChronoUnit.WEEKS.between(first, week);
		}

		long lastWeeks(int n, int skip) {
			long sum = 0;
			for (int i = Math.max(0, counts.length - skip - n); i < counts.length - skip; i++) {
				sum += (long) counts[i];
			}
			return sum;
		}
	}

	private final JdbcClient jdbc;

	FlowSeries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Every country × origin series ("*" as origin: the country's total), on one common week axis. */
	List<Series> all() {
		record Cell(LocalDate week, String country, String origin, long people) {
		}
		List<Cell> cells = jdbc.sql("""
				select c.week, c.country, c.origin, sum(c.people)
				from flow_count c join flow_submission s on s.id = c.submission_id and s.current
				group by c.week, c.country, c.origin order by c.country, c.origin, c.week""")
			.query((rs, n) -> new Cell(rs.getObject(1, LocalDate.class), rs.getString(2).strip(), rs.getString(3),
					rs.getLong(4)))
			.list();
		if (cells.isEmpty()) {
			return List.of();
		}
		TreeSet<LocalDate> weeks = new TreeSet<>();
		cells.forEach(c -> weeks.add(c.week()));
		LocalDate first = weeks.first();
		int length = (int) ChronoUnit.WEEKS.between(first, weeks.last()) + 1;
		Map<String, double[]> byKey = new LinkedHashMap<>();
		for (Cell c : cells) {
			int i = (int) ChronoUnit.WEEKS.between(first, c.week());
			byKey.computeIfAbsent(c.country() + "|" + c.origin(), k -> new double[length])[i] += c.people();
			byKey.computeIfAbsent(c.country() + "|*", k -> new double[length])[i] += c.people();
		}
		List<Series> out = new ArrayList<>();
		byKey.forEach((key, counts) -> {
			String[] parts = key.split("\\|");
			out.add(new Series(parts[0], parts[1], first, counts));
		});
		return out;
	}

	/** The current counts' first and last weeks, each found in the weeks' index: null when there are none. */
	private @Nullable LocalDate[] bounds() {
		String edge = "(select c.week from flow_count c where exists (select 1 from flow_submission s"
				+ " where s.id = c.submission_id and s.current) order by c.week %s limit 1)";
		return jdbc.sql("select " + edge.formatted("") + ", " + edge.formatted("desc"))
			.query((rs, n) -> new @Nullable LocalDate[] { rs.getObject(1, LocalDate.class),
					rs.getObject(2, LocalDate.class) })
			.single();
	}

	/**
	 * One series over its last {@code weeks} weeks, as {@link #all()} has it (the same common last week, zeros
	 * where nothing was counted), read alone and only those weeks: null when it has no count at all. The dashboard
	 * read every series of every week to show one year of one (perf21).
	 */
	@Nullable Series recent(String country, String origin, int weeks) {
		@Nullable LocalDate[] bounds = bounds();
		if (bounds[0] == null || bounds[1] == null) {
			return null;
		}
		LocalDate last = bounds[1];
		LocalDate first = bounds[0].isAfter(last.minusWeeks(weeks - 1L)) ? bounds[0] : last.minusWeeks(weeks - 1L);
		String which = "c.country = ? and (? = '*' or c.origin = ?)";
		boolean any = jdbc.sql("select exists (select 1 from flow_count c join flow_submission s on s.id = c.submission_id"
				+ " and s.current where " + which + ")").params(country, origin, origin).query(Boolean.class).single();
		if (!any) {
			return null;
		}
		double[] counts = new double[(int) ChronoUnit.WEEKS.between(first, last) + 1];
		jdbc.sql("select c.week, sum(c.people) from flow_count c join flow_submission s on s.id = c.submission_id"
				+ " and s.current where " + which + " and c.week between ? and ? group by c.week")
			.params(country, origin, origin, first, last)
			.query(rs -> {
				counts[(int) ChronoUnit.WEEKS.between(first, rs.getObject(1, LocalDate.class))] += rs.getLong(2);
			});
		return new Series(country, origin, first, counts);
	}

	/**
	 * Each country's total of the last {@code weeks} weeks and of the {@code weeks} before them ({@code [recent,
	 * previous]}), as {@link Series#lastWeeks} counts them on {@link #all()}'s axis; a country without counts left out.
	 */
	Map<String, long[]> totals(int weeks) {
		@Nullable LocalDate[] bounds = bounds();
		Map<String, long[]> totals = new LinkedHashMap<>();
		if (bounds[1] == null) {
			return totals;
		}
		LocalDate since = bounds[1].minusWeeks(weeks - 1L);
		jdbc.sql("select c.country, sum(c.people) filter (where c.week >= ?), sum(c.people) filter (where c.week < ?)"
				+ " from flow_count c join flow_submission s on s.id = c.submission_id and s.current"
				+ " where c.week >= ? group by c.country")
			.params(since, since, since.minusWeeks(weeks))
			.query(rs -> {
				totals.put(rs.getString(1).strip(), new long[] { rs.getLong(2), rs.getLong(3) });
			});
		return totals;
	}

	static @Nullable Series find(List<Series> all, String country, String origin) {
		return all.stream().filter(s -> s.country().equals(country) && s.origin().equals(origin)).findFirst()
			.orElse(null);
	}
}
