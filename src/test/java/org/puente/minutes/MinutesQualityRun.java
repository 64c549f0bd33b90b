package org.puente.minutes;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Tuning aid (not a test): reads every document of the real-minutes corpus' dev part in one JVM and writes
 * {@code <name>.json} as {@code ./puente extract} would, for {@code bench/minutes-quality/score.py}. Refuses the
 * frozen test part. {@code java -cp … org.puente.minutes.MinutesQualityRun OUTDIR}
 */
public final class MinutesQualityRun {

	private MinutesQualityRun() {
	}

	public static void main(String[] args) throws Exception {
		Path dev = Path.of("src/test/resources/minutes/corpus/dev");
		Path out = Path.of(args[0]);
		Files.createDirectories(out);
		JsonMapper json = JsonMapper.builder().build();
		try (Stream<Path> files = Files.list(dev)) {
			for (Path gold : files.filter(p -> p.toString().endsWith(".gold.json")).sorted().toList()) {
				String name = gold.getFileName().toString().replace(".gold.json", "");
				Path text = Files.exists(dev.resolve(name + ".md")) ? dev.resolve(name + ".md") : dev.resolve(name + ".txt");
				JsonNode g = json.readTree(Files.readString(gold));
				MinutesReading.Result result = TestFiles.READING.read(Files.readString(text),
						LocalDate.parse(g.get("meeting_date").asString()), Optional.of(g.get("lang").asString()));
				Files.writeString(out.resolve(name + ".json"), MinutesReading.toJson(result));
			}
		}
	}
}
