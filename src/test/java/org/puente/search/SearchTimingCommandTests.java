package org.puente.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code ./puente bench search timing [rounds]} runs {@code bench/search/timing.sh} and {@code ./puente bench} lists
 * it, while {@code ./puente bench search [N] [queries]} still runs the 100,000-document bench. The dispatch is checked
 * on a copy of {@code bench/run} beside stand-in scripts that print what they were given (the real ones boot the
 * application for minutes).
 */
class SearchTimingCommandTests {

	@TempDir
	Path copy;

	record Ran(int exit, String output) {
	}

	@Test
	void theBenchListNamesTheSearchTiming() throws Exception {
		Ran list = run(Path.of("bench/run"));
		assertThat(list.exit()).as("a list, not a benchmark run").isEqualTo(2);
		assertThat(list.output()).contains("\n  search\n  search timing\n");
	}

	@Test
	void searchTimingRunsTheTimingScriptWithItsRoundsAndSearchAloneTheSearchBench() throws Exception {
		Files.copy(Path.of("bench/run"), copy.resolve("run"));
		standIn(copy.resolve("search/run.sh"), "search bench");
		standIn(copy.resolve("search/timing.sh"), "search timing");
		assertThat(run(copy.resolve("run"), "search", "timing", "7")).isEqualTo(new Ran(0, "search timing: 7\n"));
		assertThat(run(copy.resolve("run"), "search", "100", "10")).isEqualTo(new Ran(0, "search bench: 100 10\n"));
		assertThat(run(copy.resolve("run"), "search")).isEqualTo(new Ran(0, "search bench: \n"));
		// a word that names no script of the benchmark is its run.sh's argument, as before
		assertThat(run(copy.resolve("run"), "search", "nothing")).isEqualTo(new Ran(0, "search bench: nothing\n"));
	}

	private static void standIn(Path script, String name) throws IOException {
		Files.createDirectories(script.getParent());
		Files.writeString(script, "#!/usr/bin/env sh\necho \"" + name + ": $*\"\n");
		Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
	}

	private static Ran run(Path bench, String... arguments) throws Exception {
		List<String> command = new ArrayList<>(List.of("bash", bench.toString()));
		command.addAll(List.of(arguments));
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
		return new Ran(process.exitValue(), new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
	}
}
