package org.puente.agreements;

import org.puente.directory.TextFolding;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Cuts the agreements out of minutes. Items start at a marker ("1.", "a)", "Primero.", "Acuerdo 3:", a bullet) under
 * an agreements heading ("Acuerdos", "Decisions", "han acordado:"); lines without a marker continue the item above,
 * so blank lines and page breaks inside an item do not split it. Discussion sections are left out.
 */
final class AgreementSegmenter {

	enum MarkerType { NUMBER, LETTER, ROMAN, ORDINAL_WORD, KEYWORD, BULLET }

	record Marker(MarkerType type, String label, int depth, String content) {
	}

	private static final Pattern BULLET = Pattern.compile("^(?:[-•◦▪●·*–—‣⁃►➢✓]|o(?=\\s+[\\p{Lu}\\d]))\\s*");
	private static final Pattern KEYWORD = Pattern.compile("^(?:acuerdo|agreement|acordo|decision|decisao|resolucion"
			+ "|resolution|accion|action(?:\\s+item)?|acao|item|punto|encaminhamento)\\s*(?:n[º°o]?\\.?\\s*)?(\\d{1,3})"
			+ "\\s*(?:[.:)\\-–—]+\\s*|\\s+)");
	private static final Pattern ORDINAL = Pattern.compile("^(primero|segundo|tercero|cuarto|quinto|sexto|septimo|setimo"
			+ "|octavo|noveno|decimo|undecimo|duodecimo|decimotercero|decimocuarto|decimoquinto|decimosexto"
			+ "|decimoseptimo|decimoctavo|decimonoveno|vigesimo|primeiro|terceiro|oitavo|nono)\\s*[.:\\-–—)]+\\s*");
	private static final Pattern NUMBERED = Pattern.compile("^\\(?(\\d{1,2}(?:\\.\\d{1,2})*)(?:\\.?\\s*[)\\-–—:]+|\\.)"
			+ "\\**\\s+|^(\\d{1,2}(?:\\.\\d{1,2})+)\\s+");
	private static final Pattern ROMAN = Pattern.compile("^([IVXL]{1,6})\\s*[.)\\-–—]\\s+");
	private static final Pattern LETTER = Pattern.compile("^\\(?([a-zA-Z])\\)\\s*|^([a-zA-Z])\\.\\s+");

	private static final Map<String, Integer> ORDINAL_NUMBERS = Map.ofEntries(Map.entry("primero", 1),
			Map.entry("primeiro", 1), Map.entry("segundo", 2), Map.entry("tercero", 3), Map.entry("terceiro", 3),
			Map.entry("cuarto", 4), Map.entry("quinto", 5), Map.entry("sexto", 6), Map.entry("septimo", 7),
			Map.entry("setimo", 7), Map.entry("octavo", 8), Map.entry("oitavo", 8), Map.entry("noveno", 9),
			Map.entry("nono", 9), Map.entry("decimo", 10), Map.entry("undecimo", 11), Map.entry("duodecimo", 12),
			Map.entry("decimotercero", 13), Map.entry("decimocuarto", 14), Map.entry("decimoquinto", 15),
			Map.entry("decimosexto", 16), Map.entry("decimoseptimo", 17), Map.entry("decimoctavo", 18),
			Map.entry("decimonoveno", 19), Map.entry("vigesimo", 20));

