package org.puente.minutes;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.puente.i18n.TextFolding;

/** The markers that open a list item: "1.", "a)", "iv)", "Primero.", "Acuerdo 3:", any bullet or checkbox. */
final class Markers {

	enum MarkerType { NUMBER, LETTER, ROMAN, ORDINAL_WORD, KEYWORD, BULLET }

	record Marker(MarkerType type, String label, int depth, String content) {
	}

	/**
	 * Any bullet, with the private-use Symbol-font glyphs text out of PDFs keeps (U+F0B7…); a star only before a space:
	 * "**Responsável:**" is bold, not a list item.
	 */
	static final Pattern BULLET = Pattern.compile("^(?:[-•◦▪●·–—‣⁃►➢✓❖➤■□\\uF000-\\uF0FF]|\\*(?=\\s)|o(?=\\s+[\\p{Lu}\\d]))\\s*");
	/** A task-list box, ticked or not: "- [ ] IOM to circulate", "☐ Send". */
	static final Pattern CHECKBOX = Pattern.compile("^(?:\\[[ xX✓✔]?\\]|[☐☑☒])\\s*");
	static final Pattern KEYWORD = Pattern.compile("^(?:acuerdo|agreement|acordo|decision|decisao|resolucion"
			+ "|resolution|accion|action(?:\\s+item)?|acao|item|punto|encaminhamento)\\s*(?:n[º°o]?\\.?\\s*)?((?:(?:19|20)\\d{2}/)?\\d{1,3}(?:[-/](?:19|20)\\d{2})?)"
			+ "\\s*(?:[.:)\\-–—]+\\s*|\\s+)");
	/** An action with its register number, "Action Item A2014-07: Prepare …", "Acción A2024-3:": the line as written is the item. */
	static final Pattern ACTION_REGISTER = Pattern.compile("^" + Cues.ACTION_WORD + "\\s+([a-z]{1,2}(?:19|20)\\d{2}-\\d{1,3})"
			+ "\\s*[:.)\\-–—]\\s*(?=\\S)");
	static final Pattern ORDINAL = Pattern.compile("^((?:decimo|vigesimo)\\s*(?:primero|segundo|tercero|cuarto"
			+ "|quinto|sexto|septimo|octavo|noveno|primeiro|terceiro|quarto|setimo|oitavo|nono)|primero|quarto|segundo|tercero|cuarto|quinto|sexto|septimo|setimo"
			+ "|octavo|noveno|decimo|undecimo|duodecimo|decimotercero|decimocuarto|decimoquinto|decimosexto"
			+ "|decimoseptimo|decimoctavo|decimonoveno|vigesimo|primeiro|terceiro|oitavo|nono)\\s*[.:\\-–—)]+\\s*");
	static final Pattern NUMBERED = Pattern.compile("^\\(?(\\d{1,2}(?:\\.\\d{1,2})*)(?:\\.?\\s*[)\\-–—:]+|\\.|[º°]\\.?)"
			+ "\\**\\s+|^(\\d{1,2}(?:\\.\\d{1,2})+)\\s+"
			// a number run into its words: "5.Senate approved …", "3)Aprobar …"
			+ "|^(\\d{1,2})[.)](?=\\p{Lu}\\p{Ll})");
	static final Pattern ROMAN = Pattern.compile("^([IVXL]{1,6})\\s*[.)\\-–—]\\s+");
	/** "(ii)", "iv)": the lower-case numerals of UN reports. */
	static final Pattern ROMAN_LOWER = Pattern.compile("^\\(?([ivx]{1,5})\\)\\s*");
	static final Pattern LETTER = Pattern.compile("^\\(?([a-zA-Z])\\)\\s*|^([a-zA-Z])\\.\\s+");

	static final Map<String, Integer> ORDINAL_NUMBERS = Map.ofEntries(Map.entry("primero", 1),
			Map.entry("primeiro", 1), Map.entry("segundo", 2), Map.entry("tercero", 3), Map.entry("terceiro", 3),
			Map.entry("cuarto", 4), Map.entry("quarto", 4), Map.entry("quinto", 5), Map.entry("sexto", 6), Map.entry("septimo", 7),
			Map.entry("setimo", 7), Map.entry("octavo", 8), Map.entry("oitavo", 8), Map.entry("noveno", 9),
			Map.entry("nono", 9), Map.entry("decimo", 10), Map.entry("undecimo", 11), Map.entry("duodecimo", 12),
			Map.entry("decimotercero", 13), Map.entry("decimocuarto", 14), Map.entry("decimoquinto", 15),
			Map.entry("decimosexto", 16), Map.entry("decimoseptimo", 17), Map.entry("decimoctavo", 18),
			Map.entry("decimonoveno", 19), Map.entry("vigesimo", 20));


