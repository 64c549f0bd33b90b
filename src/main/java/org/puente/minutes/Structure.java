package org.puente.minutes;

import java.util.List;

/**
 * Picks the reader for the text's structure: Markdown by its parser, anything else (text out of txt, docx, odt, pdf)
 * by its plain-text layout. Markdown in which the parser finds nothing is read by its layout too. The candidates are
 * then weighed by {@link Scoring}.
 */
final class Structure {

	private Structure() {
	}

	static List<Candidate> items(String text, String language) {
		return Scoring.keep(candidates(text), language);
	}

	/** Every candidate the readers propose, before the scoring. */
	static List<Candidate> candidates(String text) {
		if (MarkdownSource.looksLikeMarkdown(text)) {
			List<Candidate> found = MarkdownStructure.items(text);
			if (!found.isEmpty()) {
				return found;
			}
		}
		return Segmenter.segment(text).stream().map(Candidate::of).toList();
	}
}
