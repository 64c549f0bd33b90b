package org.puente.minutes;

import java.util.List;

/** Picks the reader for the text's structure: Markdown by its parser, anything else by its plain-text layout. */
final class Structure {

	private Structure() {
	}

	static List<Candidate> items(String text, String language) {
		return Segmenter.segment(text).stream().map(Candidate::of).toList();
	}
}
