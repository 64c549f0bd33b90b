package org.puente.glossary;

import java.util.List;
import java.util.Map;

/**
 * Writes the glossary as a SKOS concept scheme in RDF 1.1 Turtle. Small on purpose: every literal and IRI goes
 * through one escaping function each, following the grammar's STRING_LITERAL_QUOTE and IRIREF rules.
 */
final class TurtleWriter {

	private TurtleWriter() {
	}

	static String write(String base, Map<String, String> schemeTitles, List<ExportedTerm> terms) {
		StringBuilder out = new StringBuilder();
		out.append("@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n");
		out.append("@prefix dct: <http://purl.org/dc/terms/> .\n\n");
		String scheme = iri(base + "/glossary");
		out.append(scheme).append(" a skos:ConceptScheme");
		schemeTitles.forEach((lang, title) -> out.append(" ;\n    dct:title ").append(literal(title, lang)));
		out.append(" .\n");
		for (ExportedTerm term : terms) {
			out.append('\n').append(iri(base + "/glossary/" + term.slug())).append(" a skos:Concept ;\n");
			out.append("    skos:inScheme ").append(scheme);
			term.labels().forEach((lang, label) -> out.append(" ;\n    skos:prefLabel ").append(literal(label, lang)));
			term.synonyms().forEach((lang, synonyms) -> synonyms
				.forEach(s -> out.append(" ;\n    skos:altLabel ").append(literal(s, lang))));
			term.definitions().forEach((lang, text) -> out.append(" ;\n    skos:definition ").append(literal(text, lang)));
			out.append(" .\n");
		}
		return out.toString();
	}

	/** A language-tagged string: quotes, backslashes and control characters escaped. */
	static String literal(String text, String lang) {
		StringBuilder out = new StringBuilder("\"");
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '"' -> out.append("\\\"");
				case '\\' -> out.append("\\\\");
				case '\n' -> out.append("\\n");
				case '\r' -> out.append("\\r");
				case '\t' -> out.append("\\t");
				case '\b' -> out.append("\\b");
				case '\f' -> out.append("\\f");
				default -> {
					if (c < 0x20 || c == 0x7f) {
						out.append(String.format("\\u%04X", (int) c));
					}
					else {
						out.append(c);
					}
				}
			}
		}
		return out.append("\"@").append(lang).toString();
	}

	/** An absolute IRI; characters Turtle forbids inside {@code <>} are percent-encoded. */
	static String iri(String iri) {
		StringBuilder out = new StringBuilder("<");
		for (int i = 0; i < iri.length(); i++) {
			char c = iri.charAt(i);
			if (c <= 0x20 || "<>\"{}|^`\\".indexOf(c) >= 0) {
				out.append(String.format("%%%02X", (int) c));
			}
			else {
				out.append(c);
			}
		}
		return out.append('>').toString();
	}
}
