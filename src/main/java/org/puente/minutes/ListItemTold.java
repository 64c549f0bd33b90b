package org.puente.minutes;

import java.util.ArrayList;
import java.util.List;

/**
 * A list item is one agreement (corpus README, "Granularity": one agreement per list item as the minutes present
 * them): a decision told in a later sentence of a list item ("- X offered to coordinate the pick-ups, … . We agreed
 * to contact him.") is the list item, from where it begins, not a sentence cut out of it. Proposing the sentence
 * alone gave an item the labellers start at the list item (a span difference, counted twice) or a second item beside
 * the list item's own (branch fp18). Only when the told sentence begins near the list item's start: the scorer finds
 * an item whose first words begin within 120 characters, so a labeller who starts at the list item and one who starts
 * at the told sentence are both matched; a told sentence further in is left alone (a long list item that is a
 * paragraph of prose, whose golds start at its sentences: c/en-python-sc, s/en-pyformex).
 */
final class ListItemTold {

	/** How far into the list item the told sentence may begin (characters) for the item to start at the list item. */
	private static final int REACH = 100;

	private ListItemTold() {
	}

	/**
	 * The spans to propose for a list item's first paragraph, from its sentences as {@link Narrative#sentences(String,
	 * boolean, ReadingContext)} gives them with every sentence ({@code [start, end, told]}): unchanged when the first
	 * sentence tells the decision or none does, or the first told sentence begins {@link #REACH} characters in or
	 * further; else one told span from the list item's start to that sentence's end, then the sentences after it.
	 */
	static List<int[]> spans(List<int[]> sentences) {
		int told = -1;
		for (int i = 0; i < sentences.size() && told < 0; i++) {
			told = sentences.get(i)[2] == 1 ? i : -1;
		}
		if (told <= 0) {
			return sentences;
		}
		int from = sentences.get(0)[0];
		if (sentences.get(told)[0] - from >= REACH) {
			return sentences;
		}
		List<int[]> spans = new ArrayList<>();
		spans.add(new int[] { from, sentences.get(told)[1], 1 });
		spans.addAll(sentences.subList(told + 1, sentences.size()));
		return spans;
	}
}
