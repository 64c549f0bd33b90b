package org.puente.minutes;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The headings around the block being read, innermost last, each with its kind ({@link SectionCues}): the innermost
 * heading that is not neutral decides whether a block may hold decisions.
 */
final class MarkdownSections {

	/** The level of a line that only names a section ("**Decisions:**"): below every heading. */
	static final int LABEL = 7;

	/** A topic overrides the sections around it, even when neutral: "Résolution 3 – Présentation des projets". */
	private record Section(int level, SectionCues.Kind kind, boolean agenda, boolean topic) {
	}

	private final Deque<Section> open = new ArrayDeque<>();

	/** "Agenda 1: Final documentation tasks", "Punto 3. Acuerdos": a point of the agenda by its number. */
	private static final Pattern AGENDA_POINT = Pattern.compile(
			"^(?:agenda(?:\\s+item)?|item|punto|ponto|point|pauta|tema)\\s*(?:n[o.]*\\s*)?\\d+[a-z]?\\s*[:.)\\-–—]\\s*(.*)$");

	/**
	 * "Résolution 3 - Présentation des projets", "Resolución 2", "2ème résolution : règlement": a heading that numbers one
	 * resolution names the point it is about, not a list of decisions; every line below it is not one.
	 */
	private static final String RESOLUTION = "(?:resolution|resolucion|resolucao|decision|decisao|deliberation"
			+ "|deliberacao|motion|mocion|mocao)";
	private static final Pattern NUMBERED_RESOLUTION = Pattern.compile("^(?:" + RESOLUTION + "\\s*(?:n[o.º°]*\\s*)?"
			+ "(?:\\d+|[ivxl]+)(?:[./-]\\d+)*|(?:\\d{1,2}\\s*(?:e|er|ere|eme|re|o|a|º|ª|st|nd|rd|th)?\\.?|premiere"
			+ "|deuxieme|troisieme|quatrieme|cinquieme|sixieme|septieme|huitieme|neuvieme|dixieme|primera|segunda|tercera"
			+ "|cuarta|quinta|sexta|septima|octava|novena|decima|primeira|terceira|quarta|first|second|third|fourth"
			+ "|fifth|sixth|seventh|eighth|ninth|tenth)\\s+" + RESOLUTION + ")\\s*(?:[:.)\\-–—]\\s*(.*))?$");

	/**
	 * Opens a section at a heading of the level, closing those at its level or below. A numbered resolution or point of
	 * the agenda ("### Agenda Item #3: Equipment" under "## Agenda") is a topic: its kind holds even when neutral.
	 */
	void open(int level, String title) {
		String folded = SectionCues.fold(title);
		boolean resolution = NUMBERED_RESOLUTION.matcher(folded).matches();
		open(level, resolution ? resolutionKind(title) : kind(title), SectionCues.agenda(title),
				resolution || AGENDA_POINT.matcher(folded).matches());
	}

	/** A numbered resolution holds decisions only when its title opens with a decisions word ("Résolution 2 – Actions"). */
	private static SectionCues.Kind resolutionKind(String title) {
		Matcher m = NUMBERED_RESOLUTION.matcher(SectionCues.fold(title));
		String subject = m.matches() && m.group(1) != null ? m.group(1).strip() : "";
		return subject.isEmpty() ? SectionCues.Kind.NEUTRAL : opening(subject.split("\\s+"), SectionCues.heading(subject));
	}

	/**
	 * The kind of a heading. A numbered point of the agenda names the subject discussed ("Agenda 1: Final
	 * documentation tasks" is about tasks, not a list of them): it holds decisions only when its title opens with a
	 * decisions word ("Punto 3. Acuerdos adoptados").
	 */
	static SectionCues.Kind kind(String title) {
		SectionCues.Kind kind = SectionCues.heading(title);
		Matcher point = AGENDA_POINT.matcher(SectionCues.fold(title));
		if (kind != SectionCues.Kind.DECISIONS || !point.matches()) {
			return kind;
		}
		return opening(point.group(1).split("\\s+"), kind);
	}

	/** The kind of a point's title by its first word or two: "Acuerdos adoptados", "Next steps", not "Documentation tasks". */
	private static SectionCues.Kind opening(String[] words, SectionCues.Kind kind) {
		boolean first = SectionCues.heading(words[0]) == SectionCues.Kind.DECISIONS;
		boolean firstTwo = words.length > 1 && SectionCues.heading(words[0] + " " + words[1]) == SectionCues.Kind.DECISIONS
				&& SectionCues.heading(words[1]) != SectionCues.Kind.DECISIONS; // "Next steps", not "Documentation tasks"
		return first || firstTwo ? kind : SectionCues.Kind.NEUTRAL;
	}

	void open(int level, SectionCues.Kind kind, boolean agenda) {
		open(level, kind, agenda, false);
	}

	private void open(int level, SectionCues.Kind kind, boolean agenda, boolean topic) {
		while (!open.isEmpty() && open.peekLast().level() >= level) {
			open.removeLast();
		}
		open.addLast(new Section(level, kind, agenda, topic));
	}

	/** The same sections as another reading (an HTML block read inside the Markdown, or the Markdown after it). */
	void copy(MarkdownSections other) {
		open.clear();
		open.addAll(other.open);
	}

	SectionCues.Kind kind() {
		SectionCues.Kind kind = SectionCues.Kind.NEUTRAL;
		for (Section section : open) {
			kind = section.kind() != SectionCues.Kind.NEUTRAL || section.topic() ? section.kind() : kind;
		}
		return kind;
	}

	/**
	 * Whether a list of actions ({@link ActionLists}) is read here: outside the decisions and never sections, or under
	 * the agenda after a point's title or notes (a list right under the agenda's heading is its list of topics).
	 */
	boolean actionsMayStand(boolean afterPoint) {
		SectionCues.Kind kind = kind();
		return kind == SectionCues.Kind.NEUTRAL || kind == SectionCues.Kind.NEVER && underAgenda() && afterPoint;
	}

	/** Whether the section that decides the kind is the agenda (not attendance, nor a review of the last meeting). */
	boolean underAgenda() {
		boolean agenda = false;
		for (Section section : open) {
			agenda = section.kind() != SectionCues.Kind.NEUTRAL || section.topic() ? section.agenda() : agenda;
		}
		return agenda;
	}
}
