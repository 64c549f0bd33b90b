package org.puente.minutes;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.puente.i18n.TextFolding;

/**
 * A line's list: its items (0 when the line is no list item), whether text of discussion stands above it, and
 * whether it is a list of actions (at least two items, half of them or more opening with a verb of instruction:
 * "Crear un grupo", "Finaliser le site", "Create a board"), and whether the line of text that leads into it tells a
 * decision ("Après en avoir délibéré, le Conseil Municipal décide :", "The board resolved:"): its items are what was
 * decided, however they open ("· de demander le bénéfice …", "· accepte le projet …"); its first item's line.
 */
record ListRun(int items, boolean afterText, boolean actions, boolean decided, int first, Siblings siblings) {

	static final ListRun NONE = new ListRun(0, false, false, false, -1, Siblings.NONE);

	/**
	 * An item's siblings: the items of its run at its depth under the same parent item (a run's top-level items, or the
	 * sub-items of one bullet), the first one's line, how many, and whether the parent is a topic ("Stability",
	 * "Définition des rôles": a short line without a final stop) rather than an item of its own.
	 */
	record Siblings(int first, int items, boolean underTopic) {

		static final Siblings NONE = new Siblings(-1, 0, false);
	}

	/**
	 * Each line's list: runs of list-item lines (blank lines between items allowed), and what stands above them.
	 *
	 * @param indents each line's indentation (tabs as four spaces), which tells a sub-item from its parent
	 */
	static ListRun[] of(List<String> lines, List<Boolean> headings, int[] indents) {
		ListRun[] runs = new ListRun[lines.size()];
		Arrays.fill(runs, ListRun.NONE);
		// whether each line is a list item, read once: the runs below ask it of a line up to three times
		boolean[] items = new boolean[lines.size()];
		for (int k = 0; k < items.length; k++) {
			items[k] = isItem(lines.get(k));
		}
		int i = 0;
		while (i < lines.size()) {
			if (!items[i]) {
				i++;
				continue;
			}
			int first = i;
			List<Integer> members = new ArrayList<>();
			int j = i;
			while (j < lines.size() && (items[j] || lines.get(j).isEmpty() || continues(lines.get(j)))) {
				if (items[j]) {
					members.add(j);
				}
				j++;
			}
			int before = first - 1;
			while (before >= 0 && lines.get(before).isEmpty()) {
				before--;
			}
			boolean afterText = before >= 0 && !headings.get(before) && !items[before]
					&& lines.get(before).length() > 60;
			long instructions = members.stream().filter(m -> ScoringFeatures.INSTRUCTION.matcher(
					TextFolding.fold(Markers.marker(lines.get(m)).content())).find()).count();
			boolean actions = members.size() >= 2 && instructions * 2 >= members.size();
			boolean decided = before >= 0 && !items[before] && !headings.get(before)
					&& ScoringFeatures.decides(ScoringFeatures.folded(lines.get(before)));
			Siblings[] siblings = siblings(lines, members, indents);
			for (int k = 0; k < members.size(); k++) {
				runs[members.get(k)] = new ListRun(members.size(), afterText, actions, decided, first, siblings[k]);
			}
			i = j;
		}
		return runs;
	}

	/** The members' sibling groups, by indentation: each item's parent is the nearest item above indented less. */
	private static Siblings[] siblings(List<String> lines, List<Integer> members, int[] indents) {
		int[] parent = new int[members.size()];
		Deque<Integer> open = new ArrayDeque<>(); // indices into members, by increasing indentation
		for (int k = 0; k < members.size(); k++) {
			while (!open.isEmpty() && indents[members.get(open.peek())] >= indents[members.get(k)]) {
				open.pop();
			}
			parent[k] = open.isEmpty() ? -1 : open.peek();
			open.push(k);
		}
		Map<Integer, List<Integer>> groups = new HashMap<>();
		for (int k = 0; k < members.size(); k++) {
			groups.computeIfAbsent(parent[k], p -> new ArrayList<>()).add(k);
		}
		Siblings[] out = new Siblings[members.size()];
		for (List<Integer> group : groups.values()) {
			int p = parent[group.get(0)];
			boolean topic = p >= 0 && topic(Markers.marker(lines.get(members.get(p))).content());
			for (int k : group) {
				out[k] = new Siblings(members.get(group.get(0)), group.size(), topic);
			}
		}
		return out;
	}

	/** A topic bullet: at most eight words, no final stop, no action ("Stability", "Officers", "Le site web :"). */
	static boolean topic(String content) {
		String text = content.replaceAll("[*_`]", "").strip();
		// "Minimum rules should be defined" is an item over its details, not a topic: a line that acts is none
		return !text.isEmpty() && text.split("\\s+").length <= 8 && !text.endsWith(".") && !text.endsWith(";")
				&& !ListSiblings.acts(ScoringFeatures.words(new Candidate(new Segment("", null, text), TextSpan.NONE, 0)));
	}

	private static boolean isItem(String line) {
		return !line.isEmpty() && !line.startsWith("#") && !line.startsWith("|") && Markers.marker(line) != null;
	}

	/** A line that goes on with the list item above it: indented text is stripped already, so a short lower-case line. */
	private static boolean continues(String line) {
		return !line.isEmpty() && Character.isLowerCase(line.charAt(0)) && line.length() < 120;
	}
}
