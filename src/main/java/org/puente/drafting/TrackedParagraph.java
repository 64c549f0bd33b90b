package org.puente.drafting;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * Draws the open proposals on one paragraph as tracked changes. A deletion strikes the whole paragraph (several
 * proponents are named together); replacements of words strike the words and insert the new ones after them, in the
 * order of the text. What cannot be drawn without hiding another proposal — a replacement overlapping one already
 * drawn, words no longer in the paragraph, a replacement in a paragraph proposed for deletion — and every comment
 * becomes a note beside the paragraph, so nothing proposed is lost from the compilation.
 */
class TrackedParagraph {

	private final String body;

	private final Function<Amendment, String> author;

	private final Function<Amendment, String> note;

	private final Set<String> deletedBy = new LinkedHashSet<>();

	private final List<Replacement> replacements = new ArrayList<>();

	private final List<Compilation.Note> notes = new ArrayList<>();

	private @Nullable UUID deletion;

	TrackedParagraph(String body, Function<Amendment, String> author, Function<Amendment, String> note) {
		this.body = body;
		this.author = author;
		this.note = note;
	}

	private record Replacement(int start, int end, String text, String author, UUID amendmentId) {
	}

	void add(Amendment amendment) {
		switch (amendment.getKind()) {
			case DELETE -> {
				deletedBy.add(author.apply(amendment));
				if (deletion == null) {
					deletion = amendment.getId();
				}
			}
			case REPLACE -> addReplacement(amendment);
			case COMMENT -> notes.add(new Compilation.Note(author.apply(amendment), note.apply(amendment)));
			default -> {
				// insertions are paragraphs of their own, placed after this one by the compiler
			}
		}
	}

	private void addReplacement(Amendment amendment) {
		String original = String.valueOf(amendment.getOriginal());
		int start = body.indexOf(original);
		int end = start + original.length();
		boolean overlaps = replacements.stream().anyMatch(r -> start < r.end() && r.start() < end);
		if (start < 0 || overlaps) {
			notes.add(new Compilation.Note(author.apply(amendment), note.apply(amendment)));
			return;
		}
		replacements.add(new Replacement(start, end, String.valueOf(amendment.getReplacement()),
				author.apply(amendment), amendment.getId()));
	}

	List<Compilation.Piece> pieces() {
		if (!deletedBy.isEmpty()) {
			return List.of(new Compilation.Piece(body, Compilation.Change.DELETED, String.join(", ", deletedBy),
					deletion));
		}
		List<Compilation.Piece> pieces = new ArrayList<>();
		int at = 0;
		for (Replacement r : replacements.stream().sorted(Comparator.comparingInt(Replacement::start)).toList()) {
			if (r.start() > at) {
				pieces.add(Compilation.Piece.same(body.substring(at, r.start())));
			}
			pieces.add(new Compilation.Piece(body.substring(r.start(), r.end()), Compilation.Change.DELETED,
					r.author(), r.amendmentId()));
			if (!r.text().isEmpty()) {
				pieces.add(new Compilation.Piece(r.text(), Compilation.Change.INSERTED, r.author(), r.amendmentId()));
			}
			at = r.end();
		}
		if (at < body.length()) {
			pieces.add(Compilation.Piece.same(body.substring(at)));
		}
		return pieces;
	}

	List<Compilation.Note> notes() {
		if (deletedBy.isEmpty()) {
			return List.copyOf(notes);
		}
		// the paragraph is struck through: its word replacements are listed rather than drawn inside it
		List<Compilation.Note> all = new ArrayList<>(notes);
		replacements.forEach(r -> all.add(new Compilation.Note(r.author(), "«" + body.substring(r.start(), r.end())
				+ "» → «" + r.text() + "»")));
		return all;
	}
}
