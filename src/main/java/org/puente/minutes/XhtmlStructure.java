package org.puente.minutes;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import org.puente.documents.ReadText;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The structure of a DOCX or ODT file, from Tika's XHTML, written as the Markdown the structure reader understands:
 * headings as {@code #} lines, list items with their numbers (or a dash), tables of two rows and two columns or more
 * as pipe tables under their first row, a paragraph that is bold throughout as {@code **bold**}, blank lines between
 * blocks. What plain text loses (a task table flattened into one cell a line, an ODT list without its numbers) is kept.
 * A leading private-use Symbol bullet (U+F0B7…) becomes a dash. The XHTML is walked by the documents' hardened
 * parser, already bounded by their write limit; the Markdown is no larger than a few characters per element.
 */
final class XhtmlStructure extends DefaultHandler {

	/** A bullet at the start of a paragraph: any the plain-text reader counts (see {@link Markers#BULLET}). */
	private static final Pattern LEADING_BULLET = Pattern.compile("^(?:[•◦▪●·‣⁃►➢✓❖➤■□\\uF000-\\uF0FF]|[-*](?=\\s))\\s*");

	private static final Pattern BLANKS = Pattern.compile("[ \\t\\x{00A0}]+");

	private final StringBuilder out = new StringBuilder();

	/** The text of the block being read: a paragraph, a heading, a list item. */
	private final StringBuilder block = new StringBuilder();

	/** Open lists, innermost last: whether ordered, and the items seen so far. */
	private final Deque<int[]> lists = new ArrayDeque<>();

	private final List<List<String>> rows = new ArrayList<>();

	private List<String> row = new ArrayList<>();

	private final StringBuilder cell = new StringBuilder();

	private int tables;

	private int inCell;

	private int heading;

	private int skipped;

	private int bold;

	/** Whether the file has a heading, a list or a table: what its plain text would lose. */
	private boolean structured;

	private int boldLetters;

	private int letters;

	private XhtmlStructure() {
	}

	/**
	 * The Markdown of a read file's structure; empty when it has none (plain text, or paragraphs only: their text is
	 * read as it always was, line by line).
	 */
	static String markdown(ReadText read) {
		return markdown(read::walkXhtml, false);
	}

	/**
	 * The Markdown of the elements a walk sends to the handler (a file's XHTML, an HTML block of Markdown minutes);
	 * empty when they hold no structure, unless their paragraphs are wanted too.
	 */
	static String markdown(Consumer<ContentHandler> walk, boolean paragraphsToo) {
		XhtmlStructure structure = new XhtmlStructure();
		walk.accept(structure);
		structure.flushParagraph();
		boolean wanted = structure.structured || paragraphsToo;
		return wanted ? structure.out.toString().replaceAll("\\n{3,}", "\n\n").strip() : "";
	}

	@Override
	public void startElement(String uri, String localName, String qName, Attributes attributes) {
		String name = localName.isEmpty() ? qName : localName;
		switch (name) {
			case "head", "script", "style", "title" -> skipped++;
			case "h1", "h2", "h3", "h4", "h5", "h6" -> {
				if (inCell == 0) {
					flushParagraph();
					heading = name.charAt(1) - '0';
					structured = true;
				}
			}
			case "p", "div" -> {
				if (inCell > 0) {
					cell.append('\n');
				}
				else if (lists.isEmpty() && heading == 0) {
					flushParagraph();
				}
				else {
					block.append(' ');
				}
			}
			case "br" -> (inCell > 0 ? cell : block).append(inCell == 0 && !lists.isEmpty() ? " " : "\n");
			case "b", "strong" -> bold++;
			case "ol", "ul" -> {
				if (tables == 0) {
					if (lists.isEmpty()) {
						flushParagraph();
					}
					else {
						flushItem();
					}
					lists.addLast(new int[] { name.equals("ol") ? 1 : 0, 0 });
					structured = true;
				}
			}
			case "li" -> {
				if (tables == 0 && !lists.isEmpty()) {
					flushItem();
					lists.peekLast()[1]++;
				}
				else if (inCell > 0) {
					cell.append('\n');
				}
			}
			case "table" -> {
				if (tables++ == 0) {
					flushParagraph();
					flushItem();
					rows.clear();
				}
			}
			case "tr" -> {
				if (tables == 1) {
					row = new ArrayList<>();
				}
			}
			case "td", "th" -> {
				if (tables == 1 && inCell++ == 0) {
					cell.setLength(0);
				}
			}
			default -> {
			}
		}
	}

	@Override
	public void endElement(String uri, String localName, String qName) {
		String name = localName.isEmpty() ? qName : localName;
		switch (name) {
			case "head", "script", "style", "title" -> skipped--;
			case "h1", "h2", "h3", "h4", "h5", "h6" -> {
				if (inCell == 0 && heading > 0) {
					String title = oneLine(block);
					if (!title.isEmpty()) {
						out.append("#".repeat(heading)).append(' ').append(title).append("\n\n");
					}
					block.setLength(0);
					heading = 0;
					resetBold();
				}
			}
			case "p", "div" -> {
				if (inCell == 0 && lists.isEmpty() && heading == 0) {
					flushParagraph();
				}
			}
			case "b", "strong" -> bold = Math.max(0, bold - 1);
			case "li" -> {
				if (tables == 0) {
					flushItem();
				}
			}
			case "ol", "ul" -> {
				if (tables == 0 && !lists.isEmpty()) {
					flushItem();
					lists.removeLast();
					if (lists.isEmpty()) {
						out.append('\n');
					}
				}
			}
			case "td", "th" -> {
				if (tables == 1 && --inCell == 0) {
					row.add(XhtmlTables.cell(cell).replace("|", "\\|"));
				}
			}
			case "tr" -> {
				if (tables == 1 && row.stream().anyMatch(c -> !c.isEmpty())) {
					rows.add(row);
				}
			}
			case "table" -> {
				if (--tables == 0) {
					table();
				}
			}
			default -> {
			}
		}
	}

	@Override
	public void characters(char[] ch, int start, int length) {
		if (skipped > 0) {
			return;
		}
		if (inCell > 0) {
			cell.append(ch, start, length);
			return;
		}
		block.append(ch, start, length);
		for (int i = start; i < start + length; i++) {
			if (Character.isLetter(ch[i])) {
				letters++;
				boldLetters += bold > 0 ? 1 : 0;
			}
		}
	}

	@Override
	public void ignorableWhitespace(char[] ch, int start, int length) {
		// the layout of the XHTML itself, not of the minutes
	}

	/** The paragraph read so far, its lines kept (a PDF's lines, a line break), as a block of its own. */
	private void flushParagraph() {
		List<String> lines = block.toString().lines().map(l -> BLANKS.matcher(l).replaceAll(" ").strip())
			.filter(l -> !l.isEmpty()).toList();
		if (!lines.isEmpty()) {
			String text = String.join("\n", lines);
			String bullet = LEADING_BULLET.matcher(text).replaceFirst("- ");
			boolean allBold = letters > 0 && boldLetters == letters && lines.size() == 1 && text.length() <= 90;
			out.append(allBold && bullet.equals(text) ? "**" + text + "**" : bullet).append("\n\n");
		}
		block.setLength(0);
		resetBold();
	}

	/** The list item read so far, as one line under its list's number or dash, indented by its depth. */
	private void flushItem() {
		if (lists.isEmpty()) {
			return;
		}
		String text = oneLine(block);
		block.setLength(0);
		resetBold();
		if (text.isEmpty()) {
			return;
		}
		int[] list = lists.peekLast();
		String stripped = LEADING_BULLET.matcher(text).replaceFirst("");
		boolean numbered = Markers.marker(text) != null && stripped.equals(text);
		String marker = numbered ? "" : list[0] == 1 ? Math.max(1, list[1]) + ". " : "- ";
		out.append("   ".repeat(lists.size() - 1)).append(marker).append(stripped).append('\n');
	}

	/** The table's rows as Markdown ({@link XhtmlTables}). */
	private void table() {
		structured |= XhtmlTables.structured(rows);
		out.append(XhtmlTables.markdown(rows));
		rows.clear();
	}

	private void resetBold() {
		letters = 0;
		boldLetters = 0;
	}

	private static String oneLine(CharSequence text) {
		return BLANKS.matcher(text.toString().replaceAll("\\s+", " ")).replaceAll(" ").strip();
	}
}
