package org.puente.minutes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The minutes' text read once for all its candidates' context features (docs/minutes-reading.md, "Scoring"): for each
 * line, the nearest heading above it and its kind, and the list it belongs to (how many items, whether a paragraph of
 * discussion stands right before it); for the document, whether the structure's readers found items of their own (a
 * document with a decisions section tells its decisions there, one without tells them in its prose) and whether it is
 * Markdown. Shapes that minutes share in any language, not cues of one document.
 */
final class ScoringContext {

	/** The structure's items from which a document counts as structured (its decisions read from its sections). */
	static final int STRUCTURED = 3;

	/** The longest list that still counts as a short list (a handful of outcomes after a discussion). */
	static final int SHORT_LIST = 7;

	record Heading(SectionCues.Kind kind, boolean near) {

		static final Heading UNKNOWN = new Heading(SectionCues.Kind.NEUTRAL, false);
	}

	/*
	 * The expressions of the lines' reading, compiled once: String.matches, replaceAll and split compiled them again for
	 * every line and every candidate (seen in the profile of 4 December).
	 */
	private static final Pattern HASHES = Pattern.compile("^#+\\s*");

	private static final Pattern LINE_OPENING = Pattern.compile("^(?:[-*+•>#|\\s]|\\d{1,2}[.)]|\\[[ xX]?])+");

	private static final Pattern ROMAN = Pattern.compile("^[IVX]{1,4}[.)\\-–].*");

	private static final Pattern BOLD = Pattern.compile("^[*_]{2}[^*_]+[*_]{2}:?$");

	private static final Pattern STOP_END = Pattern.compile(".*[.;,]$");

	private static final Pattern SPACES = Pattern.compile("\\s+");

	private final String source;

	private final int[] lineStarts;

	private final List<Heading> headings;

	private final ListRun[] lists;

	private final boolean structured;

	private final boolean markdown;

	/** Each line's section: the line of the nearest heading above it, -1 before the first heading. */
	private final int[] sections;

	/** Whether a heading of the document announces decisions or actions ({@link SectionCues.Kind#DECISIONS}). */
	private final boolean decisionsHeading;

	private final long items;

	/** The reading whose text this is: {@link Narrative}'s answers for the candidates' words are kept there. */
	private final ReadingContext reading;

	private ScoringContext(String source, int[] lineStarts, List<Heading> headings, ListRun[] lists, long items,
			int[] sections, boolean decisionsHeading, ReadingContext reading) {
		this.source = source;
		this.reading = reading;
		this.lineStarts = lineStarts;
		this.headings = headings;
		this.lists = lists;
		this.structured = items >= STRUCTURED;
		this.items = items;
		this.markdown = MarkdownSource.looksLikeMarkdown(source);
		this.sections = sections;
		this.decisionsHeading = decisionsHeading;
	}

	/** The items' neighbours ({@link ScoringNeighbours}): none until read with the candidates' spans. */
	private ScoringNeighbours neighbours = ScoringNeighbours.EMPTY;

	/** Each candidate's words, read once for its features and its neighbours' ({@link ScoringFeatures.Words}). */
	private final Map<Candidate, ScoringFeatures.Words> words = new IdentityHashMap<>();

	/**
	 * Reads the text's lines once, each candidate's words once, then what stands around each of the structure's items
	 * ({@link ScoringNeighbours}).
	 */
	static ScoringContext of(String source, List<Candidate> candidates, List<TextSpan> spans, ReadingContext reading) {
		ScoringContext context = of(source, candidates, reading);
		for (Candidate c : candidates) {
			if (Scoring.model(c).isEmpty()) { // the others' words are read when they are weighed ({@link #words})
				context.words.put(c, ScoringFeatures.words(c));
			}
		}
		context.neighbours = ScoringNeighbours.of(context, candidates, spans);
		return context;
	}

	/** The candidate's words: read once when it is one of the context's candidates (the same instance), else now. */
	ScoringFeatures.Words words(Candidate c) {
		ScoringFeatures.Words read = words.get(c);
		return read != null ? read : ScoringFeatures.words(c);
	}

	ScoringNeighbours neighbours() {
		return neighbours;
	}

