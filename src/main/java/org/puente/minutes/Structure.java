package org.puente.minutes;

import java.util.List;

/**
 * Picks the reader for the text's structure: Markdown by its parser, anything else (text out of txt, docx, odt, pdf)
 * by its plain-text layout. Markdown in which the parser finds nothing is read by its layout too. The candidates are
 * then weighed by {@link Scoring}; plain text adds every sentence of its paragraphs ({@link Prose}).
 */
final class Structure {

	private Structure() {
	}

	/**
	 * The structure read once: every candidate the readers propose, weighed by the scoring, in order. With
	 * {@code suggestions} every sentence of prose is proposed and weighed too (about half a reading more), so that the
	 * same list gives the kept items ({@link #items(List)}) and the ones not kept to suggest ({@link Suggestions});
	 * without, only the sentences the scoring may keep.
	 */
	static List<Scoring.Weighed> weighed(ReadingContext reading, boolean suggestions) {
		boolean every = suggestions || Scoring.keepsProse();
		return Scoring.weigh(reading, candidates(reading, every), every);
	}

	/**
	 * The text the scoring locates the candidates in and reads their context from: the minutes with the HTML they carry
	 * blanked, every character at its offset (a block's tag or a {@code <br>} ends its line), so that an item read out of
	 * "{@code <p><strong>Action 1:</strong> Copy …</p>}" is found where it stands and each HTML paragraph is a line of
	 * its own, as a person reading the page sees it. The spans hold in the text as given.
	 */
	static String scored(String text) {
		return LightMarkup.plainHtml(text);
	}

	/** The items a reading keeps of its weighed candidates: the kept ones, field lines merged, restatements dropped. */
	static List<Candidate> items(List<Scoring.Weighed> weighed) {
		return Restatements.dropped(FieldLines.merged(Scoring.kept(weighed)));
	}

	/**
	 * The candidates of the readers but the minutes' header lines ("**Local:** Discord"), their frame ("… a tenu sa
	 * session", "Rien à signaler") and the preambular clauses of a resolution ("Having examined document …,"); then,
	 * when the scoring weighs prose, every unit of the text they leave ({@link Units}: a line the readers took for the
	 * header, "Secretary: James", is weighed as one). Light markup is read as Markdown ({@link LightMarkup}).
	 */
	static List<Candidate> candidates(ReadingContext reading, boolean prose) {
		String text = reading.text();
		String read = LightMarkup.read(text);
		List<Candidate> found = readers(read, prose, reading).stream().map(c -> read.equals(text) ? c : LightMarkup.tidy(c))
			.map(c -> ItemStarts.started(c, text, reading))
			.filter(Structure::proposes).toList();
		return prose ? Units.added(text, found) : found;
	}

	/** Whether a reader's candidate is proposed: not a header line, a frame, a preambular clause, a label alone, hedged or wordless. */
	static boolean proposes(Candidate c) {
		String text = c.segment().text();
		return !FieldLabels.headerLine(text) && !Procedural.frame(text) && !Procedural.preamble(text) && !labelAlone(text)
				&& !Hedges.hedged(c) && !wordless(text);
	}

	/**
	 * A short label ending in a colon that states nothing itself ("Carlos Caetano para:", "Principais
	 * funcionalidades:"): it names what follows, whose points are the items; "Kriti will own:" states a task and stays.
	 */
	static boolean labelAlone(String text) {
		String stripped = Narrative.EMPHASIS_MARKS.matcher(text).replaceAll("").strip();
		return stripped.endsWith(":") && SectionCues.labelOnly(stripped) && !Narrative.states(stripped);
	}

	/**
	 * An item with no word in it, only bullets, dashes or a number left by a PDF's layout ("●", "● ●", "3-", "…"), or
	 * only a link ("https://www.example.org", "<https://…>"): it names nothing decided nor to do.
	 */
	static boolean wordless(String text) {
		return !WORD.matcher(LINK.matcher(text).replaceAll(" ")).find();
	}

	private static final java.util.regex.Pattern WORD = java.util.regex.Pattern.compile("\\p{L}{2}");

	private static final java.util.regex.Pattern LINK = java.util.regex.Pattern.compile("(?:https?://|www\\.)\\S+");

	/** The readers' candidates, then the decisions their body tells that none of them starts at ({@link BodyDecisions}). */
	private static List<Candidate> readers(String text, boolean prose, ReadingContext reading) {
		return BodyDecisions.added(text, layout(text, prose, reading));
	}

	private static List<Candidate> layout(String markup, boolean prose, ReadingContext reading) {
		String text = markup;
		if (MarkdownSource.looksLikeMarkdown(markup)) {
			List<Candidate> found = MarkdownStructure.items(markup, prose, reading);
			if (found.stream().anyMatch(c -> Scoring.model(c).isEmpty())) { // more than sentences of prose
				return found;
			}
			// read by its layout: the HTML its lines carry ("<p><strong>Action 1:</strong> …</p>") blanked, as in plain text
			text = LightMarkup.plainHtml(markup);
		}
		List<Candidate> items = Segmenter.segment(text, reading).stream().map(Candidate::of).toList();
		List<Candidate> all = new java.util.ArrayList<>(items);
		all.addAll(ActionLists.plain(text, items, reading));
		all.addAll(LabelledLines.plain(text, List.copyOf(all)));
		all.addAll(Prose.told(text, List.copyOf(all), reading));
		if (prose) {
			all.addAll(Prose.sentences(text, List.copyOf(all), reading));
		}
		return text.equals(markup) ? all : all.stream().map(LightMarkup::tidy).toList();
	}
}
