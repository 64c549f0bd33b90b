package org.puente.minutes;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;

/**
 * Team notes that hand out the work as a list of people over subjects ("- Rajat: Internationalization", "- Brent and
 * Anish: Reporting", each with its points below): each line gives its subject to the people it names, and the points
 * below it that carry an action, an owner or a role of their own ("Update the timeline", "Dom: backend reviewer") are
 * items too; the others only detail it. One such line, or lines with no points below, are notes, not a list of work.
 */
final class Assignments {

	private static final String NAME = "\\p{Lu}[\\p{L}'’\\-]*";

	/** "Kriti & Ghislaine: Strategy / user research": names, a colon, a short subject (no sentence). */
	private static final Pattern ASSIGNED = Pattern.compile("^(" + NAME + "(?:\\s*(?:,|&|\\band\\b|\\by\\b|\\be\\b"
			+ "|\\bet\\b)\\s*" + NAME + "){0,3})\\s*:\\s*((?:[^.:;!?]|\\.(?=\\d)){2,80})$");

	/** What must be done, said without who: "Need to …", "Hay que …", "Il faut …", "É preciso …". */
	private static final Pattern MUST = Pattern.compile("^(?:(?:we\\s+)?needs?\\s+to|(?:we\\s+)?(?:must|have\\s+to)"
			+ "|hay\\s+que|tenemos\\s+que|il\\s+faut|on\\s+doit|(?:e\\s+)?precis[oa]|temos\\s+que)\\b");

	/** How many such lines, each over points of its own, make a list of work. */
	private static final int LEAST = 3;

	private Assignments() {
	}

	/** The item's line and its points that are items of their own; empty when its list does not hand out work. */
	static List<TextSpan> items(ListItem item, MarkdownSource at) {
		if (!assigning(item, at) || !(item.getParent() instanceof ListBlock list) || !handsOutWork(list, at)) {
			return List.of();
		}
		Node head = item.getFirstChild();
		List<TextSpan> items = new ArrayList<>(List.of(at.span(head)));
		for (Node point = head.getNext().getFirstChild(); point != null; point = point.getNext()) {
			point(point, at, items);
		}
		return items;
	}

	/**
	 * A point that is a task of its own, with the points below it that detail it up to the first that is a task of
	 * its own again (an item too): "Need to have a meeting" over "today; two hours from now" and "Sean is setting up
	 * the event".
	 */
	private static void point(Node point, MarkdownSource at, List<TextSpan> items) {
		Node words = point.getFirstChild();
		if (!(words instanceof Paragraph) || !ownTask(at.source(words))) {
			return;
		}
		int end = at.end(words);
		List<TextSpan> below = new ArrayList<>();
		if (words.getNext() instanceof ListBlock details) {
			for (Node detail = details.getFirstChild(); detail != null; detail = detail.getNext()) {
				if (below.isEmpty() && !(detail.getFirstChild() instanceof Paragraph p && ownTask(at.source(p)))) {
					end = at.end(detail);
				}
				else {
					point(detail, at, below);
				}
			}
		}
		items.add(new TextSpan(at.start(words), end));
		items.addAll(below);
	}

	/**
	 * A point with an action, an owner or a role of its own ("Dom: backend reviewer", "Helper: Ghislaine"), or one that
	 * says what must be done ("Need to have a meeting", "Hay que pedir la sala").
	 */
	static boolean ownTask(String point) {
		return ItemDetails.ownAction(point) || !PersonNames.acting(point).isEmpty() || MUST.matcher(
				org.puente.i18n.TextFolding.fold(Markers.stripEmphasis(point.strip()))).find();
	}

	private static boolean handsOutWork(ListBlock list, MarkdownSource at) {
		int items = 0;
		int assigning = 0;
		for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
			items++;
			assigning += item instanceof ListItem listItem && assigning(listItem, at) ? 1 : 0;
		}
		return assigning >= LEAST && assigning * 3 >= items * 2;
	}

	/** A line of names over a subject, with points below it. */
	private static boolean assigning(ListItem item, MarkdownSource at) {
		Node head = item.getFirstChild();
		if (!(head instanceof Paragraph) || !(head.getNext() instanceof ListBlock)) {
			return false;
		}
		java.util.regex.Matcher m = ASSIGNED.matcher(Markers.stripEmphasis(at.source(head).strip()));
		return m.matches() && PersonNames.names(m.group(1));
	}
}
