package org.puente.minutes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.puente.i18n.TextFolding;

/**
 * A line's list: its items (0 when the line is no list item), whether text of discussion stands above it, and
 * whether it is a list of actions (at least two items, half of them or more opening with a verb of instruction:
 * "Crear un grupo", "Finaliser le site", "Create a board"), and whether the line of text that leads into it tells a
 * decision ("Après en avoir délibéré, le Conseil Municipal décide :", "The board resolved:"): its items are what was
 * decided, however they open ("· de demander le bénéfice …", "· accepte le projet …"); its first item's line.
 */
record ListRun(int items, boolean afterText, boolean actions, boolean decided, int first) {

	static final ListRun NONE = new ListRun(0, false, false, false, -1);

	/** Each line's list: runs of list-item lines (blank lines between items allowed), and what stands above them. */
	static ListRun[] of(List<String> lines, List<Boolean> headings) {
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
			for (int m : members) {
				runs[m] = new ListRun(members.size(), afterText, actions, decided, first);
			}
			i = j;
		}
		return runs;
	}

	private static boolean isItem(String line) {
		return !line.isEmpty() && !line.startsWith("#") && !line.startsWith("|") && Markers.marker(line) != null;
	}

	/** A line that goes on with the list item above it: indented text is stripped already, so a short lower-case line. */
	private static boolean continues(String line) {
		return !line.isEmpty() && Character.isLowerCase(line.charAt(0)) && line.length() < 120;
	}
}
