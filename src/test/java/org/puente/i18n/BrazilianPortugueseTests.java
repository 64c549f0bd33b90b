package org.puente.i18n;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Puente's Portuguese is Brazil's, the member state that reads it. Walk 10 (#13) and the walk of 5 December, evening,
 * found Portugal's words among it ("Descarregar", "governação", "registo", "ficheiro"): each bundle line is checked
 * for the words a Brazilian reader would not use, whole words only.
 */
class BrazilianPortugueseTests {

	private static final Pattern PORTUGAL = Pattern.compile(
			"(?iu)(?<![\\p{L}])(governação|registo|ficheiros?|descarregar|utilizador(es)?|ecrã|telemóvel)(?![\\p{L}])");

	@Test
	void thePortugueseBundlesUseBrazilsWords() throws IOException {
		List<String> found;
		try (Stream<Path> files = Files.list(Path.of("src/main/resources/i18n"))) {
			found = files.filter(p -> p.getFileName().toString().endsWith("_pt.properties")).sorted()
				.flatMap(BrazilianPortugueseTests::lines)
				.filter(line -> PORTUGAL.matcher(line).find())
				.toList();
		}
		assertThat(found).isEmpty();
	}

	private static Stream<String> lines(Path bundle) {
		try {
			return Files.readAllLines(bundle, StandardCharsets.UTF_8).stream()
				.filter(line -> !line.startsWith("#"))
				.map(line -> bundle.getFileName() + ": " + line);
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}
}
