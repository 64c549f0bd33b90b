package org.puente.flows;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The command line against R. {@code peer-series.csv} and {@code peer-alarms.csv} are routes 1–3 of what
 * {@code bench/early-warning/farrington_peer.R} wrote (R 4 with Debian's r-cran-surveillance 1.20.3,
 * farringtonFlexible with b = 5, w = 3, noPeriods = 10, pastWeeksNotIncluded = 26, alpha = 0.01, nbPlugin), so the
 * test needs no R.
 */
class EarlyWarningCommandTests {

	@TempDir
	Path dir;

	record Run(int code, String out, String err) {
	}

	static Run run(String... args) throws Exception {
		var out = new ByteArrayOutputStream();
		var err = new ByteArrayOutputStream();
		int code = EarlyWarningCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
		return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

	@Test
	void raisesTheSameAlarmsWithTheSameUpperBoundsAsRsFarringtonFlexible() throws Exception {
		Run run = run("src/test/resources/flows/peer-series.csv");
		assertThat(run.code()).as(run.err()).isZero();
		List<String> expected = Files.readAllLines(Path.of("src/test/resources/flows/peer-alarms.csv"));
		List<String> actual = run.out().lines().toList();
		assertThat(actual).hasSize(1 + 3 * 104);
		assertThat(actual).containsExactlyElementsOf(expected);
		assertThat(actual.stream().filter(l -> l.matches("[^,]+,[^,]+,1,.*"))).hasSize(31);
	}

	@Test
	void theControlChartsCatchTheInjectedSurgesToo() throws Exception {
		List<String> surges = Files.readAllLines(Path.of("src/test/resources/flows/peer-series.csv")).stream()
			.filter(l -> l.endsWith(",1"))
			.map(l -> l.substring(0, l.indexOf(',', l.indexOf(',') + 1)))
			.toList();
		for (String method : List.of("cusum", "ewma")) {
			Run run = run("--method", method, "src/test/resources/flows/peer-series.csv");
			assertThat(run.code()).isZero();
			List<String> alarmed = run.out().lines().filter(l -> l.matches("[^,]+,[^,]+,1,.*"))
				.map(l -> l.substring(0, l.indexOf(',', l.indexOf(',') + 1)))
				.toList();
			assertThat(alarmed).as(method).containsAll(surges);
		}
	}

	@Test
	void ignoresOtherColumnsAndAcceptsThemInAnyOrder() throws Exception {
		Path file = dir.resolve("weeks.csv");
		StringBuilder csv = new StringBuilder("note,count,week,route\n");
		for (int week = 1; week <= 120; week++) {
			csv.append("x,").append(40 + week % 7).append(',').append(week).append(",Darién\n");
		}
		Files.writeString(file, csv);
		Run run = run("--method", "farrington", file.toString());
		assertThat(run.code()).as(run.err()).isZero();
		List<String> lines = run.out().lines().toList();
		// 104 weeks back from week 120; the first year has no history, so no model: NA
		assertThat(lines).hasSize(105).startsWith("route,week,alarm,upperbound", "Darién,17,NA,NA");
		assertThat(lines.get(104)).startsWith("Darién,120,0,");
	}

	/** The command run on a file holding {@code csv}. */
	Run runOn(String csv) throws Exception {
		Path file = Files.createTempFile(dir, "input", ".csv");
		Files.writeString(file, csv);
		return run(file.toString());
	}

	@Test
	void refusesBadInputNamingTheLine() throws Exception {
		assertThat(runOn("route,week,people\nA,1,3\n")).satisfies(r -> {
			assertThat(r.code()).isEqualTo(3);
			assertThat(r.err()).contains("route, week and count");
		});
		assertThat(runOn("route,week,count\nA,1,3\nA,2,-4\n").err()).contains("Line 3").contains("-4");
		assertThat(runOn("route,week,count\nA,1,3\nA,1,4\n").err()).contains("Line 3").contains("twice");
		assertThat(runOn("route,week,count\nA,2025-02-24,3\nA,2025-02-30,4\n")).satisfies(r -> {
			assertThat(r.code()).isEqualTo(3);
			assertThat(r.err()).contains("Line 3: ‘2025-02-30’ is not a week");
		});
		assertThat(runOn("").err()).contains("The file is empty");
		assertThat(run("--method", "magic", "x.csv").code()).isEqualTo(2);
		assertThat(run(dir.resolve("none.csv").toString()).code()).isEqualTo(3);
	}
}
