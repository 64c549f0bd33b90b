package org.puente.minutes;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Minutes written in a light markup other than Markdown, rewritten as the Markdown the structure reader understands,
 * every character at its offset (so that the items' spans hold in the text read): AsciiDoc ({@code == Acuerdos},
 * {@code . item}), reStructuredText (a title underlined with {@code ====} or {@code ----}), org-mode ({@code * Heading},
 * {@code ** TODO Send the draft}), and a web page's HTML lists indented in text that is not Markdown.
 */
final class LightMarkup {

	private static final Pattern ASCIIDOC_HEADING = Pattern.compile("(?m)^(={1,6}) (?=\\S)");

	/** AsciiDoc list markers: "* ", "** ", ". ", ".. " (a dash in Markdown; nesting is not kept). */
	private static final Pattern ASCIIDOC_LIST = Pattern.compile("(?m)^(\\*{2,5}|\\.{1,5}) (?=\\S)");

	/** AsciiDoc block delimiters and attribute lines: "----", "====", "[source]", ":toc:". */
	private static final Pattern ASCIIDOC_FRAME = Pattern.compile("(?m)^(?:(?:-{4,}|={4,}|\\*{4,}|_{4,}|\\+{4,}|/{4,})"
			+ "|\\[[\\w.#,=\" -]*\\]|:[\\w-]+:.*)[ \\t]*$");

	private static final Pattern RST_ADORNMENT = Pattern.compile("([=\\-~^\"'`*+#:.])\\1{2,}[ \\t]*");

	/** A directive or comment of reStructuredText (".. include:: links.inc", "..") and the lines indented under it. */
	private static final Pattern RST_COMMENT = Pattern.compile("(?m)^\\.\\.(?:[ \\t].*)?(?:\\n(?:[ \\t]+\\S.*|[ \\t]*)(?=\\n))*");

	/** Org-mode: its keywords ("#+TITLE:"), or a task heading beside a subheading ("* Notes", "** TODO Send it"). */
	private static final Pattern ORG = Pattern.compile("(?m)^#\\+(?i:title|author|date|startup|options):");

	private static final Pattern ORG_TASK = Pattern.compile("(?m)^\\*+ (?:TODO|DONE) \\S");

	private static final Pattern ORG_SUBHEADING = Pattern.compile("(?m)^\\*{2,} \\S");

	private static final Pattern ORG_HEADING = Pattern.compile("(?m)^(\\*+) (?:(TODO|DONE) )?(?=\\S)");

	private static final Pattern MARKDOWN_LIST = Pattern.compile("(?m)^(?:[-*+]|\\d{1,2}[.)]|\\|)\\s+\\S");

	private static final Pattern ATX = Pattern.compile("(?m)^#{1,6}\\s+\\S");

	/** A list or a table in HTML, which commonmark reads as an HTML block when its tag opens the line. */
	private static final Pattern HTML_LIST = Pattern.compile("(?im)^[ \\t]*<(?:ol|ul|table)\\b");

	private static final Pattern HTML_TAG = Pattern.compile("</?([a-zA-Z][a-zA-Z0-9]*)\\b[^<>\\n]{0,300}?/?>");

	private static final Pattern BLOCK_TAG = Pattern.compile("br|p|div|li|ol|ul|h[1-6]|tr|table|article|section|blockquote");

	/** An HTML entity (its name or number in group 1); {@link MarkdownSource} reads it in items' words too. */
	static final Pattern ENTITY = Pattern.compile("&(nbsp|amp|lt|gt|quot|apos|#\\d{1,5});");

	private static final Pattern BLANKS = Pattern.compile("[ \\t\\x{00A0}]{2,}");

	private LightMarkup() {
	}

	/** The text as Markdown when it is AsciiDoc, reStructuredText, org-mode or HTML in plain text; else as it is. */
	static String read(String text) {
		if (ASCIIDOC_HEADING.matcher(text).results().filter(m -> m.group(1).length() >= 2).count() >= 2) {
			return asciiDoc(text);
		}
		if (ORG.matcher(text).find() || ORG_TASK.matcher(text).find() && ORG_SUBHEADING.matcher(text).find()) {
			return org(text);
		}
		if (ATX.matcher(text).find()) {
			return text;
		}
		String rst = restructured(text);
		String read = MARKDOWN_LIST.matcher(rst).find() ? rst : html(rst);
		return MarkdownSource.looksLikeMarkdown(read) ? read : plainHtml(read);
	}

	private static String asciiDoc(String text) {
		StringBuilder out = new StringBuilder(text);
		ASCIIDOC_FRAME.matcher(text).results().forEach(m -> blank(out, m.start(), m.end()));
		ASCIIDOC_HEADING.matcher(text).results().forEach(m -> out.replace(m.start(), m.end(1), "#".repeat(m.group(1).length())));
		ASCIIDOC_LIST.matcher(text).results().forEach(m -> out.replace(m.start(), m.end(1), " ".repeat(m.group(1).length() - 1) + "-"));
		return out.toString();
	}

