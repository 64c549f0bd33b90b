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

	static @Nullable Series find(List<Series> all, String country, String origin) {
		return all.stream().filter(s -> s.country().equals(country) && s.origin().equals(origin)).findFirst()
			.orElse(null);
	}
}
