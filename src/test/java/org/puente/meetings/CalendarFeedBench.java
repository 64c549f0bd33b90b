package org.puente.meetings;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import org.puente.PuenteApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Times {@code GET /calendar.ics} over HTTP with N extra meetings in the test database (default 10,000; a quarter
 * timed in one of five time zones, the rest whole days, weeks or months), median of several runs, against a
 * baseline measured in the same run: writing the same number of plain one-line strings. See bench/calendar.
 */
public final class CalendarFeedBench {

	private static final String[] ZONES = { "America/Panama", "America/Mexico_City", "Europe/Berlin",
			"America/Santiago", "Europe/Brussels" };

	public static void main(String[] args) throws Exception {
		int count = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
		int runs = args.length > 1 ? Integer.parseInt(args[1]) : 7;
		SpringApplication app = new SpringApplication(PuenteApplication.class);
		app.setAdditionalProfiles("test");
		try (ConfigurableApplicationContext context = app.run("--server.port=0", "--puente.scheduler.enabled=false",
				"--logging.level.root=WARN", "--logging.level.org.puente=WARN")) {
			int port = context.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
			JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
			List<String> titles = insert(jdbc, count);
			HttpClient http = HttpClient.newHttpClient();
			HttpRequest feed = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/calendar.ics")).build();
			int[] events = new int[1];
			Supplier<Integer> fetch = () -> {
				try {
					String body = http.send(feed, HttpResponse.BodyHandlers.ofString()).body();
					events[0] = body.split("BEGIN:VEVENT", -1).length - 1;
					return body.length();
				}
				catch (Exception ex) {
					throw new IllegalStateException(ex);
				}
			};
			// a change before each run makes every run write the whole feed (no cached copy can serve it)
			Runnable touch = () -> jdbc.update("update meeting set updated_at = now() where uid = 'bench-0@puente'");
			double feedMs = median(fetch, runs, touch);
			double cachedMs = median(fetch, runs, () -> { });
			double baselineMs = median(() -> {
				StringBuilder out = new StringBuilder();
				for (String t : titles) {
					out.append(t).append("\r\n");
				}
				return out.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
			}, runs, () -> { });
			System.out.printf("calendar.ics with %,d events (%,d bench meetings): median %.0f ms over %d runs%n",
					events[0], count, feedMs, runs);
			System.out.printf("calendar.ics unchanged since the last request (served from the feed cache): median %.0f ms%n",
					cachedMs);
			System.out.printf("baseline (%,d plain strings written): median %.2f ms; ratio %.0f×%n", count, baselineMs,
					feedMs / baselineMs);
			jdbc.update("delete from meeting where uid like 'bench-%'");
		}
	}

	private static List<String> insert(JdbcTemplate jdbc, int count) {
		jdbc.update("delete from meeting where uid like 'bench-%'");
		List<Object[]> rows = new ArrayList<>();
		List<String> titles = new ArrayList<>();
		LocalDate first = LocalDate.of(2017, 1, 2);
		Timestamp now = Timestamp.from(Instant.now());
		for (int i = 0; i < count; i++) {
			UUID id = UUID.randomUUID();
			LocalDate day = first.plusDays(i % 1500);
			String precision = switch (i % 8) {
				case 0, 1 -> "EXACT";
				case 2 -> "WEEK";
				case 3 -> "MONTH";
				default -> "DAY";
			};
			LocalDate start = precision.equals("MONTH") ? day.withDayOfMonth(1) : day;
			LocalDate end = switch (precision) {
				case "WEEK" -> start.plusDays(6);
				case "MONTH" -> start.plusMonths(1).minusDays(1);
				case "DAY" -> start.plusDays(i % 3);
				default -> start;
			};
			boolean timed = precision.equals("EXACT");
			String title = "Reunión de prueba " + i + " sobre los insumos bi-regionales al PMM";
			titles.add(title + "|" + start + "|" + end);
			rows.add(new Object[] { id, "bench-" + i + "@puente", title, "Test meeting " + i, i % 2 == 0 ? "{CRM}" : "{CRM,CSM}",
					"Ciudad de Panamá", "PA", "Cancillería", precision, Date.valueOf(start), Date.valueOf(end),
					timed ? Timestamp.valueOf(LocalDateTime.of(start, java.time.LocalTime.of(9, 0))) : null,
					timed ? Timestamp.valueOf(LocalDateTime.of(start, java.time.LocalTime.of(12, 30))) : null,
					timed ? ZONES[i % ZONES.length] : null, i % 5 == 0 ? "TENTATIVE" : "CONFIRMED",
					"Agenda de la reunión " + i, now, now });
		}
		jdbc.batchUpdate("""
				insert into meeting (id, uid, title_es, title_en, kind, processes, city, country_iso2, venue, precision,
				  start_date, end_date, starts_at, ends_at, time_zone, status, visibility, agenda, created_at, updated_at)
				values (?, ?, ?, ?, 'WORKING_MEETING', ?::text[], ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'PUBLIC', ?, ?, ?)""", rows);
		return titles;
	}

	private static double median(Supplier<Integer> task, int runs, Runnable before) {
		before.run();
		task.get(); // warm-up
		before.run();
		task.get();
		double[] ms = new double[runs];
		for (int i = 0; i < runs; i++) {
			before.run();
			long t0 = System.nanoTime();
			task.get();
			ms[i] = (System.nanoTime() - t0) / 1e6;
		}
		Arrays.sort(ms);
		return ms[runs / 2];
	}
}
