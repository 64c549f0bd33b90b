package org.puente.minutes;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;


/**
 * Training aid (not a test): writes every candidate the readers propose for the development parts
 * ({@link CorpusParts#DEVELOPMENT}), before the scoring, with its features, for
 * {@code bench/minutes-quality/fit_scoring.py}. Never reads a frozen part.
 * {@code java -cp … org.puente.minutes.ScoringFeatureExport OUT.tsv}
 */
public final class ScoringFeatureExport {

	private ScoringFeatureExport() {
	}

	public static void main(String[] args) throws Exception {
		List<String> rows = new ArrayList<>();
		rows.add("document\tmodel\t" + String.join("\t", Scoring.FEATURES) + "\twords\ttext");
		for (String part : CorpusParts.DEVELOPMENT) {
			Path dir = CorpusParts.development(part);
			for (Path gold : CorpusParts.golds(dir)) {
				String name = gold.getFileName().toString().replace(".gold.json", "");
				Path text = CorpusParts.textOf(gold);
				String source = Files.readString(text);
				List<Candidate> candidates = Structure.candidates(source, true);
				List<TextSpan> spans = Scoring.located(source, candidates);
				ScoringContext context = ScoringContext.of(source, candidates, spans);
				String language = LanguageGuesser.guess(source);
				for (int i = 0; i < candidates.size(); i++) {
					StringBuilder row = new StringBuilder(part + "/" + name + "\t" + Scoring.model(candidates.get(i)));
					for (double x : ScoringFeatures.of(candidates.get(i), context, spans.get(i))) {
						row.append('\t').append(x);
					}
					String words = String.join(" ", ScoringWords.of(candidates.get(i).segment().text(), language));
					rows.add(row.append('\t').append(words).append('\t')
						.append(candidates.get(i).segment().text().replaceAll("\\s+", " ")).toString());
				}
			}
		}
		Files.write(Path.of(args[0]), rows);
	}
}
