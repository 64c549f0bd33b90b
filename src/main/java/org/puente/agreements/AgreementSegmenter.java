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

	/** A star is a bullet only when a space follows: "**Responsável:**" is bold, not a list item. */
	private static final Pattern BULLET = Pattern.compile("^(?:[-•◦▪●·–—‣⁃►➢✓]|\\*(?=\\s)|o(?=\\s+[\\p{Lu}\\d]))\\s*");
	/** A task-list box, ticked or not: "- [ ] IOM to circulate", "☐ Send". */
	private static final Pattern CHECKBOX = Pattern.compile("^(?:\\[[ xX✓✔]?\\]|[☐☑☒])\\s*");
	private static final Pattern KEYWORD = Pattern.compile("^(?:acuerdo|agreement|acordo|decision|decisao|resolucion"
			+ "|resolution|accion|action(?:\\s+item)?|acao|item|punto|encaminhamento)\\s*(?:n[º°o]?\\.?\\s*)?((?:(?:19|20)\\d{2}/)?\\d{1,3}(?:[-/](?:19|20)\\d{2})?)"
			+ "\\s*(?:[.:)\\-–—]+\\s*|\\s+)");
	private static final Pattern ORDINAL = Pattern.compile("^((?:decimo|vigesimo)\\s*(?:primero|segundo|tercero|cuarto"
			+ "|quinto|sexto|septimo|octavo|noveno|primeiro|terceiro|quarto|setimo|oitavo|nono)|primero|quarto|segundo|tercero|cuarto|quinto|sexto|septimo|setimo"
			+ "|octavo|noveno|decimo|undecimo|duodecimo|decimotercero|decimocuarto|decimoquinto|decimosexto"
			+ "|decimoseptimo|decimoctavo|decimonoveno|vigesimo|primeiro|terceiro|oitavo|nono)\\s*[.:\\-–—)]+\\s*");
	private static final Pattern NUMBERED = Pattern.compile("^\\(?(\\d{1,2}(?:\\.\\d{1,2})*)(?:\\.?\\s*[)\\-–—:]+|\\.|[º°]\\.?)"
			+ "\\**\\s+|^(\\d{1,2}(?:\\.\\d{1,2})+)\\s+");
	private static final Pattern ROMAN = Pattern.compile("^([IVXL]{1,6})\\s*[.)\\-–—]\\s+");
	/** "(ii)", "iv)": the lower-case numerals of UN reports. */
	private static final Pattern ROMAN_LOWER = Pattern.compile("^\\(?([ivx]{1,5})\\)\\s*");
	private static final Pattern LETTER = Pattern.compile("^\\(?([a-zA-Z])\\)\\s*|^([a-zA-Z])\\.\\s+");

	private static final Map<String, Integer> ORDINAL_NUMBERS = Map.ofEntries(Map.entry("primero", 1),
			Map.entry("primeiro", 1), Map.entry("segundo", 2), Map.entry("tercero", 3), Map.entry("terceiro", 3),
			Map.entry("cuarto", 4), Map.entry("quarto", 4), Map.entry("quinto", 5), Map.entry("sexto", 6), Map.entry("septimo", 7),
			Map.entry("setimo", 7), Map.entry("octavo", 8), Map.entry("oitavo", 8), Map.entry("noveno", 9),
			Map.entry("nono", 9), Map.entry("decimo", 10), Map.entry("undecimo", 11), Map.entry("duodecimo", 12),
			Map.entry("decimotercero", 13), Map.entry("decimocuarto", 14), Map.entry("decimoquinto", 15),
			Map.entry("decimosexto", 16), Map.entry("decimoseptimo", 17), Map.entry("decimoctavo", 18),
			Map.entry("decimonoveno", 19), Map.entry("vigesimo", 20));

	private static final Pattern AGREEMENTS_HEADING = Pattern.compile("^(?:(?:principales|resumen\\s+de|summary\\s+of"
			+ "|lista\\s+de|list\\s+of|key|agreed|main)\\s+)?(?:acuerdos?|se\\s+acuerda|se\\s+acordo|acuerdan|agreements?"
			+ "|decisions?|decisiones|action\\s+items?|actions|follow[- ]up(?:\\s+actions)?|next\\s+steps|encaminhamentos"
			+ "|deliberacoes|acordos|decisoes|compromisos|resoluciones|resolutions|conclusiones\\s+y\\s+acuerdos"
			+ "|conclusions\\s+and\\s+(?:agreements|decisions|next\\s+steps)|conclusiones\\s+y\\s+proximos\\s+pasos"
			+ "|proximos\\s+pasos|proximos\\s+passos|conclusoes\\s+e\\s+encaminhamentos|outcomes?)\\b[^.]{0,50}$");
	/** "Acuerdo sobre Residencia", "Agreement on Return": a treaty named in a heading, not the agreements. */
	private static final Pattern NAMED_AGREEMENT = Pattern.compile("^(?:acuerdo|agreement|acordo)\\s+(?:sobre|on|para|for"
			+ "|regarding|concerning|marco|de\\s+(?!la\\s+reunion)|do|da)\\b");
	/** An agreement stated in place, after the discussion of each agenda item: "Agreed: ...", "Fica acordado que ...". */
	private static final Pattern INLINE_AGREEMENT = Pattern.compile("^(?:(?:it\\s+was\\s+)?agreed(?:\\s+that)?|(?:it\\s+was\\s+)?decided"
			+ "|se\\s+acord[oa](?:\\s+que)?|se\\s+acuerda(?:\\s+que)?|acordado|acuerdo|decision|decisao|deliberacao"
			+ "|encaminhamento|(?:fica|ficou|foi)\\s+acordado(?:\\s+que)?)\\s*[:\\-–—]\\s*(?=\\S)"
			+ "|^(?:it\\s+was\\s+agreed\\s+that|(?:fica|ficou|foi)\\s+acordado\\s+que|se\\s+acord[oa]\\s+que)\\s+(?=\\S)");
	private static final Pattern DESCRIPTION_COLUMN = Pattern.compile("^(?:what|action|actions|accion|acciones|acao|acoes"
			+ "|acuerdo|acuerdos|acordo|deliberacao|decision|decisao|compromiso|compromisso|task|tarea|tarefa|actividad"
			+ "|atividade|activity|description|descripcion|descricao|encaminhamento|item)s?\\b");
	/** The impersonal forms that record a decision in the middle of a paragraph; the folded text keeps its offsets. */
	private static final Pattern DECIDED_IN_SENTENCE = Pattern.compile("(?:^|[.;]\\s+|,\\s*)(?:(?:deliberou|decidiu|acordou"
			+ "|resolveu)-se|(?:ficou|fica|foi)\\s+(?:decidido|acordado|deliberado|resolvido)|se\\s+(?:acordo|decidio|resolvio"
			+ "|convino)|it\\s+was\\s+(?:agreed|decided|resolved))\\s+(?:que|that)\\s+");
	/** A preamble that ends in a colon announces agreements when its items open with a verb of decision. */
	private static final Pattern DECISION_VERB = Pattern.compile("^(?:agreed|decided|requested|invited|welcomed|approved"
			+ "|adopted|endorsed|took\\s+note|encouraged|urged|recommended|acordo|decidio|solicito|aprobo|invito|encomendo"
			+ "|tomo\\s+nota|acordou|decidiu|solicitou|aprovou|convidou|agree|decide|request|invite|approve|adopt)\\b");
	/** Numbered agreements that name themselves ("Decision 2017/3", "Acuerdo 4:") stand even outside a section. */
	private static final Pattern SELF_NAMED = Pattern.compile("^(?:acuerdo|agreement|acordo|decision|decisao|resolucion"
			+ "|resolution)\\b");
	/** Agenda points announced by a keyword are titles, not agreements: "Item 2: Draft declaration". */
	private static final Pattern AGENDA_POINT = Pattern.compile("^(?:(?:agenda\\s+)?item|punto|ponto|tema)\\b");
	private static final Pattern AGENDA_HEADING = Pattern.compile("^(?:(?:provisional\\s+)?agenda|orden\\s+del\\s+dia"
			+ "|ordem\\s+do\\s+dia|pauta|temario)\\b[^.]{0,40}$");
	/** A paragraph telling that the meeting took place and who came is the record, never an agreement. */
	private static final Pattern MEETING_NARRATIVE = Pattern.compile("^[^.]{0,200}\\b(?:met|convened|was\\s+held|took\\s+place"
			+ "|attended|took\\s+part|participated|participaron|participaram|se\\s+reunieron|se\\s+reunio|se\\s+celebro|se\\s+realizo|asistieron|reuniram-se|realizou-se"
			+ "|estiveram\\s+presentes)\\b");
	private static final Pattern PAGE_LINE = Pattern.compile("^(?:[^.:;]{0,50}\\b(?:page|pagina|pag\\.?)\\s*\\d+(?:\\s*(?:of|de|/)\\s*\\d+)?"
			+ "|-\\s*\\d+\\s*-|\\d+\\s*/\\s*\\d+)$");
	private static final Pattern AGREEMENT_VERB = Pattern.compile("(acord|acuerd|agree|decid|decisi|resol|resuel|deliber"
			+ "|encaminh|comprom)");
	private static final Pattern STOP_HEADING = Pattern.compile("^(?:anexos?|annex(?:es)?|firmas?|signatures?"
			+ "|assinaturas?|lista\\s+de\\s+participantes|participantes|participants|attendees|asistentes|present(?:es)?"
			+ "|cierre|closing|clausura|encerramento|temas\\s+abordados|discusion|discussion|desarrollo|agenda"
			+ "|orden\\s+del\\s+dia|pauta|antecedentes|background|introduccion|introduction|apertura|opening|abertura"
			+ "|informes|reports|next\\s+meeting|proxima\\s+reunion|proxima\\s+reuniao|otros\\s+asuntos"
			+ "|any\\s+other\\s+business|other\\s+business|assuntos\\s+gerais|outros\\s+assuntos|varios|observaciones"
			+ "|notes|relato|summary\\s+of\\s+discussion|puntos\\s+tratados|evaluation|evaluacion|avaliacao"
			+ "|next\\s+call|considerando|whereas)\\b");
	private static final Pattern CLOSING_LINE = Pattern.compile("^(?:firmad[oa]|signed|assinad[oa]|hecho\\s+en|dado\\s+en"
			+ "|done\\s+(?:at|in)|se\\s+levanta|siendo\\s+las|the\\s+meeting\\s+(?:was\\s+)?(?:closed|adjourned|ended)"
			+ "|sin\\s+mas|no\\s+habiendo|a\\s+reuniao\\s+(?:foi\\s+)?encerrada|nada\\s+mais|por\\s+la\\s+(?:crm|csm)\\s*$"
			+ "|for\\s+the\\s+(?:rcm|crm|sacm|csm)\\s*$|meeting\\s+adjourned"
			// the closing formulas of a resolution
			+ "|(?:comuniquese|publiquese|notifiquese|cumplase|comunique-se|publique-se)\\b)");
	private static final Pattern THEME_START = Pattern.compile("^(?:en\\s+relacion|con\\s+relacion|respecto|con\\s+respecto"
			+ "|regarding|with\\s+regard|concerning|in\\s+relation|em\\s+relacao|com\\s+relacao|relativ[oa]s?|sobre|tema"
			+ "|topic|theme|asunto|assunto|en\\s+materia|in\\s+the\\s+area|no\\s+ambito|en\\s+el\\s+ambito|on\\s+)");
	private static final Pattern INLINE_ITEM = Pattern.compile("(?<![\\p{L}\\d])\\(?(\\d{1,2}|[a-zA-Z])\\)\\s+"
			+ "|(?<![\\p{L}\\d.,])(\\d{1,2})\\.\\s+(?=\\p{Lu})");
	private static final Pattern FIELD_LINE = Pattern.compile("^[^:]{1,30}:\\s*\\S");

	private AgreementSegmenter() {
	}

	static List<Segment> segment(String text) {
		List<String> lines = unfoldInlineLists(closeUpWrappedLines(List.of(text.replace("\r\n", "\n")
			.replace('\r', '\n')
			.replace('\f', '\n')
			.replace('\u00A0', ' ')
			.split("\n", -1))));
		List<Segment> found = new Reader(lines, false).read();
		if (found.isEmpty()) {
			// No agreements section: minutes that record each decision in the account of its agenda item.
			found = inParagraphs(lines);
		}
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

	/**
	 * Text out of a PDF may put a blank line after every printed line, so that a blank line says nothing and
	 * sentences run on across it ("in Montevideo. The" / "" / "dates proposed ..."). Then single blank lines are
	 * dropped and only longer gaps are kept as paragraph breaks; text whose blank lines do end paragraphs is left as is.
	 */
	static List<String> closeUpWrappedLines(List<String> lines) {
		int text = 0;
		int followedByBlank = 0;
		int runOns = 0;
		for (int i = 0; i < lines.size(); i++) {
			if (lines.get(i).isBlank()) {
				continue;
			}
			text++;
			if (i + 1 < lines.size() && lines.get(i + 1).isBlank()) {
				followedByBlank++;
			}
			if (i + 2 < lines.size() && lines.get(i + 1).isBlank() && !lines.get(i + 2).isBlank()) {
				String line = lines.get(i).strip();
				String next = lines.get(i + 2).strip();
				if (line.matches(".*[\\p{L},]$") && Character.isLowerCase(next.charAt(0))) {
					runOns++;
				}
			}
		}
		if (runOns < 1 || followedByBlank < 0.8 * text) {
			return lines;
		}
		List<String> closed = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			boolean single = lines.get(i).isBlank() && i > 0 && i + 1 < lines.size() && !lines.get(i - 1).isBlank()
					&& !lines.get(i + 1).isBlank();
			boolean repeated = lines.get(i).isBlank() && !closed.isEmpty() && closed.get(closed.size() - 1).isBlank();
			if (!single && !repeated) {
				closed.add(lines.get(i).isBlank() ? "" : lines.get(i));
			}
		}
		return closed;
	}

	/** "Após debate, deliberou-se que a minuta será ...": the rest of the paragraph is the agreement. */
	private static List<Segment> inParagraphs(List<String> lines) {
		List<Segment> found = new ArrayList<>();
		StringBuilder paragraph = new StringBuilder();
		for (int i = 0; i <= lines.size(); i++) {
			String line = i < lines.size() ? lines.get(i).strip() : "";
			if (!line.isEmpty()) {
				paragraph.append(paragraph.length() > 0 ? " " : "").append(line);
				continue;
			}
			String text = paragraph.toString();
			Matcher m = DECIDED_IN_SENTENCE.matcher(TextFolding.fold(text));
			int from = -1;
			while (m.find()) {
				if (from >= 0) {
					found.add(new Segment("", null, text.substring(from, m.start()).strip()));
				}
				from = m.end();
			}
			if (from >= 0) {
				found.add(new Segment("", null, text.substring(from).strip()));
			}
			paragraph.setLength(0);
		}
		return found;
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
		Matcher box = CHECKBOX.matcher(rest);
		if (box.find() && box.end() < rest.length()) {
			rest = rest.substring(box.end());
			bullet = true;
		}
		rest = stripEmphasis(rest);
		String folded = TextFolding.fold(rest);
		Matcher m;
		if ((m = KEYWORD.matcher(folded)).find()) {
			return new Marker(MarkerType.KEYWORD, m.group(1), 1, content(rest, m.end()));
		}
		if ((m = ORDINAL.matcher(folded)).find()) {
			return new Marker(MarkerType.ORDINAL_WORD, String.valueOf(ordinalValue(m.group(1))), 1,
					content(rest, m.end()));
		}
		if ((m = NUMBERED.matcher(rest)).find()) {
			String label = m.group(1) != null ? m.group(1) : m.group(2);
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
	private static int ordinalValue(String word) {
		String joined = word.replaceAll("\\s+", "");
		Integer known = ORDINAL_NUMBERS.get(joined);
		if (known != null) {
			return known;
		}
		int tens = joined.startsWith("vigesimo") ? 20 : 10;
		return tens + ORDINAL_NUMBERS.get(joined.substring(tens == 20 ? 8 : 6));
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
		if (folded.length() <= 60 && AGREEMENTS_HEADING.matcher(folded).find() && !NAMED_AGREEMENT.matcher(folded).find()) {
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
		/** Opened by an agreement that stands in the discussion ("Agreed: ..."); the next heading closes it. */
		private boolean implicitSection;
		private boolean inAgenda;
		private @Nullable List<String> header;
		private int primaryIndent;
		private String lastNumber = "";
		private final boolean hardWrapped;

		Reader(List<String> lines, boolean wholeDocument) {
			this.lines = lines;
			this.hardWrapped = isHardWrapped(lines);
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
				String folded = TextFolding.fold(stripEmphasis(line.strip()));
				if (PAGE_LINE.matcher(folded.strip()).matches()) {
					continue; // a running footer inside an item must not split or lengthen it
				}
				boolean startsParagraph = paragraphStart;
				paragraphStart = false;
				Marker marker = marker(line);
				if (inAgenda) {
					if (marker != null) {
						continue; // the points of the agenda are no agreements, whatever they say
					}
					inAgenda = false;
				}
				if (!wholeDocument && marker == null && AGENDA_HEADING.matcher(folded.strip()).find()) {
					closeSection();
					inAgenda = true;
					continue;
				}
				if (!wholeDocument && startsParagraph && readInline(line)) {
					continue;
				}
				boolean tableLine = cells(line).size() >= 3; // "Acuerdo | Responsable | Plazo" heads columns, not a section
				if (!wholeDocument && !tableLine && ((marker == null || marker.type() != MarkerType.KEYWORD)
						&& isAgreementsHeading(line) || announcesDecisions(i, folded))) {
					closeSection();
					openSection(marker);
					continue;
				}
				if (!inSection && !wholeDocument && marker != null && marker.type() == MarkerType.KEYWORD
						&& SELF_NAMED.matcher(folded).find() && !isTitle(i, marker)) {
					openSection(null);
					implicitSection = true;
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
				if (marker != null && isTitle(i, marker)) {
					readTitle(marker.content());
					continue;
				}
				if (marker == null && startsParagraph && !tableLine && (isHeading(i, folded) || (!wholeDocument && isStopField(folded)))) {
					readTitle(line.strip());
					continue;
				}
				if (marker != null && marker.type() == MarkerType.LETTER && marker.label().equals("i") && primary == null) {
					Marker next = followingMarker(i);
					if (next != null && next.type() == MarkerType.ROMAN && next.label().equals("II")) {
						marker = new Marker(MarkerType.ROMAN, "I", 1, marker.content());
					}
				}
				Marker row = marker == null ? tableRow(line) : null;
				if (row != null) {
					marker = row;
				}
				if (marker != null && current != null && primary != null && indent(line) > primaryIndent + 1
						&& (family(marker.type()) != primary || marker.type() == MarkerType.BULLET)) {
					marker = null; // an indented sub-point of another kind belongs to the item above
				}
				boolean mayLead = !(wholeDocument && marker != null && marker.type() == MarkerType.BULLET);
				if (marker != null && mayLead && (primary == null || (family(marker.type()) == primary
						&& (marker.type() != MarkerType.NUMBER || marker.depth() <= primaryDepth)))) {
					if (primary == null) {
						primary = family(marker.type());
						primaryDepth = marker.depth();
						primaryIndent = indent(line);
					}
					closeItem();
					current = new StringBuilder(marker.content());
					currentNumber = marker.label();
					currentTheme = theme;
					sectionHasItems = true;
					continue;
				}
				if (marker == null && isTableHeader(line)) {
					continue;
				}
				if (current != null) {
					append(current, line.strip(), startsParagraph);
				}
				else if (!wholeDocument) {
					if (loose != null && !hardWrapped && startsSentence(line) && loose.toString().matches("(?s).*[.;]$")) {
						endLoose(); // one paragraph per line, as Word's extractor writes lists that lost their numbers
					}
					if (loose == null) {
						loose = new StringBuilder();
					}
					append(loose, line.strip(), false);
				}
			}
			closeSection();
			return segments;
		}

		/** "After discussion, the Steering Group:" followed by "(a) agreed that ...". */
		private boolean announcesDecisions(int index, String folded) {
			if (!folded.strip().endsWith(":")) {
				return false;
			}
			Marker next = nextMarker(index);
			return next != null && DECISION_VERB.matcher(TextFolding.fold(next.content())).find();
		}

		/** "Agreed: ..." opens an agreement of its own, which runs until the next heading. */
		private boolean readInline(String line) {
			String stripped = stripEmphasis(line.strip());
			Matcher m = INLINE_AGREEMENT.matcher(TextFolding.fold(stripped));
			if (!m.find()) {
				return false;
			}
			if (!implicitSection) {
				closeSection();
				openSection(null);
				implicitSection = true;
			}
			closeItem();
			current = new StringBuilder(stripped.substring(m.end()).strip());
			currentNumber = "";
			currentTheme = theme;
			sectionHasItems = true;
			return true;
		}

		/** A heading inside a section: the theme of the items that follow, or the end of the section. */
		private void readTitle(String title) {
			String folded = TextFolding.fold(stripEmphasis(title.strip()));
			boolean paragraphsOnly = !sectionHasItems && (!looseParagraphs.isEmpty() || loose != null);
			if (wholeDocument && STOP_HEADING.matcher(folded).find()) {
				closeItem();
				theme = null;
				return;
			}
			if (!wholeDocument && (STOP_HEADING.matcher(folded).find() || implicitSection || paragraphsOnly)) {
				closeSection();
				return;
			}
			closeItem();
			theme = title.replaceAll("[*_#:]+$", "").replaceAll("^[*_#\\s]+", "").strip();
		}

		/**
		 * A numbered line that names a topic rather than states an agreement: "1. Migrant children" over "1.1 ...",
		 * "Item 2: Draft declaration", "4. PRÓXIMA REUNIÓN". Titles are short and end without a full stop.
		 */
		private boolean isTitle(int index, Marker marker) {
			String content = marker.content().strip();
			if (content.isEmpty() || content.length() > 80 || content.matches(".*[.;,:]$")) {
				return false;
			}
			String folded = TextFolding.fold(content);
			String letters = content.replaceAll("[^\\p{L}]", "");
			if (letters.length() > 3 && letters.equals(letters.toUpperCase(java.util.Locale.ROOT))) {
				return true;
			}
			if (marker.type() == MarkerType.KEYWORD && AGENDA_POINT.matcher(TextFolding.fold(lines.get(index).strip()
					.replaceAll("^[*_#\\s]+", ""))).find()) {
				return true;
			}
			if (STOP_HEADING.matcher(folded).find() && content.split("\\s+").length <= 4) {
				return true;
			}
			Marker next = nextMarker(index);
			return next != null && next.type() == MarkerType.NUMBER && marker.type() == MarkerType.NUMBER
					&& next.depth() > marker.depth() && next.label().startsWith(marker.label() + ".");
		}

		/** The marker of the next item, past the lines that continue this one. */
		private @Nullable Marker followingMarker(int index) {
			for (int j = index + 1; j < lines.size() && j <= index + 12; j++) {
				Marker next = lines.get(j).isBlank() ? null : marker(lines.get(j));
				if (next != null) {
					return next;
				}
			}
			return null;
		}

		private @Nullable Marker nextMarker(int index) {
			for (int j = index + 1; j < lines.size(); j++) {
				if (!lines.get(j).isBlank()) {
					return marker(lines.get(j));
				}
			}
			return null;
		}

		/** "Próxima reunión: 3 de julio", "Next call: ...": the business after the agreements begins. */
		private boolean isStopField(String folded) {
			int colon = folded.indexOf(':');
			return colon > 0 && colon < 40 && STOP_HEADING.matcher(folded).lookingAt();
		}

		/**
		 * A row of a table rendered as text: "1 | Elaborar nota técnica | DEMIG | 31/07/2017", or under a header
		 * "Who | What | When", "| IOM | Share the dashboard | 14 November |". The agreement is the column that says what
		 * is to be done; the other columns follow as "Who: IOM", so that parties and deadlines are read as fields.
		 */
		private @Nullable Marker tableRow(String line) {
			List<String> cells = cells(line);
			boolean numbered = cells.size() >= 3 && cells.get(0).matches("\\d{1,3}[.)]?");
			if (!numbered && (header == null || cells.size() != header.size())) {
				return null;
			}
			int what = numbered ? 1 : descriptionColumn(cells);
			StringBuilder content = new StringBuilder(cells.get(what));
			for (int c = numbered ? 1 : 0; c < cells.size(); c++) {
				if (c == what || cells.get(c).isEmpty()) {
					continue;
				}
				String name = header != null && c < header.size() ? header.get(c) : "";
				content.append(content.toString().matches(".*[.;:]$") ? " " : ". ");
				content.append(name.isEmpty() ? "" : name + ": ").append(cells.get(c));
			}
			return new Marker(MarkerType.NUMBER, numbered ? cells.get(0).replaceAll("\\D", "") : "", 1, content.toString());
		}

		/** The column headed "What", "Acción", "Ação", "Acuerdo"..., or else the longest cell. */
		private int descriptionColumn(List<String> cells) {
			List<String> names = header == null ? List.of() : header;
			for (int c = 0; c < names.size(); c++) {
				if (DESCRIPTION_COLUMN.matcher(TextFolding.fold(names.get(c))).find()) {
					return c;
				}
			}
			int longest = 0;
			for (int c = 1; c < cells.size(); c++) {
				longest = cells.get(c).length() > cells.get(longest).length() ? c : longest;
			}
			return longest;
		}

		/** The header of such a table names the columns ("Responsável", "Prazo") that tell who and when. */
		private boolean isTableHeader(String line) {
			List<String> cells = cells(line);
			if (cells.size() < 3 || cells.stream().anyMatch(c -> c.matches(".*\\d.*") && !c.matches("n[º°o.]*"))) {
				return false;
			}
			header = cells;
			return true;
		}

		private static boolean startsSentence(String line) {
			String s = line.strip();
			return !s.isEmpty() && Character.isUpperCase(s.charAt(0));
		}

		/** Lines broken inside sentences ("así" / "como la ST"), as PDF text is: line ends are no paragraph ends. */
		private static boolean isHardWrapped(List<String> lines) {
			int breaks = 0;
			for (int i = 0; i + 1 < lines.size(); i++) {
				String line = lines.get(i).strip();
				String next = lines.get(i + 1).strip();
				if (!line.isEmpty() && !next.isEmpty() && line.matches(".*[\\p{L},]$") && Character.isLowerCase(next.charAt(0))) {
					breaks++;
				}
			}
			return breaks >= 2;
		}

		private static int indent(String line) {
			int n = 0;
			while (n < line.length() && (line.charAt(n) == ' ' || line.charAt(n) == '\t')) {
				n++;
			}
			return n;
		}

		private static List<String> cells(String line) {
			// Pipes in text tables; tabs in the rows of a DOCX table as Word's extractor writes them.
			String separator = line.chars().filter(c -> c == '|').count() >= 2 ? "\\|"
					: line.strip().chars().filter(c -> c == '\t').count() >= 2 ? "\t+" : null;
			if (separator == null) {
				return List.of();
			}
			List<String> cells = new ArrayList<>();
			for (String cell : line.strip().replaceAll("^\\|", "").replaceAll("\\|$", "").split(separator)) {
				cells.add(cell.strip());
			}
			return cells;
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
			// A word or three alone on a line ("Evaluation", "Next steps") is a heading even with text right below.
			return next >= lines.size() || lines.get(next).isBlank() || marker(lines.get(next)) != null
					|| stripped.split("\\s+").length <= 3;
		}

		private void append(StringBuilder target, String line, boolean newParagraph) {
			int length = target.length();
			if (length > 1 && target.charAt(length - 1) == '-' && Character.isLetter(target.charAt(length - 2))
					&& !line.isEmpty() && Character.isLowerCase(line.charAt(0))) {
				// A word hyphenated at the end of a PDF line: "15 de ju-" + "lio" is "15 de julio".
				target.setLength(length - 1);
				target.append(line);
				return;
			}
			if (target.length() > 0) {
				char last = target.charAt(target.length() - 1);
				boolean sentenceEnded = last == '.' || last == ':' || last == ';';
				target.append(newParagraph && sentenceEnded ? "\n" : " ");
			}
			target.append(line);
		}

		/**
		 * Under "3. Acuerdos", a "4." is the next point of the agenda, while "3.1" or "1." are agreements; but after
		 * agreements "1." and "2." under "2. Agreements", a "3." goes on with the agreements.
		 */
		private boolean isNextAgendaPoint(Marker marker) {
			Marker heading = headingMarker;
			if (heading == null || marker.type() != heading.type() || marker.depth() > heading.depth()) {
				return false;
			}
			if (sectionHasItems && marker.label().equals(nextItemNumber()) && !marker.content().isEmpty()
					&& (marker.content().matches(".*[.;:]$") || marker.content().length() > 50)) {
				return false;
			}
			try {
				return Integer.parseInt(marker.label()) == Integer.parseInt(heading.label()) + 1;
			}
			catch (NumberFormatException ex) {
				return marker.label().compareTo(heading.label()) > 0;
			}
		}

		private String nextItemNumber() {
			try {
				return String.valueOf(Integer.parseInt(current != null ? currentNumber : lastNumber) + 1);
			}
			catch (NumberFormatException ex) {
				return "";
			}
		}

		private void openSection(@Nullable Marker heading) {
			inSection = true;
			primary = null;
			primaryDepth = 1;
			headingMarker = heading;
			theme = null;
			sectionHasItems = false;
			implicitSection = false;
			header = null;
			looseParagraphs.clear();
			loose = null;
		}

		private void closeItem() {
			if (current != null && !current.toString().isBlank()) {
				segments.add(new Segment(currentNumber, currentTheme, current.toString().strip()));
				lastNumber = currentNumber;
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
					if (MEETING_NARRATIVE.matcher(TextFolding.fold(paragraph)).find()) {
						continue;
					}
					segments.add(new Segment("", theme, paragraph));
				}
			}
			looseParagraphs.clear();
			inSection = false;
			implicitSection = false;
		}
	}
}
