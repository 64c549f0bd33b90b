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
 * {@code bench/minutes-quality/score.py}. Refuses the frozen parts. With {@code --suggestions N} each output also
 * holds the reading's suggestions, as {@code ./puente extract --suggestions N} prints them
 * ({@code bench/minutes-quality/suggestions.py}).
 * {@code java -cp … org.puente.minutes.MinutesQualityRun [--suggestions N] OUTDIR [dev|c|d|e|f|g ...]}
 */
public final class MinutesQualityRun {

	private MinutesQualityRun() {
	}

	public static void main(String[] args) throws Exception {
		int suggestions = args.length > 1 && args[0].equals("--suggestions") ? Integer.parseInt(args[1]) : 0;
		List<String> rest = List.of(args).subList(suggestions > 0 ? 2 : 0, args.length);
		Path out = Path.of(rest.get(0));
		Files.createDirectories(out);
		List<String> parts = rest.size() > 1 ? rest.subList(1, rest.size()) : CorpusParts.DEVELOPMENT;
		for (String part : parts) {
			run(CorpusParts.development(part), out, suggestions);
		}
	}

	private static void run(Path dev, Path out, int suggestions) throws Exception {
		JsonMapper json = JsonMapper.builder().build();
		for (Path gold : CorpusParts.golds(dev)) {
			String name = gold.getFileName().toString().replace(".gold.json", "");
			Path text = CorpusParts.textOf(gold);
			JsonNode g = json.readTree(Files.readString(gold));
			MinutesReading.Result result = TestFiles.READING.read(new MinutesReading.ReadRequest(Files.readString(text),
					LocalDate.parse(g.get("meeting_date").asString()), Optional.of(g.get("lang").asString()), suggestions));
			Files.writeString(out.resolve(name + ".json"), MinutesReading.toJson(result));
		}
	}
}