	private static final Pattern AGREEMENTS_HEADING = Pattern.compile("^(?:(?:principales|resumen\\s+de|summary\\s+of"
			+ "|lista\\s+de|list\\s+of|key|agreed|main)\\s+)?(?:acuerdos?|se\\s+acuerda|se\\s+acordo|acuerdan|agreements?"
			+ "|decisions?|decisiones|action\\s+items?|actions|follow[- ]up(?:\\s+actions)?|next\\s+steps|encaminhamentos"
			+ "|deliberacoes|acordos|decisoes|compromisos|resoluciones|resolutions|conclusiones\\s+y\\s+acuerdos"
			+ "|conclusions\\s+and\\s+(?:agreements|decisions)|outcomes?)\\b[^.]{0,50}$");
	private static final Pattern AGREEMENT_VERB = Pattern.compile("(acord|acuerd|agree|decid|decisi|resol|deliber"
			+ "|encaminh|comprom)");
	private static final Pattern STOP_HEADING = Pattern.compile("^(?:anexos?|annex(?:es)?|firmas?|signatures?"
			+ "|assinaturas?|lista\\s+de\\s+participantes|participantes|participants|attendees|asistentes|present(?:es)?"
			+ "|cierre|closing|clausura|encerramento|temas\\s+abordados|discusion|discussion|desarrollo|agenda"
			+ "|orden\\s+del\\s+dia|pauta|antecedentes|background|introduccion|introduction|apertura|opening|abertura"
			+ "|informes|reports|next\\s+meeting|proxima\\s+reunion|proxima\\s+reuniao|otros\\s+asuntos"
			+ "|any\\s+other\\s+business|other\\s+business|assuntos\\s+gerais|outros\\s+assuntos|varios|observaciones"
			+ "|notes)\\b");
	private static final Pattern CLOSING_LINE = Pattern.compile("^(?:firmad[oa]|signed|assinad[oa]|hecho\\s+en|dado\\s+en"
			+ "|done\\s+(?:at|in)|se\\s+levanta|siendo\\s+las|the\\s+meeting\\s+(?:was\\s+)?(?:closed|adjourned|ended)"
			+ "|sin\\s+mas|no\\s+habiendo|a\\s+reuniao\\s+(?:foi\\s+)?encerrada|nada\\s+mais|por\\s+la\\s+(?:crm|csm)\\s*$"
			+ "|for\\s+the\\s+(?:rcm|crm|sacm|csm)\\s*$|meeting\\s+adjourned)");
	private static final Pattern THEME_START = Pattern.compile("^(?:en\\s+relacion|con\\s+relacion|respecto|con\\s+respecto"
			+ "|regarding|with\\s+regard|concerning|in\\s+relation|em\\s+relacao|com\\s+relacao|relativ[oa]s?|sobre|tema"
			+ "|topic|theme|asunto|assunto|en\\s+materia|in\\s+the\\s+area|no\\s+ambito|en\\s+el\\s+ambito|on\\s+)");
	private static final Pattern INLINE_ITEM = Pattern.compile("(?<![\\p{L}\\d])\\(?(\\d{1,2}|[a-zA-Z])\\)\\s+"
			+ "|(?<![\\p{L}\\d.,])(\\d{1,2})\\.\\s+(?=\\p{Lu})");
	private static final Pattern FIELD_LINE = Pattern.compile("^[^:]{1,30}:\\s*\\S");

	private AgreementSegmenter() {
	}

	static List<Segment> segment(String text) {
		List<String> lines = unfoldInlineLists(List.of(text.replace("\r\n", "\n").replace('\r', '\n')
				.replace('\f', '\n').replace('\u00A0', ' ').split("\n", -1)));
		List<Segment> found = new Reader(lines, false).read();
		if (found.isEmpty()) {
			// No agreements heading: minutes that are nothing but a numbered list of decisions.
			found = new Reader(lines, true).read();
		}
		List<Segment> numbered = new ArrayList<>();
		for (int i = 0; i < found.size(); i++) {
			Segment s = found.get(i);
			numbered.add(s.number().isEmpty() ? new Segment(String.valueOf(i + 1), s.theme(), s.text()) : s);
		}
		return numbered;
	}

	/**
	 * "Acuerdos: 1) Chile enviará … 2) La ST circulará …" written as one paragraph becomes a heading and one line per
	 * item. Only a run of consecutive markers from 1 (or a) counts, so "el 20) de" or a stray "b)" splits nothing.
	 */
	static List<String> unfoldInlineLists(List<String> lines) {
		List<String> out = new ArrayList<>(lines.size());
		for (String line : lines) {
			int colon = line.indexOf(':');
			if (colon <= 0 || colon > 80 || !isAgreementsHeading(line.substring(0, colon + 1))) {
				out.add(line);
				continue;
			}
			String rest = line.substring(colon + 1);
			List<Integer> cuts = new ArrayList<>();
			Matcher m = INLINE_ITEM.matcher(rest);
			String expected = null;
			while (m.find()) {
				String label = (m.group(1) != null ? m.group(1) : m.group(2)).toLowerCase(java.util.Locale.ROOT);
				if (expected == null ? label.equals("1") || label.equals("a") : label.equals(expected)) {
					cuts.add(m.start());
					expected = label.matches("\\d+") ? String.valueOf(Integer.parseInt(label) + 1)
							: String.valueOf((char) (label.charAt(0) + 1));
				}
			}
			if (cuts.size() < 2 || !rest.substring(0, cuts.get(0)).isBlank()) {
				out.add(line);
				continue;
			}
			out.add(line.substring(0, colon + 1));
			for (int i = 0; i < cuts.size(); i++) {
				out.add(rest.substring(cuts.get(i), i + 1 < cuts.size() ? cuts.get(i + 1) : rest.length()).strip());
			}
		}
		return out;
	}

