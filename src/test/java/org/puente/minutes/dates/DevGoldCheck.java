package org.puente.minutes.dates;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.puente.minutes.CorpusParts;

/**
 * The tagger on the gold dates of the real-minutes corpus's development part: each gold date's words, read with the
 * document's meeting date and language, are right when one mention (or, if the words give none, the words read as a
 * date column's cell) has the gold first and last day. Per batch, so each new batch is measured before any change is
 * made for it. Every document of the folder counts (batches d to g keep the split they were labelled with, "d" or
 * "test", though they are development now); the folder itself must not be a frozen part ({@link CorpusParts#FROZEN}).
 * Run on a folder ({@code DevGoldCheck src/test/resources/minutes/corpus/d [--misses]}) or with
 * {@code bench/dates/dev.sh BRANCH}; not a JUnit test.
 */
public final class DevGoldCheck {

	private DevGoldCheck() {
	}

	public static void main(String[] args) throws IOException {
		Path folder = Path.of(args[0]);
		boolean misses = args.length > 1 && args[1].equals("--misses");
		CorpusParts.refuseFrozen(folder);
		TemporalTagger tagger = new TemporalTagger();
		JsonMapper json = JsonMapper.builder().build();
		Map<String, int[]> batches = new TreeMap<>();
		for (Path gold : CorpusParts.golds(folder)) {
			JsonNode doc = json.readTree(Files.readString(gold));
			LocalDate meeting = LocalDate.parse(doc.get("meeting_date").asString());
			String lang = doc.get("lang").asString();
			int[] tally = batches.computeIfAbsent(doc.get("batch").asString(), b -> new int[5]);
			tally[0]++;
			for (JsonNode agreement : doc.path("agreements")) {
				for (JsonNode date : agreement.path("dates")) {
					String text = date.get("text").asString();
					LocalDate first = LocalDate.parse(date.get("start").asString());
					LocalDate last = LocalDate.parse(date.get("end").asString());
					Optional<TemporalMention> right = read(tagger, text, meeting, lang).stream()
						.filter(m -> m.first().equals(first) && m.last().equals(last)).findFirst();
					tally[1]++;
					if (right.isPresent()) {
						tally[2]++;
						String kind = right.get().kind().name().toLowerCase(java.util.Locale.ROOT);
						tally[3] += kind.equals(date.get("kind").asString()) ? 1 : 0;
						tally[4] += kind.equals("vague") ? 1 : 0;
					}
					else if (misses) {
						System.out.printf("miss %s %s «%s» gold %s..%s, read %s%n", gold.getFileName(), meeting, text, first,
								last, read(tagger, text, meeting, lang).stream().map(m -> m.first() + ".." + m.last())
									.toList());
					}
				}
			}
		}
		int[] all = new int[5];
		System.out.printf("%-6s %5s %6s %6s %9s %12s%n", "batch", "docs", "dates", "right", "accuracy", "kind agrees");
		batches.forEach((batch, t) -> {
			print(batch, t);
			for (int i = 0; i < all.length; i++) {
				all[i] += t[i];
			}
		});
		print("all", all);
	}

	private static List<TemporalMention> read(TemporalTagger tagger, String text, LocalDate meeting, String lang) {
		List<TemporalMention> found = tagger.tag(text, meeting, lang);
		return found.isEmpty() ? tagger.tagCell(text, meeting, lang).stream().toList() : found;
	}

	private static void print(String batch, int[] t) {
		System.out.printf("%-6s %5d %6d %6d %9.2f %7d/%d (%d vague)%n", batch, t[0], t[1], t[2],
				t[1] == 0 ? 0 : (double) t[2] / t[1], t[3], t[2], t[4]);
	}
}