	/** Reads the text's lines once; the candidates tell whether the structure's readers found items of their own. */
	static ScoringContext of(String source, List<Candidate> candidates, ReadingContext reading) {
		List<Integer> starts = new ArrayList<>();
		List<String> lines = new ArrayList<>();
		List<Heading> above = new ArrayList<>();
		SectionCues.Kind kind = SectionCues.Kind.NEUTRAL;
		boolean seen = false;
		int textLines = 0;
		boolean afterBlank = true;
		List<Boolean> headingLines = new ArrayList<>();
		List<Integer> indents = new ArrayList<>();
		List<Integer> sections = new ArrayList<>();
		int section = -1;
		boolean decisions = false;
		for (int start = 0; start <= source.length();) {
			int end = source.indexOf('\n', start);
			end = end < 0 ? source.length() : end;
			starts.add(start);
			above.add(seen ? new Heading(kind, textLines <= 2) : Heading.UNKNOWN);
			String line = source.substring(start, end).strip();
			lines.add(line);
			indents.add(indent(source, start, end));
			boolean heading = !line.isEmpty() && isHeading(line, afterBlank);
			headingLines.add(heading);
			if (heading) {
				kind = SectionCues.heading(HASHES.matcher(line).replaceAll(""));
				seen = true;
				textLines = 0;
				section = lines.size() - 1;
				decisions |= kind == SectionCues.Kind.DECISIONS;
			}
			else if (!line.isEmpty()) {
				textLines++;
			}
			sections.add(section);
			afterBlank = line.isEmpty();
			start = end + 1;
		}
		long items = candidates.stream().filter(c -> Scoring.model(c).isEmpty()).count();
		return new ScoringContext(source, starts.stream().mapToInt(Integer::intValue).toArray(), above,
				ListRun.of(lines, headingLines, indents.stream().mapToInt(Integer::intValue).toArray()), items, sections.stream().mapToInt(Integer::intValue).toArray(), decisions, reading);
	}

	/** A line's indentation: its leading spaces, a tab as four. */
	private static int indent(String source, int start, int end) {
		int width = 0;
		for (int i = start; i < end && (source.charAt(i) == ' ' || source.charAt(i) == '\t'); i++) {
			width += source.charAt(i) == '\t' ? 4 : 1;
		}
		return width;
	}

	String source() {
		return source;
	}

	ReadingContext reading() {
		return reading;
	}

	boolean structured() {
		return structured;
	}

	boolean markdown() {
		return markdown;
	}

	boolean decisionsHeading() {
		return decisionsHeading;
	}

	/** The line of the offset's section heading (-1 before the first heading): the candidates under one heading share it. */
	int section(int offset) {
		return sections[line(offset)];
	}

	/** How many lines stand between the offset's line and its section's heading (its line number before any heading). */
	int linesBelowHeading(int offset) {
		int line = line(offset);
		return line - Math.max(sections[line], 0);
	}

	/** How many items the structure's readers found of their own (sentences of prose and units not counted). */
	long items() {
		return items;
	}

	Heading above(int offset) {
		return headings.get(line(offset));
	}

	ListRun list(int offset) {
		return lists[line(offset)];
	}

	/** Whether the offset opens its line's content (after a marker or a bullet): a whole item, not a later sentence. */
	boolean opensLine(int offset) {
		String before = source.substring(lineStarts[line(offset)], Math.min(offset, source.length()));
		return LINE_OPENING.matcher(before.strip()).replaceAll("").isBlank();
	}

	/** The span of a line (0-based), without its line break ({@code lineStarts.length} lines: {@link #lines}). */
	TextSpan lineSpan(int line) {
		int end = line + 1 < lineStarts.length ? lineStarts[line + 1] - 1 : source.length();
		return new TextSpan(lineStarts[line], Math.max(lineStarts[line], end));
	}

	/** The list of a line (0-based). */
	ListRun listOfLine(int line) {
		return lists[line];
	}

	int lines() {
		return lineStarts.length;
	}

	/** The offset's line (0-based): its list's {@link ListRun#first} is the first item's. */
	int line(int offset) {
		int line = Arrays.binarySearch(lineStarts, offset);
		return line >= 0 ? line : Math.max(0, -line - 2);
	}

	/**
	 * A heading: a Markdown heading, a bold line, a short line in capitals, or a short line alone in its paragraph
	 * without a final stop; near when no more than two lines of text stand between it and the candidate.
	 */
	private static boolean isHeading(String line, boolean afterBlank) {
		if (line.startsWith("#")) {
			return true;
		}
		if (line.length() > 90 || Markers.marker(line) != null && !ROMAN.matcher(line).matches()) {
			return false;
		}
		boolean capitals = line.chars().filter(Character::isLetter).count() >= 4
				&& line.chars().filter(Character::isLowerCase).count() == 0;
		return capitals || BOLD.matcher(line).matches() || afterBlank && !STOP_END.matcher(line).matches()
				&& SPACES.split(line).length <= 6;
	}
}