	static @Nullable Marker marker(String line) {
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
		rest = stripEmphasis(rest);
		String folded = TextFolding.fold(rest);
		Matcher m;
		if ((m = KEYWORD.matcher(folded)).find()) {
			return new Marker(MarkerType.KEYWORD, m.group(1), 1, content(rest, m.end()));
		}
		if ((m = ORDINAL.matcher(folded)).find()) {
			return new Marker(MarkerType.ORDINAL_WORD, String.valueOf(ORDINAL_NUMBERS.get(m.group(1))), 1,
					content(rest, m.end()));
		}
		if ((m = NUMBERED.matcher(rest)).find()) {
			String label = m.group(1) != null ? m.group(1) : m.group(2);
			return new Marker(MarkerType.NUMBER, label, label.split("\\.").length, content(rest, m.end()));
		}
		if ((m = ROMAN.matcher(rest)).find()) {
			return new Marker(MarkerType.ROMAN, m.group(1), 1, content(rest, m.end()));
		}
		if ((m = LETTER.matcher(rest)).find()) {
			return new Marker(MarkerType.LETTER, m.group(1) != null ? m.group(1) : m.group(2), 1, content(rest, m.end()));
		}
		return bullet ? new Marker(MarkerType.BULLET, "", 1, rest.strip()) : null;
	}

	private static String content(String rest, int from) {
		return stripEmphasis(rest.substring(from)).strip();
	}

	private static String stripEmphasis(String s) {
		return s.replaceAll("^[*_#\\s]+", "").replaceAll("[*_]{2,}", "");
	}

	static boolean isAgreementsHeading(String line) {
		String folded = TextFolding.fold(stripEmphasis(line.strip())).replaceAll("^\\d{1,2}[.)]?\\s*", "")
				.replaceAll("^[ivx]{1,4}[.)]\\s*", "").strip();
		if (folded.length() <= 60 && AGREEMENTS_HEADING.matcher(folded).find()) {
			return true;
		}
		// A preamble that ends by announcing the list: "... han acordado:", "The meeting agreed as follows:"
		if (folded.endsWith(":")) {
			String tail = folded.substring(Math.max(0, folded.length() - 80));
			return AGREEMENT_VERB.matcher(tail).find();
		}
		return false;
	}

	/** Walks the lines once, opening a section at each agreements heading and closing it at a stop heading. */
	private static final class Reader {

		private final List<String> lines;
		private final boolean wholeDocument;
		private final List<Segment> segments = new ArrayList<>();
		private boolean inSection;
		private @Nullable MarkerType primary;
		private int primaryDepth;
		private @Nullable Marker headingMarker;
		private @Nullable String theme;
		private @Nullable StringBuilder current;
		private String currentNumber = "";
		private @Nullable String currentTheme;
		private final List<String> looseParagraphs = new ArrayList<>();
		private @Nullable StringBuilder loose;
		private boolean sectionHasItems;

		Reader(List<String> lines, boolean wholeDocument) {
			this.lines = lines;
			this.wholeDocument = wholeDocument;
		}

