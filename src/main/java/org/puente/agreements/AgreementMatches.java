package org.puente.agreements;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

import org.apache.commons.text.similarity.LevenshteinDistance;
import org.puente.i18n.TextFolding;

/**
 * Which agreement of confirmed minutes each item of a new version of them continues, by its words, not by its number
 * (walk of 5 December night #12: the Minuta's agreements are bullets numbered by position, so with its 4th removed
 * the new nos. 4–7 took agreements 4–7 and old 4's progress sat under old 5's words). An item continues the agreement
 * with the same words or nearly (a typo corrected, a date changed, a word added), whatever its number; the number the
 * secretariat typed wins where the words also fit, so a number is still the way to say "this one" for words rewritten
 * more. Each agreement is continued by one item at most, the closest first, ties by number and then by position.
 */
final class AgreementMatches {

	/**
	 * How alike the words of an item and of an agreement with another number must be. Measured on the walk's Minuta
	 * (AgreementMatchesTests): a changed date, a corrected typo or words added score 0.97–1, two different agreements
	 * of the same minutes (same parties, same verbs) 0.52 at most, a sentence rewritten with the same facts 0.75.
	 */
	static final double CLOSE = 0.8;

	/**
	 * How alike they must be when the item has the agreement's number: a rewrite the secretariat numbered to say so,
	 * still above what two different agreements reach.
	 */
	static final double FITS = 0.6;

	/** What a typed number weighs against the words: it decides between two agreements whose words fit alike. */
	private static final double NUMBER_WEIGHT = 0.1;

	/** Fewer shared words than this say nothing of two texts being one: only their whole texts are compared. */
	private static final int FEW_WORDS = 4;

	private AgreementMatches() {
	}

	/**
	 * For each item, in order, the index of the standing agreement it continues, or -1 for an item that becomes a new
	 * agreement.
	 */
	static int[] of(List<ReviewItem> items, List<Agreement> standing) {
		return byWords(items.stream().map(i -> new Numbered(i.number(), i.text())).toList(),
				standing.stream().map(a -> new Numbered(a.getNumber(), a.getText())).toList());
	}

	/** An item or an agreement: its number and its words. */
	record Numbered(String number, String text) {
	}

	/** The same for items and agreements given as their numbers and words. */
	static int[] byWords(List<Numbered> items, List<Numbered> standing) {
		List<String> itemWords = items.stream().map(i -> normalised(i.text())).toList();
		List<String> agreementWords = standing.stream().map(a -> normalised(a.text())).toList();
		List<Pair> pairs = new ArrayList<>();
		for (int i = 0; i < items.size(); i++) {
			for (int j = 0; j < standing.size(); j++) {
				boolean sameNumber = items.get(i).number().equals(standing.get(j).number());
				double alike = similarity(itemWords.get(i), agreementWords.get(j));
				if (alike >= (sameNumber ? FITS : CLOSE)) {
					pairs.add(new Pair(i, j, alike + (sameNumber ? NUMBER_WEIGHT : 0), sameNumber));
				}
			}
		}
		pairs.sort(Comparator.comparingDouble(Pair::weight).reversed()
			.thenComparing(Pair::sameNumber, Comparator.reverseOrder())
			.thenComparingInt(Pair::item)
			.thenComparingInt(Pair::agreement));
		int[] matched = new int[items.size()];
		Arrays.fill(matched, -1);
		boolean[] taken = new boolean[standing.size()];
		for (Pair pair : pairs) {
			if (matched[pair.item()] < 0 && !taken[pair.agreement()]) {
				matched[pair.item()] = pair.agreement();
				taken[pair.agreement()] = true;
			}
		}
		return matched;
	}

	private record Pair(int item, int agreement, double weight, boolean sameNumber) {
	}

	/**
	 * How alike two normalised texts are, from 0 to 1: the better of their Levenshtein ratio and a token-set ratio,
	 * which compares the words both share with what each adds (so a sentence added, as a merge does, or removed, as
	 * a split does, still fits, and words reordered do too).
	 */
	static double similarity(String a, String b) {
		if (a.equals(b)) {
			return 1;
		}
		TreeSet<String> left = tokens(a);
		TreeSet<String> right = tokens(b);
		TreeSet<String> shared = new TreeSet<>(left);
		shared.retainAll(right);
		left.removeAll(shared);
		right.removeAll(shared);
		if (shared.size() < FEW_WORDS) { // "aprobar el acta" is in many sentences without being any of them
			return ratio(a, b);
		}
		String common = String.join(" ", shared);
		String withLeft = (common + " " + String.join(" ", left)).strip();
		String withRight = (common + " " + String.join(" ", right)).strip();
		return Math.max(ratio(a, b), Math.max(ratio(withLeft, withRight),
				Math.max(ratio(common, withLeft), ratio(common, withRight))));
	}

	private static TreeSet<String> tokens(String normalised) {
		TreeSet<String> tokens = new TreeSet<>(Arrays.asList(normalised.split(" ")));
		tokens.remove("");
		return tokens;
	}

	/** 1 less the edit distance over the longer length, as fuzzy matchers define their ratio. */
	private static double ratio(String a, String b) {
		int longer = Math.max(a.length(), b.length());
		if (longer == 0) {
			return 1;
		}
		// bounded: beyond what could still reach FITS, the exact distance does not matter (and costs n×m)
		int bound = (int) Math.ceil(longer * (1 - FITS));
		int distance = new LevenshteinDistance(bound).apply(a, b);
		return distance < 0 ? 0 : 1 - (double) distance / longer;
	}

	/** Lower case, without accents, punctuation or repeated spaces: "30 de junio," and "30 de Junio" are alike. */
	static String normalised(String text) {
		return TextFolding.fold(text).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
	}
}
