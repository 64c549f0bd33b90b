package org.puente.drafting;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A text as a secretariat circulates it before a plenary: clean (the current wording), or with every open proposal
 * shown as a tracked change marked with its proponent. Writers turn it into HTML, DOCX (real Word revisions) and PDF.
 */
record Compilation(String title, TextStatus status, boolean tracked, String language, List<Paragraph> paragraphs) {

	/**
	 * A numbered paragraph of the text, or (number null) a paragraph some proponent proposes to insert, its words in
	 * {@code language}: the master wording's Spanish, or a translation's language in a clean text, paragraph by
	 * paragraph, since a paragraph not yet translated shows in Spanish (walk 17: such paragraphs were marked as the
	 * reader's language, and a screen reader read Spanish with Portuguese rules).
	 */
	record Paragraph(@Nullable Integer number, List<Piece> pieces, List<Note> notes, String language) {

		Paragraph(@Nullable Integer number, List<Piece> pieces, List<Note> notes) {
			this(number, pieces, notes, "es");
		}

		public boolean isProposedInsertion() {
			return number == null;
		}

		String plainText() {
			StringBuilder text = new StringBuilder();
			pieces.stream().filter(p -> p.change() != Change.DELETED).forEach(p -> text.append(p.text()));
			return text.toString();
		}
	}

	enum Change {
		SAME, INSERTED, DELETED
	}

	/** A run of words: unchanged, or inserted/deleted by a proponent through one amendment. */
	record Piece(String text, Change change, @Nullable String author, @Nullable UUID amendmentId) {

		static Piece same(String text) {
			return new Piece(text, Change.SAME, null, null);
		}
	}

	/** A remark beside a paragraph: a comment amendment, or a proposal that cannot be drawn as a tracked change. */
	record Note(String author, String text) {
	}
}