		List<Segment> read() {
			if (wholeDocument) {
				openSection(null);
			}
			boolean paragraphStart = true;
			for (int i = 0; i < lines.size(); i++) {
				String line = lines.get(i);
				if (line.isBlank()) {
					paragraphStart = true;
					endLoose();
					continue;
				}
				boolean startsParagraph = paragraphStart;
				paragraphStart = false;
				String folded = TextFolding.fold(stripEmphasis(line.strip()));
				Marker marker = marker(line);
				if (!wholeDocument && (marker == null || marker.type() != MarkerType.KEYWORD) && isAgreementsHeading(line)) {
					closeSection();
					openSection(marker);
					continue;
				}
				if (!inSection) {
					continue;
				}
				if (CLOSING_LINE.matcher(folded).find()) {
					if (wholeDocument) {
						closeItem();
					}
					else {
						closeSection();
					}
					continue;
				}
				if (marker != null && headingMarker != null && isNextAgendaPoint(marker)) {
					closeSection(); // the next numbered point of the agenda
					continue;
				}
				if (marker == null && startsParagraph && isHeading(i, folded)) {
					if (STOP_HEADING.matcher(folded).find()) {
						if (wholeDocument) {
							closeItem();
							theme = null;
						}
						else {
							closeSection();
						}
						continue;
					}
					closeItem();
					theme = line.strip().replaceAll("[*_#:]+$", "").replaceAll("^[*_#\\s]+", "").strip();
					continue;
				}
				boolean mayLead = !(wholeDocument && marker != null && marker.type() == MarkerType.BULLET);
				if (marker != null && mayLead && (primary == null || (family(marker.type()) == primary
						&& (marker.type() != MarkerType.NUMBER || marker.depth() <= primaryDepth)))) {
					if (primary == null) {
						primary = family(marker.type());
						primaryDepth = marker.depth();
					}
					closeItem();
					current = new StringBuilder(marker.content());
					currentNumber = marker.label();
					currentTheme = theme;
					sectionHasItems = true;
					continue;
				}
				if (current != null) {
					append(current, line.strip(), startsParagraph);
				}
				else if (!wholeDocument) {
					if (loose == null) {
						loose = new StringBuilder();
					}
					append(loose, line.strip(), false);
				}
			}
			closeSection();
			return segments;
		}

		/** "1.", "Primero." and "Acuerdo 3:" may alternate in one list; letters, numerals and bullets may not. */
		private static MarkerType family(MarkerType type) {
			return type == MarkerType.KEYWORD || type == MarkerType.ORDINAL_WORD ? MarkerType.NUMBER : type;
		}

		private boolean isHeading(int index, String folded) {
			String stripped = folded.strip();
			if (stripped.endsWith(".") || stripped.endsWith(",") || stripped.endsWith(";")
					|| FIELD_LINE.matcher(stripped).find() || !Character.isLetter(stripped.charAt(0))) {
				return false;
			}
			boolean themed = THEME_START.matcher(stripped).find();
			if (stripped.length() > (themed ? 200 : 90)) {
				return false;
			}
			String original = lines.get(index).strip().replaceAll("^[*_#\\s]+", "");
			if (!original.isEmpty() && Character.isLowerCase(original.charAt(0))) {
				return false;
			}
			// A heading stands alone: a blank line or a marker line follows it.
			int next = index + 1;
			return next >= lines.size() || lines.get(next).isBlank() || marker(lines.get(next)) != null;
		}

		private void append(StringBuilder target, String line, boolean newParagraph) {
			if (target.length() > 0) {
				char last = target.charAt(target.length() - 1);
				boolean sentenceEnded = last == '.' || last == ':' || last == ';';
				target.append(newParagraph && sentenceEnded ? "\n" : " ");
			}
			target.append(line);
		}

		/** Under "3. Acuerdos", a "4." is the next point of the agenda, while "3.1" or "1." are agreements. */
		private boolean isNextAgendaPoint(Marker marker) {
			Marker heading = headingMarker;
			if (heading == null || marker.type() != heading.type() || marker.depth() > heading.depth()) {
				return false;
			}
			try {
				return Integer.parseInt(marker.label()) == Integer.parseInt(heading.label()) + 1;
			}
			catch (NumberFormatException ex) {
				return marker.label().compareTo(heading.label()) > 0;
			}
		}

		private void openSection(@Nullable Marker heading) {
			inSection = true;
			primary = null;
			primaryDepth = 1;
			headingMarker = heading;
			theme = null;
			sectionHasItems = false;
			looseParagraphs.clear();
			loose = null;
		}

		private void closeItem() {
			if (current != null && !current.toString().isBlank()) {
				segments.add(new Segment(currentNumber, currentTheme, current.toString().strip()));
			}
			current = null;
		}

		private void endLoose() {
			if (loose != null && !loose.toString().isBlank() && !sectionHasItems) {
				looseParagraphs.add(loose.toString().strip());
			}
			loose = null;
		}

		private void closeSection() {
			closeItem();
			endLoose();
			if (inSection && !sectionHasItems && !wholeDocument) {
				// An agreements heading followed by plain paragraphs: each paragraph is one agreement.
				for (String paragraph : looseParagraphs) {
					segments.add(new Segment("", theme, paragraph));
				}
			}
			looseParagraphs.clear();
			inSection = false;
		}
	}
}
