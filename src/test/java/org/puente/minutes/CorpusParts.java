package org.puente.minutes;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The parts of the real-minutes corpus ({@code src/test/resources/minutes/corpus}) and which of them the tuning aids
 * may read. A batch is measured once on first sight, with the engine of the day, before anything is written for it;
 * after that it is either development (rules and weights may be fitted on it) or frozen (scored only for final
 * figures, by whoever did not tune). Batches d to g were frozen when collected and became development on 3 December,
 * their first-sight and last frozen figures kept in the corpus README; batches i and j were collected as development
 * and joined after their first sight, as did batches m, n, o, p, q, r, s, t, u, v, w, x, y and z (4 December) and aa, ab,
 * ac, ad and ae (5 December). The frozen test part and batches h, k and l stay frozen (k and l were collected frozen and are measured
 * once on first sight, like h). Part aw (5 December, night) is frozen too: the documents of batches au and av whose
 * repository already gave a document to a frozen part — a second text of the same writers and template, which
 * tuning must not read either. Batch ax (6 December) is a development part from its first sight on, as are ay, az and ba.
 */
public final class CorpusParts {

	public static final Path ROOT = Path.of("src/test/resources/minutes/corpus");

	public static final List<String> DEVELOPMENT = List.of("dev", "c", "d", "e", "f", "g", "i", "j", "m", "n", "o", "p", "q",
			"r", "s", "t", "u", "v", "w", "x", "y", "z", "aa", "ab", "ac", "ad", "ae", "af", "ag", "ah", "ai", "aj", "ak", "al",
			"am", "an", "ao", "ap", "aq", "ar", "as", "at", "au", "av", "ax", "ay", "az", "ba", "bb", "bc", "bd", "be", "bf", "bg");

	public static final List<String> FROZEN = List.of("test", "h", "k", "l", "aw");

	private CorpusParts() {
	}

	/** The folder of a development part; a frozen part or an unknown name is refused, so no tuning aid reads it. */
	public static Path development(String part) {
		if (!DEVELOPMENT.contains(part)) {
			throw new IllegalArgumentException(part + " is not a development part " + DEVELOPMENT
					+ (FROZEN.contains(part) ? ": it is frozen, nobody writing rules reads it" : ""));
		}
		return ROOT.resolve(part);
	}

	/** The gold files of a folder, in name order. */
	public static List<Path> golds(Path folder) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return files.filter(p -> p.getFileName().toString().endsWith(".gold.json")).sorted().toList();
		}
	}

	/** The text a gold file labels: the file beside it with the same name, whatever its extension (.md, .txt, .rst). */
	public static Path textOf(Path gold) throws IOException {
		String name = gold.getFileName().toString().replace(".gold.json", "");
		try (Stream<Path> files = Files.list(gold.getParent())) {
			return files.filter(p -> withoutExtension(p).equals(name)).findFirst()
				.orElseThrow(() -> new IOException("no text beside " + gold));
		}
	}

	private static String withoutExtension(Path file) {
		String name = file.getFileName().toString();
		int dot = name.lastIndexOf('.');
		return dot < 0 ? name : name.substring(0, dot);
	}

	/** Refuses a folder whose own name is a frozen part (matching any path segment would refuse src/test/…). */
	public static void refuseFrozen(Path folder) {
		String name = folder.toAbsolutePath().normalize().getFileName().toString();
		if (FROZEN.contains(name)) {
			throw new IllegalArgumentException(folder + " is a frozen part " + FROZEN + ": nobody writing rules reads it");
		}
	}
}