	private Markers() {
	}

	/**
	 * The answers for the lines last asked about (4,096 per thread): the readers, the prose, the lists of actions and
	 * the scoring's context each ask of every line, five to eight times a reading (4 % of it in the profile of
	 * 4 December, docs/performance.md). The answer depends on the line alone.
	 */
	private static final RecentAnswers<String, Marker> ASKED = new RecentAnswers<>(4096, Markers::read);

	static @Nullable Marker marker(String line) {
		return ASKED.answer(line);
	}

	private static @Nullable Marker read(String line) {
		String rest = line.strip();
		boolean bullet = false;
		for (int guard = 0; guard < 3; guard++) {
			Matcher b = BULLET.matcher(rest);
			if (!b.find() || b.end() == 0 || b.end() >= rest.length()) {
				break;
			}
			rest = rest.substring(b.end());
			bullet = true;
		}
		Matcher box = CHECKBOX.matcher(rest);
		if (box.find() && box.end() < rest.length()) {
			rest = rest.substring(box.end());
			bullet = true;
		}
		rest = stripEmphasis(rest);
		String folded = TextFolding.fold(rest);
		Matcher m;
		if ((m = ACTION_REGISTER.matcher(folded)).find()) {
			return new Marker(MarkerType.KEYWORD, m.group(1), 1, rest.strip());
		}
		if ((m = KEYWORD.matcher(folded)).find()) {
			return new Marker(MarkerType.KEYWORD, m.group(1), 1, content(rest, m.end()));
		}
		if ((m = ORDINAL.matcher(folded)).find()) {
			return new Marker(MarkerType.ORDINAL_WORD, String.valueOf(ordinalValue(m.group(1))), 1,
					content(rest, m.end()));
		}
		if ((m = NUMBERED.matcher(rest)).find()) {
			String label = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
			return new Marker(MarkerType.NUMBER, label, label.split("\\.").length, content(rest, m.end()));
		}
		if ((m = ROMAN.matcher(rest)).find()) {
			return new Marker(MarkerType.ROMAN, m.group(1), 1, content(rest, m.end()));
		}
		if ((m = ROMAN_LOWER.matcher(rest)).find() && m.group(1).length() > 1) {
			return new Marker(MarkerType.ROMAN, m.group(1).toUpperCase(java.util.Locale.ROOT), 1, content(rest, m.end()));
		}
		if ((m = LETTER.matcher(rest)).find()) {
			return new Marker(MarkerType.LETTER, m.group(1) != null ? m.group(1) : m.group(2), 1, content(rest, m.end()));
		}
		return bullet ? new Marker(MarkerType.BULLET, "", 1, rest.strip()) : null;
	}

	/** "décimo segundo" is ten plus two; the one-word forms are in the table. */
	static int ordinalValue(String word) {
		String joined = word.replaceAll("\\s+", "");
		Integer known = ORDINAL_NUMBERS.get(joined);
		if (known != null) {
			return known;
		}
		int tens = joined.startsWith("vigesimo") ? 20 : 10;
		return tens + ORDINAL_NUMBERS.get(joined.substring(tens == 20 ? 8 : 6));
	}

	static String content(String rest, int from) {
		return stripEmphasis(rest.substring(from)).strip();
	}

	/** Compiled once: String.replaceAll compiles its pattern on every call, and this runs on every line read. */
	private static final Pattern LEADING_EMPHASIS = Pattern.compile("^[*_#\\s]+");

	private static final Pattern DOUBLED_EMPHASIS = Pattern.compile("[*_]{2,}");

	static String stripEmphasis(String s) {
		// Most lines hold no emphasis mark: then only their leading whitespace goes, without two regex scans (a hot
		// spot of bench/extraction: this runs on every line read).
		if (s.indexOf('*') < 0 && s.indexOf('_') < 0 && s.indexOf('#') < 0) {
			int start = 0;
			while (start < s.length() && " \t\n\u000B\f\r".indexOf(s.charAt(start)) >= 0) {
				start++;
			}
			return s.substring(start);
		}
		return DOUBLED_EMPHASIS.matcher(LEADING_EMPHASIS.matcher(s).replaceAll("")).replaceAll("");
	}

	/** "1.", "Primero." and "Acuerdo 3:" may alternate in one list; letters, numerals and bullets may not. */
	static MarkerType family(MarkerType type) {
		return type == MarkerType.KEYWORD || type == MarkerType.ORDINAL_WORD ? MarkerType.NUMBER : type;
	}

	/** The number after a numeric label ("3" → "4"), "" for any other label. */
	static String next(String label) {
		try {
			return String.valueOf(Integer.parseInt(label) + 1);
		}
		catch (NumberFormatException ex) {
			return "";
		}
	}
}
