package org.puente.minutes;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.jspecify.annotations.Nullable;
import org.puente.i18n.TextFolding;

/**
 * A list of actions outside a decisions section: at least three items, two thirds of them opening with a verb of
 * action ("Crear un grupo de Discord", "Finaliser le site internet", "make more formal", "Create a public board") or
 * stating a task ("we should start as soon as possible", "Eric will add the questions"). Minutes in every language
 * write the outcome of a discussion that way, under whatever heading (the point's title, "Feedback", "Notes"): each
 * item is a candidate. A list of topics (nouns, "Budget", "Mesh: quadratic elements") is not one.
 */
final class ActionLists {

	/** The confidence that marks an item of a list of actions ({@link ScoringFeatures}' "where"). */
	static final double WHERE = 0.75;

	private static final int SHORTEST = 3;

	/** An action is a line or two: a list of paragraphs tells a discussion ("The Council discussed … It was decided"). */
	private static final int LONGEST = 200;

	/** A section of aims or topics lists what the meeting is for, not what it decided: Objetivos, Goals, Temas. */
	private static final Pattern AIMS = Pattern.compile("\\b(?:objetivos?|objectives?|objectifs?|goals?|metas?|buts?"
			+ "|temas?|topics?|sujets?|assuntos?|puntos?\\s+a\\s+tratar|purpose|proposito)\\b");

	/** Aims set for the next meeting or week are its tasks: "Objectifs prochaine réunion", "Goals for next week". */
	private static final Pattern NEXT = Pattern.compile("\\b(?:prochaine?s?|next|proxim[oa]s?|seguinte|siguiente)\\s+"
			+ "(?:reunion|reuniao|meeting|semaine|week|semana|sprint|seance|sesion|sessao|call|rencontre)\\b");

	private ActionLists() {
	}

	/** Whether the list, in the section titled so (null when none), is a list of actions. */
	static boolean actions(ListBlock list, @Nullable String section, Function<Node, String> source, ReadingContext reading) {
		List<String> heads = new ArrayList<>();
		for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
			if (item instanceof ListItem && item.getFirstChild() != null) {
				heads.add(source.apply(item.getFirstChild()).strip());
			}
		}
		return actions(heads, section, reading);
	}

	/** Whether the items' first lines, under the section or lead-in line named so, make a list of actions. */
	static boolean actions(List<String> heads, @Nullable String section, ReadingContext reading) {
		if (section != null && AIMS.matcher(TextFolding.fold(section)).find() && !NEXT.matcher(TextFolding.fold(section)).find()) {
			return false;
		}
		int actions = 0;
		for (String head : heads) {
			if (head.length() > LONGEST) {
				return false;
			}
			actions += ItemDetails.opensWithVerb(head) || Narrative.states(head, reading) ? 1 : 0;
		}
		return heads.size() >= SHORTEST && actions * 3 >= heads.size() * 2;
	}

	/**
	 * Plain text: the lists of actions (runs of lines opening with a marker, blank lines between them allowed) that
	 * stand outside a section that never holds decisions and that the layout reader's items do not hold already.
	 */
	static List<Candidate> plain(String text, List<Candidate> items, ReadingContext reading) {
		List<String> held = items.stream().map(c -> TextFolding.fold(c.segment().text())).toList();
		ScoringContext context = null; // read only when a list of actions is found (most texts have none)
		List<Candidate> found = new ArrayList<>();
		String[] lines = text.split("\n", -1);
		int offset = 0;
		String leadIn = null;
		for (int i = 0; i < lines.length;) {
			if (Markers.marker(lines[i].strip()) == null || lines[i].strip().isEmpty()) {
				leadIn = lines[i].isBlank() ? leadIn : lines[i];
				offset += lines[i++].length() + 1;
				continue;
			}
			List<Candidate> run = new ArrayList<>();
			int start = offset;
			for (; i < lines.length && (lines[i].isBlank() || Markers.marker(lines[i].strip()) != null); i++) {
				Markers.Marker marker = lines[i].isBlank() ? null : Markers.marker(lines[i].strip());
				if (marker != null) {
					int at = offset + lines[i].indexOf(marker.content());
					run.add(new Candidate(new Segment("", null, marker.content()), new TextSpan(at, at + marker.content().length()),
							WHERE));
				}
				offset += lines[i].length() + 1;
			}
			if (!actions(run.stream().map(c -> c.segment().text()).toList(), leadIn, reading)) {
				continue;
			}
			context = context != null ? context : ScoringContext.of(text, items, reading);
			if (context.above(start).kind() != SectionCues.Kind.NEVER) {
				run.stream().filter(c -> held.stream().noneMatch(h -> h.contains(TextFolding.fold(c.segment().text()))))
					.forEach(found::add);
			}
		}
		return found;
	}

	/** Where each item of the list stands, from its first word to the end of its sub-points. */
	static List<TextSpan> items(ListBlock list, MarkdownSource at) {
		List<TextSpan> spans = new ArrayList<>();
		for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
			if (item instanceof ListItem && item.getFirstChild() != null) {
				spans.add(new TextSpan(at.start(item.getFirstChild()), at.end(item)));
			}
		}
		return spans;
	}
}
