package org.puente;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No class exceeds 300 lines (issue 17), in the application and in its tests: past that size a class holds more
 * than one idea and a newcomer cannot read it in one sitting. Counted per source file, as a reader meets it.
 */
class SourceSizeTests {

	static final int MAX_LINES = 300;

	@Test
	void noSourceFileExceedsThreeHundredLines() throws IOException {
		assertThat(longerThan(MAX_LINES, Path.of("src/main/java"), Path.of("src/test/java")))
			.as("source files over %d lines", MAX_LINES).isEmpty();
	}

	private static List<String> longerThan(int max, Path... roots) throws IOException {
		List<Path> files = new ArrayList<>();
		for (Path root : roots) {
			assertThat(root).as("run from the project folder").isDirectory();
			try (Stream<Path> walk = Files.walk(root)) {
				walk.filter(p -> p.toString().endsWith(".java")).forEach(files::add);
			}
		}
		return files.stream().map(SourceSizeTests::withLines).filter(counted -> counted.lines() > max)
			.map(counted -> counted.file() + ": " + counted.lines()).toList();
	}

	private record Counted(Path file, long lines) {
	}

	private static Counted withLines(Path file) {
		try (Stream<String> lines = Files.lines(file)) {
			return new Counted(file, lines.count());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
