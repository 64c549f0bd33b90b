package org.puente.documents;

import java.util.List;
import java.util.Map;

/** Picks the text to show from a text kept in up to four languages. */
final class Multilingual {

	static final List<String> LANGUAGES = List.of("es", "en", "pt", "fr");

	private Multilingual() {
	}

	static String pick(Map<String, String> texts, String wanted, String fallback) {
		String text = texts.get(wanted);
		if (text == null || text.isBlank()) {
			text = texts.get(fallback);
		}
		if (text == null || text.isBlank()) {
			text = LANGUAGES.stream().map(texts::get).filter(t -> t != null && !t.isBlank()).findFirst().orElse("");
		}
		return text;
	}
}
