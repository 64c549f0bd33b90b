package org.puente.minutes;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Training aid (not a test): every candidate the readers propose for the development parts, in
 * {@link ScoringFeatureExport}'s order, with what its item would carry if kept: its deadlines, its dates, its
 * responsible parties (directory or named), read by the reading's own {@link ItemReader} against the gold's meeting
 * date and language; for {@code bench/minutes-quality/dated_prose.py}. Never reads a frozen part.
 * {@code java -cp … org.puente.minutes.DatedProseExport OUT.tsv}
 */
public final class DatedProseExport {

	private static final org.puente.directory.Gazetteer GAZETTEER = org.puente.directory.Gazetteer.fromClasspath();

	private DatedProseExport() {
	}

	public static void main(String[] args) throws Exception {
		JsonMapper json = JsonMapper.builder().build();
		List<String> rows = new ArrayList<>();
		rows.add("document\tmodel\twhere\tlang\tdeadlines\tdates\tdirectory\tnamed\tfeatures\tdue\ttext");
		int task = ScoringFeatures.NAMES.indexOf("lex.task");
		int acting = ScoringFeatures.NAMES.indexOf("lex.acting");
		int states = ScoringFeatures.NAMES.indexOf("states");
		int will = ScoringFeatures.NAMES.indexOf("lex.subject_will");
		int instruction = ScoringFeatures.NAMES.indexOf("lex.instruction");
		for (String part : CorpusParts.DEVELOPMENT) {
			for (Path gold : CorpusParts.golds(CorpusParts.development(part))) {
				String name = gold.getFileName().toString().replace(".gold.json", "");
				JsonNode g = json.readTree(Files.readString(gold));
				LocalDate meeting = LocalDate.parse(g.get("meeting_date").asString());
				String lang = g.get("lang").asString();
				String source = Files.readString(CorpusParts.textOf(gold));
				ReadingContext reading = ReadingContext.of(source);
				List<Candidate> candidates = Structure.candidates(reading, true);
				String scored = Structure.scored(source); // as the reading weighs them
				List<TextSpan> spans = Scoring.located(scored, candidates);
				ScoringContext context = ScoringContext.of(scored, candidates, spans, reading);
				ItemReader reader = new ItemReader(GAZETTEER, meeting, lang);
				for (int i = 0; i < candidates.size(); i++) {
					Candidate c = candidates.get(i);
					MinutesItem item = reader.read(c.segment(), spans.get(i), 1.0);
					double[] x = ScoringFeatures.of(c, context, spans.get(i));
					List<String> deadlines = item.dates().stream().filter(d -> d.kind() == ItemDate.Kind.DEADLINE)
						.map(d -> d.start() + "/" + d.end()).toList();
					List<String> dates = item.dates().stream().map(d -> d.start() + "/" + d.end()).toList();
					long directory = item.responsible().stream().filter(p -> !p.id().startsWith("text:")).count();
					long named = item.responsible().size() - directory;
					String features = (x[task] > 0 ? "T" : "") + (x[acting] > 0 ? "A" : "") + (x[states] > 0 ? "S" : "")
							+ (x[will] > 0 ? "W" : "") + (x[instruction] > 0 ? "I" : "");
					rows.add(part + "/" + name + "\t" + Scoring.model(c) + "\t" + c.confidence() + "\t" + lang + "\t"
							+ String.join(",", deadlines) + "\t" + String.join(",", dates) + "\t" + directory + "\t"
							+ named + "\t" + features + "\t" + String.join(",", c.segment().due()) + "\t"
							+ c.segment().text().replaceAll("\\s+", " "));
				}
			}
		}
		Files.write(Path.of(args[0]), rows);
	}
}