	private static String org(String text) {
		StringBuilder out = new StringBuilder(text);
		Matcher m = ORG_HEADING.matcher(text);
		while (m.find()) {
			String task = m.group(2) == null ? null : m.group(2).equals("DONE") ? "- [x] " : "- [ ] ";
			String head = task == null ? "#".repeat(m.group(1).length()) + " " : task;
			out.replace(m.start(), m.end(), head + " ".repeat(m.end() - m.start() - head.length()));
		}
		return out.toString();
	}

	/**
	 * Titles underlined (and perhaps overlined) with one punctuation character, as "#" headings whose level is the
	 * order in which each style first appears; the comments and directives blanked. Only when two titles or more.
	 */
	private static String restructured(String text) {
		StringBuilder out = new StringBuilder(text);
		Map<String, Integer> levels = new HashMap<>();
		String[] lines = text.split("\n", -1);
		int titles = 0;
		int at = 0;
		for (int i = 0; i + 1 < lines.length; at += lines[i].length() + 1, i++) {
			String title = lines[i].strip();
			Matcher under = RST_ADORNMENT.matcher(lines[i + 1]);
			if (title.isEmpty() || title.length() > 120 || !under.matches() || lines[i + 1].strip().length() < title.length()
					|| RST_ADORNMENT.matcher(lines[i]).matches() || lines[i].startsWith(" ") || lines[i].startsWith("\t")) {
				continue;
			}
			boolean over = i > 0 && lines[i - 1].strip().equals(lines[i + 1].strip());
			int level = levels.computeIfAbsent(under.group(1) + over, k -> Math.min(6, levels.size() + 1));
			String heading = "#".repeat(level) + " " + title + "\n";
			int length = lines[i].length() + 1 + lines[i + 1].length();
			if (heading.length() <= length) {
				out.replace(at, at + length, heading + " ".repeat(length - heading.length()));
				if (over) {
					blank(out, at - lines[i - 1].length() - 1, at - 1);
				}
				titles++;
			}
		}
		if (titles < 2) {
			return text;
		}
		RST_COMMENT.matcher(text).results().forEach(m -> blank(out, m.start(), m.end()));
		return out.toString();
	}

	/**
	 * HTML in text that is not Markdown (a web page's list, its lines indented): each line's indentation moved to its
	 * end, so that the tags open their lines and commonmark reads them as HTML blocks ({@link HtmlBlocks}), not code.
	 */
	private static String html(String text) {
		if (!HTML_LIST.matcher(text).find()) {
			return text;
		}
		StringBuilder out = new StringBuilder(text.length() + 1);
		for (String line : text.split("\n", -1)) {
			String stripped = line.replaceFirst("^[ \\t]+", "");
			out.append(stripped).append(" ".repeat(line.length() - stripped.length())).append('\n');
		}
		return out.substring(0, text.length());
	}

	/**
	 * The HTML left in plain text (a header in {@code <div>}s, "Slides 9&nbsp;: …"): a line break or a block's tag ends
	 * its line, any other tag is blank, an entity is its character.
	 */
	static String plainHtml(String text) {
		if (text.indexOf('<') < 0 && text.indexOf('&') < 0) {
			return text; // no tag nor entity: most minutes, read on every reading (bench/extraction)
		}
		StringBuilder out = new StringBuilder(text);
		HTML_TAG.matcher(text).results().forEach(m -> {
			boolean breaks = BLOCK_TAG.matcher(m.group(1).toLowerCase(java.util.Locale.ROOT)).matches();
			out.replace(m.start(), m.end(), " ".repeat(m.end() - m.start() - (breaks ? 1 : 0)) + (breaks ? "\n" : ""));
		});
		ENTITY.matcher(text).results().forEach(m -> out.replace(m.start(), m.end(), entity(m.group(1)) + " ".repeat(m.end() - m.start() - 1)));
		return out.toString();
	}

	/** A candidate read in rewritten markup, its words without the blanks the markup left ("Slides 9      : …"). */
	static Candidate tidy(Candidate candidate) {
		Segment s = candidate.segment();
		String words = BLANKS.matcher(s.text()).replaceAll(" ");
		return words.equals(s.text()) ? candidate
				: new Candidate(new Segment(s.number(), s.theme(), words, s.owners(), s.due()), candidate.span(), candidate.confidence());
	}

	/** The character of an HTML entity ({@code &amp;} is "&", {@code &#39;} an apostrophe). */
	static String entity(String name) {
		return switch (name) {
			case "nbsp" -> " ";
			case "amp" -> "&";
			case "lt" -> "<";
			case "gt" -> ">";
			case "quot" -> "\"";
			case "apos" -> "'";
			default -> {
				int code = Integer.parseInt(name.substring(1));
				yield code < 0x10000 && !Character.isSurrogate((char) code) ? String.valueOf((char) code) : " ";
			}
		};
	}

	private static void blank(StringBuilder out, int from, int to) {
		for (int i = Math.max(0, from); i < Math.min(to, out.length()); i++) {
			if (out.charAt(i) != '\n') {
				out.setCharAt(i, ' ');
			}
		}
	}
}
