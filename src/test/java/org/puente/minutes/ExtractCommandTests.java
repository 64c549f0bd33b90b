package org.puente.minutes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractCommandTests {

	@TempDir
	Path temp;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private int run(String... args) {
		return ExtractCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
	}

	@Test
	void printsTheAgreementsAsSnakeCaseJson() throws Exception {
		Path file = temp.resolve("minuta.txt");
		Files.writeString(file, "Acuerdos:\n\n- Chile enviará el informe a más tardar el lunes 12 de junio.\n");
		assertThat(run("--meeting-date", "2017-06-08", "--lang", "es", file.toString())).isZero();
		String json = out.toString(StandardCharsets.UTF_8);
		assertThat(json).contains("\"meeting_date\" : \"2017-06-08\"", "\"language\" : \"es\"", "\"number\" : \"1\"",
				"\"id\" : \"country:CL\"", "\"start\" : \"2017-06-12\"", "\"precision\" : \"day\"",
				"\"kind\" : \"deadline\"", "\"warning\" : null");
	}

	@Test
	void refusesBadArgumentsWithUsageAndExitCodeTwo() {
		assertThat(run("--meeting-date", "8/6/2017", "x.txt")).isEqualTo(2);
		assertThat(run("x.txt")).isEqualTo(2);
		assertThat(run("--meeting-date", "2017-06-08", "--lang", "de", "x.txt")).isEqualTo(2);
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage:");
	}

	@Test
	void reportsAnUnreadableFileInOneLineWithExitCodeThree() throws Exception {
		assertThat(run("--meeting-date", "2017-06-08", temp.resolve("missing.pdf").toString())).isEqualTo(3);
		Path corrupt = temp.resolve("broken.pdf");
		Files.write(corrupt, new byte[] { '%', 'P', 'D', 'F', '-', '1', 0, 1, 2, 3 });
		assertThat(run("--meeting-date", "2017-06-08", corrupt.toString())).isEqualTo(3);
		assertThat(err.toString(StandardCharsets.UTF_8).lines()).hasSize(2);
	}

	@Test
	void printsAnEmptyListWithExitCodeZeroWhenNothingReadsAsAnAgreement() throws Exception {
		Path file = temp.resolve("recipe.txt");
		Files.writeString(file, "Una receta de cocina.\n\nMezclar la harina con el agua y hornear una hora.\n");
		assertThat(run("--meeting-date", "2017-06-08", file.toString())).isZero();
		assertThat(out.toString(StandardCharsets.UTF_8)).contains("\"agreements\" : [ ]");
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("nothing in");
	}

	@Test
	void readsFrenchMinutes() throws Exception {
		Path file = temp.resolve("cr.md");
		Files.writeString(file, "## Relevé de décisions\n\n- Le bureau enverra le compte rendu d'ici fin mars.\n");
		assertThat(run("--meeting-date", "2025-03-04", "--lang", "fr", file.toString())).isZero();
		assertThat(out.toString(StandardCharsets.UTF_8)).contains("\"start\" : \"2025-03-31\"");
	}
}
