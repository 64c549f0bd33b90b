package org.puente.minutes;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.puente.i18n.TextFolding;

/**
 * Each agreement once. A block that two readings both propose (a motion that also tells a decision) is one item; and
 * a later section that restates what an earlier one recorded ("Outcome: Xin: website guide" after the task table's
 * "Write the website guide | Xin", an "Action item wrap-up" repeating the tasks) adds nothing, as the annotation rules
 * and a register count it. Items repeated inside one section (the same task under two projects), and a line labelled
 * as a decision of its own ("**Decision** …"), are kept.
 */
final class Restatements {

	/** Share of a later item's words already in an earlier item that makes it a restatement. */
	private static final double RESTATED = 0.8;

	/**
	 * How many times longer (in words) than the later item an earlier one may be and still be restated by it: a short
	 * task that shares its words with a long paragraph ("Definir tempo de apresentação" after "… definiremos o tempo
	 * necessário de apresentação de cada tema …") is a task of its own, not its summary.
	 */
	private static final double RESTATES_LONGER = 2.5;

	/** Words that say nothing of the task. */
	private static final Pattern SMALL = Pattern.compile("the|and|for|from|with|this|that|are|will|should|our|all"
			+ "|des|les|pour|une|sur|par|avec|est|los|las|del|por|para|con|que|una|dos|das|uma|com|nos|nas");

	private Restatements() {
	}

	static List<Candidate> dropped(List<Candidate> found) {
		List<Candidate> kept = new ArrayList<>(found.size());
		List<Set<String>> words = new ArrayList<>(found.size());
		for (Candidate c : found) {
			if (sameBlock(kept, c)) {
				continue;
			}
			Set<String> all = words(c.segment().text());
			int restated = restated(kept, words, c, taskWords(c, all));
			if (restated < 0) {
				kept.add(c);
				words.add(all);
			}
			else if (carries(c) > carries(kept.get(restated))) {
				// the task table's row after its bullet ("- Send the report" … "| Send the report | Ana | 15/03 |"):
				// one agreement, told best where its owner and date are
				kept.set(restated, c);
				words.set(restated, all);
			}
		}
		return kept;
	}

	/** The item's words but those of its owner and deadline cells: a row restates a bullet by its task's words. */
	private static Set<String> taskWords(Candidate c, Set<String> all) {
		Set<String> own = new HashSet<>(all);
		Stream.concat(c.segment().owners().stream(), c.segment().due().stream()).forEach(cell -> own.removeAll(words(cell)));
		return own;
	}

	/** A day written in figures ("15/03", "2024-03-05", "15.3."). */
	private static final Pattern DAY = Pattern.compile("\\b(?:\\d{1,2}[/.]\\d{1,2}|\\d{4}-\\d{2}-\\d{2})\\b");

	/** What an item tells beside its words: an owner (a responsible cell), a deadline (a due cell or a day). */
	private static int carries(Candidate c) {
		return (c.segment().owners().isEmpty() ? 0 : 1)
				+ (c.segment().due().isEmpty() && !DAY.matcher(c.segment().text()).find() ? 0 : 1);
	}

	/** The same place of the text proposed again. */
	private static boolean sameBlock(List<Candidate> kept, Candidate c) {
		return c.span().located() && kept.stream().anyMatch(k -> k.span().equals(c.span()));
	}

	/** The item of an earlier section whose words are most of the item's, or -1. */
	private static int restated(List<Candidate> kept, List<Set<String>> words, Candidate c, Set<String> own) {
		if (own.size() < 3 || SectionCues.labelled(c.segment().text())) {
			// "**Decision** …" records a decision of its own, whatever words it shares
			return -1;
		}
		for (int i = 0; i < kept.size(); i++) {
			if (java.util.Objects.equals(kept.get(i).segment().theme(), c.segment().theme())) {
				continue;
			}
			Set<String> earlier = words.get(i);
			long shared = own.stream().filter(earlier::contains).count();
			if (shared >= RESTATED * own.size() && earlier.size() <= RESTATES_LONGER * own.size()) {
				return i;
			}
		}
		return -1;
	}

	/** The item's words of three letters or more, cut to their first four letters (update, updates; link, linkage). */
	static Set<String> words(String text) {
		Set<String> words = new HashSet<>();
		for (String word : TextFolding.fold(text).split("[^\\p{L}\\p{N}]+")) {
			if (word.length() >= 3 && !SMALL.matcher(word).matches()) {
				words.add(word.substring(0, Math.min(4, word.length())));
			}
		}
		return words;
	}
}
