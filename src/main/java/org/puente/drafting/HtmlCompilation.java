package org.puente.drafting;

import java.util.function.Function;

import org.springframework.web.util.HtmlUtils;

/**
 * A compilation as a standalone HTML document (for the API; the page renders the same with the layout): proposals
 * as {@code <ins>} and {@code <del>} with the proponent named after each, notes as asides. Everything written is
 * escaped: texts are plain text.
 */
final class HtmlCompilation {

	private HtmlCompilation() {
	}

	static String write(Compilation compilation, Function<String, String> label) {
		StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"").append(compilation.language())
			.append("\">\n<head><meta charset=\"utf-8\"><title>")
			.append(escape(compilation.title()))
			.append("</title></head>\n<body>\n<h1>")
			.append(escape(compilation.title()))
			.append("</h1>\n<p><em>")
			.append(escape(label.apply(compilation.tracked() ? "drafting.compilation.trackedLegend"
					: "drafting.compilation.cleanLegend")))
			.append("</em></p>\n");
		for (Compilation.Paragraph p : compilation.paragraphs()) {
			html.append(p.language().equals(compilation.language()) ? "<p>" : "<p lang=\"" + p.language() + "\">")
				.append(p.number() == null ? "+ " : p.number() + ". ");
			for (Compilation.Piece piece : p.pieces()) {
				switch (piece.change()) {
					case SAME -> html.append(escape(piece.text()));
					case INSERTED -> html.append("<ins>").append(escape(piece.text())).append("</ins> <small>[")
						.append(escape(String.valueOf(piece.author()))).append("]</small>");
					case DELETED -> html.append("<del>").append(escape(piece.text())).append("</del> <small>[")
						.append(escape(String.valueOf(piece.author()))).append("]</small>");
				}
			}
			html.append("</p>\n");
			for (Compilation.Note note : p.notes()) {
				html.append("<aside><strong>").append(escape(note.author())).append(":</strong> ")
					.append(escape(note.text())).append("</aside>\n");
			}
		}
		return html.append("</body>\n</html>\n").toString();
	}

	private static String escape(String text) {
		return HtmlUtils.htmlEscape(text, "UTF-8");
	}
}
