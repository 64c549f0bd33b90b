package org.puente.minutes;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;


/**
 * Training aid (not a test): writes every candidate the readers propose for the development parts
 * ({@link CorpusParts#DEVELOPMENT}, or those named), before the scoring, with its features, for
 * {@code bench/minutes-quality/fit_scoring.py}. Never reads a frozen part.
 * {@code java -cp … org.puente.minutes.ScoringFeatureExport OUT.tsv [--parts a b c | --exclude ah ai]}
 * <p>
 * The parts can be chosen so that a batch can be left out of a fit without editing code: a batch collected to be
 * measured as unseen data (and a part being collected while the weights are fitted) must not reach the weights.
 */
public final class ScoringFeatureExport {

	private ScoringFeatureExport() {
	}

	public static void main(String[] args) throws Exception {
		List<String> rows = new ArrayList<>();
		rows.add("document\tmodel\t" + String.join("\t", Scoring.FEATURES) + "\twords\ttext");
		for (String part : parts(List.of(args).subList(1, args.length))) {
			Path dir = CorpusParts.development(part);
			for (Path gold : CorpusParts.golds(dir)) {
				String name = gold.getFileName().toString().replace(".gold.json", "");
				Path text = CorpusParts.textOf(gold);
				String source = Files.readString(text);
				ReadingContext reading = ReadingContext.of(source); // the language guessed, as the reading does when none is given
				List<Candidate> candidates = Structure.candidates(reading, true);
				String scored = Structure.scored(source); // as the reading weighs them
				List<TextSpan> spans = Scoring.located(scored, candidates);
				ScoringContext context = ScoringContext.of(scored, candidates, spans, reading);
				String language = reading.language();
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

	/**
	 * The parts to export: every development part (no option), the parts after {@code --parts}, or every development
	 * part but those after {@code --exclude}. A frozen or unknown part named after {@code --parts} is refused; a name
	 * after {@code --exclude} that is no development part (a batch not yet listed) leaves nothing out.
	 */
	static List<String> parts(List<String> options) {
		if (options.isEmpty()) {
			return CorpusParts.DEVELOPMENT;
		}
		List<String> named = options.subList(1, options.size());
		if (named.isEmpty()) {
			throw new IllegalArgumentException(options.get(0) + " names no part");
		}
		return switch (options.get(0)) {
			case "--parts" -> {
				named.forEach(CorpusParts::development); // refuses a frozen or unknown part
				yield List.copyOf(named);
			}
			case "--exclude" -> CorpusParts.DEVELOPMENT.stream().filter(p -> !named.contains(p)).toList();
			default -> throw new IllegalArgumentException("unknown option " + options.get(0)
					+ ": OUT.tsv [--parts a b c | --exclude ah ai]");
		};
	}
}
