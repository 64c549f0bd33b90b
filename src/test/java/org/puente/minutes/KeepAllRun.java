package org.puente.minutes;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.puente.directory.Gazetteer;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Measurement aid (not a test; probe17, bench/minutes-quality/ceilings.py): writes for each document of the named
 * development parts the output the reading would give if the scoring kept <em>every</em> candidate the readers
 * propose, sentences of prose included, each read into an item with its parties and dates, field lines merged and
 * restatements dropped as the reading does. An oracle choosing among these items says how far a perfect scorer could
 * go with today's candidates and today's dates. Refuses the frozen parts.
 * {@code java -cp … org.puente.minutes.KeepAllRun OUTDIR part…}
 */
public final class KeepAllRun {

	private KeepAllRun() {
	}

	public static void main(String[] args) throws Exception {
		Path out = Path.of(args[0]);
		Files.createDirectories(out);
		JsonMapper json = JsonMapper.builder().build();
		Gazetteer gazetteer = Gazetteer.fromClasspath();
		for (String part : List.of(args).subList(1, args.length)) {
			for (Path gold : CorpusParts.golds(CorpusParts.development(part))) {
				String name = gold.getFileName().toString().replace(".gold.json", "");
				JsonNode g = json.readTree(Files.readString(gold));
				String text = Files.readString(CorpusParts.textOf(gold));
				LocalDate meeting = LocalDate.parse(g.get("meeting_date").asString());
				ReadingContext reading = ReadingContext.of(text, java.util.Optional.of(g.get("lang").asString()));
				List<Scoring.Weighed> all = Scoring.weigh(reading, Structure.candidates(reading, true), true).stream()
					.map(w -> new Scoring.Weighed(w.candidate(), true)).toList();
				List<Candidate> candidates = Structure.items(all);
				List<TextSpan> spans = Scoring.located(() -> reading.folded(text), candidates);
				ItemReader items = new ItemReader(gazetteer, meeting, reading.language());
				List<MinutesItem> read = new ArrayList<>();
				for (int i = 0; i < candidates.size(); i++) {
					read.add(items.read(candidates.get(i).segment(), spans.get(i), candidates.get(i).confidence()));
				}
				List<MinutesItem> kept = ContextDates.attach(text, read, meeting, reading.language());
				Files.writeString(out.resolve(name + ".json"), MinutesReading.toJson(
						new MinutesReading.Result(meeting, reading.language(), text, kept)));
			}
		}
	}
}
