package org.puente.minutes;

import java.util.function.Consumer;

import org.commonmark.node.ListBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;

/**
 * Notes under the agenda's points in Markdown ("- Bourses : On va lui dire que …"): a note that stands alone as a task
 * is an item, a long one is an account whose sentences may state a decision or a task (moved out of
 * {@link MarkdownStructure}, which reads the rest of the list).
 */
final class AgendaNotes {

	/** How long a point under the agenda runs before it is an account rather than a title. */
	private static final int ACCOUNT = 150;

	private AgendaNotes() {
	}

	/** Reads a point's notes: {@code alone} takes a note that is an item itself, {@code account} a long one. */
	static void read(Node item, MarkdownSource at, Consumer<Node> alone, Consumer<Node> account) {
		for (Node part = item.getFirstChild(); part != null; part = part.getNext()) {
			if (part instanceof Paragraph && ItemDetails.standsAlone(at.source(part))) {
				alone.accept(part);
			}
			else if (part instanceof Paragraph && at.source(part).length() >= ACCOUNT) {
				account.accept(part);
			}
			else if (part instanceof ListBlock list) {
				for (Node sub = list.getFirstChild(); sub != null; sub = sub.getNext()) {
					read(sub, at, alone, account);
				}
			}
		}
	}
}
