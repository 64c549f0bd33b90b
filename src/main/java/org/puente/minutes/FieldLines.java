package org.puente.minutes;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.puente.i18n.TextFolding;

/**
 * A task written as a record of fields ("- **Ação 1**: / - **Descrição**: Realizar … / - **Responsável**: Dayane Lima
 * / - **Prazo**: 06/08/2024"): a line that only gives the owner, the deadline or the status of the item just above it
 * is a field of that item, not an item. Its value becomes the item's responsible or deadline cell, as a task table's
 * columns do (es/en/pt/fr).
 */
final class FieldLines {

	private static final Pattern FIELD = Pattern.compile("^(?:[-*+•]\\s+)?(" + FieldLabels.taskFields()
			+ ")\\s*:\\s*(\\S.{0,80})$");

	/** A row written on one line: "Redactar el plan - Noelia - 20/10/2025", its owner and its deadline at the end. */
	private static final Pattern ROW_TAIL = Pattern.compile("\\s[-–—]\\s*(\\p{Lu}[\\p{L}.'’ ]{1,40}?)\\s*[-–—]\\s*"
			+ "(\\d{1,2}[/.-]\\d{1,2}(?:[/.-]\\d{2,4})?)\\s*$");

	/** An owner field inside an item's words: "… Responsável: Ana Souza Prazo: …". */
	private static final Pattern OWNER_INSIDE = Pattern.compile("\\b(?i:respons[aá]vel|responsable|responsible|owner"
			+ "|assignee|encargad[oa])\\s*:\\s*(\\p{Lu}[\\p{L}'’\\-]+(?:\\s+\\p{Lu}[\\p{L}'’\\-]+(?![\\p{L}'’\\-]|\\s*:)){0,3})");

	/** How far below its item a field line may stand (characters between them). */
	private static final int NEAR = 300;

	private FieldLines() {
	}

	static List<Candidate> merged(List<Candidate> candidates) {
		List<Candidate> kept = new ArrayList<>();
		for (Candidate c : candidates) {
			Matcher field = field(c.segment().text());
			Candidate item = kept.isEmpty() ? null : kept.get(kept.size() - 1);
			if (field == null || item == null || !near(item, c)) {
				kept.add(c);
				continue;
			}
			String label = field.group(1);
			String value = Markers.stripEmphasis(c.segment().text().strip()).replaceFirst("^[^:]*:\\s*", "").strip();
			Segment s = item.segment();
			List<String> owners = new ArrayList<>(s.owners());
			List<String> due = new ArrayList<>(s.due());
			FieldLabels.Role role = FieldLabels.field(label);
			if (role == FieldLabels.Role.DEADLINE) {
				due.add(value);
			}
			else if (role == FieldLabels.Role.OWNER) {
				owners.add(value);
			}
			Segment merged = new Segment(s.number(), s.theme(), s.text() + " " + Markers.stripEmphasis(c.segment().text().strip()),
					owners, due);
			TextSpan span = item.span().located() && c.span().located() ? new TextSpan(item.span().start(), c.span().end()) : item.span();
			kept.set(kept.size() - 1, new Candidate(merged, span, item.confidence()));
		}
		return kept.stream().map(FieldLines::inline).toList();
	}

	/**
	 * An item with no owner of its own that writes its fields in its words: a row on one line ("… - Noelia -
	 * 20/10/2025": owner and deadline cell) or an owner field ("… Responsável: Ana Souza").
	 */
	private static Candidate inline(Candidate c) {
		Segment s = c.segment();
		if (!s.owners().isEmpty()) {
			return c;
		}
		String words = Markers.stripEmphasis(s.text().strip());
		Matcher row = ROW_TAIL.matcher(words);
		Matcher owner = OWNER_INSIDE.matcher(words);
		List<String> due = new ArrayList<>(s.due());
		List<String> owners = new ArrayList<>();
		if (row.find()) {
			owners.add(row.group(1).strip());
			due.add(row.group(2));
		}
		else if (owner.find()) {
			owners.add(owner.group(1).strip());
		}
		return owners.isEmpty() ? c
				: new Candidate(new Segment(s.number(), s.theme(), s.text(), owners, due), c.span(), c.confidence());
	}

	private static Matcher field(String text) {
		Matcher m = FIELD.matcher(TextFolding.fold(Markers.stripEmphasis(text.strip())).replaceAll("\\s+", " "));
		return m.matches() ? m : null;
	}

	private static boolean near(Candidate item, Candidate field) {
		return !item.span().located() || !field.span().located()
				|| field.span().start() >= item.span().end() && field.span().start() - item.span().end() <= NEAR;
	}
}
