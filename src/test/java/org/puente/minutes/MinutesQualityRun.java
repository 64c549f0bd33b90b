package org.puente.minutes;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Tuning aid (not a test): reads every document of the real-minutes corpus' development parts
 * ({@link CorpusParts#DEVELOPMENT}) in one JVM and writes {@code <name>.json} as {@code ./puente extract} would, for
 * {@code bench/minutes-quality/score.py}. Refuses the frozen parts.
 * {@code java -cp … org.puente.minutes.MinutesQualityRun OUTDIR [dev|c|d|e|f|g ...]}
 */
public final class MinutesQualityRun {

	private MinutesQualityRun() {
	}

	public static void main(String[] args) throws Exception {
		Path out = Path.of(args[0]);
		Files.createDirectories(out);
		List<String> parts = args.length > 1 ? List.of(args).subList(1, args.length) : CorpusParts.DEVELOPMENT;
		for (String part : parts) {
			run(CorpusParts.development(part), out);
		}
	}

	private static void run(Path dev, Path out) throws Exception {
		JsonMapper json = JsonMapper.builder().build();
		for (Path gold : CorpusParts.golds(dev)) {
			String name = gold.getFileName().toString().replace(".gold.json", "");
			Path text = CorpusParts.textOf(gold);
			JsonNode g = json.readTree(Files.readString(gold));
			MinutesReading.Result result = TestFiles.READING.read(Files.readString(text),
					LocalDate.parse(g.get("meeting_date").asString()), Optional.of(g.get("lang").asString()));
			Files.writeString(out.resolve(name + ".json"), MinutesReading.toJson(result));
		}
	}
}
