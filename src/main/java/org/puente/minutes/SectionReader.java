package org.puente.minutes;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

import org.jspecify.annotations.Nullable;
import org.puente.i18n.TextFolding;
import org.puente.minutes.Markers.Marker;
import org.puente.minutes.Markers.MarkerType;

import static org.puente.minutes.Cues.*;

/** Walks the lines once, opening a section at each agreements heading and closing it at a stop heading. */
final class SectionReader {

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
	private final LooseParagraphs loose = new LooseParagraphs();
	private boolean sectionHasItems;
	/** Opened by an agreement that stands in the discussion ("Agreed: ..."); the next heading closes it. */
	private boolean implicitSection;
	private final AgendaLines agenda = new AgendaLines();
	/** The section opened by a lead-in that is the decision itself, its points part of it. */
	private boolean leadIn;
	private int primaryIndent;
	private String lastNumber = "";
	private final boolean hardWrapped;
	private final LineShapes shapes;
	private final TextTables tables = new TextTables();

	SectionReader(List<String> lines, boolean wholeDocument) {
		this.shapes = new LineShapes(lines);
		this.lines = lines;
		this.hardWrapped = LineShapes.isHardWrapped(lines);
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
			String folded = TextFolding.fold(Markers.stripEmphasis(line.strip()));
			if (PAGE_LINE.matcher(folded.strip()).matches()) {
				continue; // a running footer inside an item must not split or lengthen it
			}
			boolean startsParagraph = paragraphStart;
			paragraphStart = false;
			Marker marker = Markers.marker(line);
			if (agenda.holds(line, marker)) {
				continue; // the points of the agenda are no agreements, whatever they say
			}
			boolean calendar = shapes.announcesDatedLines(i, folded); // "ficou acordado a seguinte agenda:" over "15/07- …"
			if (!calendar && agenda.opens(folded, marker)) {
				closeSection();
				if (wholeDocument) {
					openSection(null); // the whole document is read on after its agenda
				}
				continue;
			}
			boolean ownerLine = (!inSection || implicitSection) && !SectionCues.colonOwners(line).isEmpty();
			if (!wholeDocument && !calendar && (startsParagraph || ownerLine || NUMBERED_ACTION.matcher(folded).find()) && readInline(line)) {
				continue;
			}
			boolean tableLine = shapes.cells(line).size() >= 3; // "Acuerdo | Responsable | Plazo" heads columns, not a section
			if (!wholeDocument && !tableLine && ((marker == null || marker.type() != MarkerType.KEYWORD)
					&& isAgreementsHeading(line) || shapes.announcesDecisions(i, folded))) {
				closeSection();
				openSection(marker);
				leadItsPoints(i, line);
				continue;
			}
			if (!inSection && !wholeDocument && marker != null && marker.type() == MarkerType.KEYWORD
					&& SELF_NAMED.matcher(folded).find() && !shapes.isTitle(i, marker)) {
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
			if (marker != null && (headingMarker != null && isNextAgendaPoint(marker)
					|| implicitSection && shapes.isAgendaPoint(marker))) {
				closeSection(); // the next numbered point of the agenda, after its decision ("DECISIÓN: En cuenta.")
				continue;
			}
			if (marker != null && shapes.isTitle(i, marker)) {
				readTitle(marker.content());
				continue;
			}
			if (marker == null && startsParagraph && !tableLine
					&& (shapes.isHeading(i, folded) || (!wholeDocument && shapes.isStopField(folded)))) {
				readTitle(line.strip());
				continue;
			}
			if (marker == null && leadItsPoints(i, line)) {
				continue;
			}
			if (marker != null && marker.type() == MarkerType.LETTER && marker.label().equals("i") && primary == null) {
				Marker next = shapes.followingMarker(i);
				if (next != null && next.type() == MarkerType.ROMAN && next.label().equals("II")) {
					marker = new Marker(MarkerType.ROMAN, "I", 1, marker.content());
				}
			}
			marker = marker == null && shapes.inDatedRun(i) ? new Marker(MarkerType.BULLET, "", 1, line.strip()) : marker;
			marker = leadIn && marker != null && !ItemDetails.ownAction(marker.content()) ? null : marker;
			Marker row = marker == null ? tables.tableRow(line) : null;
			if (row != null) {
				marker = row;
			}
			if (marker != null && current != null && primary != null && shapes.indent(line) > primaryIndent + 1
					&& (Markers.family(marker.type()) != primary || marker.type() == MarkerType.BULLET)) {
				marker = null; // an indented sub-point of another kind belongs to the item above
			}
			boolean mayLead = !(wholeDocument && marker != null && marker.type() == MarkerType.BULLET);
			if (marker != null && mayLead && (primary == null || (Markers.family(marker.type()) == primary
					&& (marker.type() != MarkerType.NUMBER || marker.depth() <= primaryDepth)))) {
				if (primary == null) {
					primary = Markers.family(marker.type());
					primaryDepth = marker.depth();
					primaryIndent = shapes.indent(line);
				}
				closeItem();
				current = new StringBuilder(marker.content());
				currentNumber = marker.label();
				currentTheme = theme;
				sectionHasItems = true;
				continue;
			}
			if (marker == null && tables.isTableHeader(line)) {
				continue;
			}
			if (startsParagraph && marker == null && shapes.followsDatedRun(i)) {
				closeItem(); // the paragraph after a calendar is none of its lines
			}
			if (current != null) {
				LineShapes.append(current, line.strip(), startsParagraph);
			}
			else if (!wholeDocument) {
				if (!hardWrapped && shapes.startsSentence(line) && loose.endsSentence()) {
					endLoose(); // one paragraph per line, as Word's extractor writes lists that lost their numbers
				}
				loose.append(line);
			}
		}
		closeSection();
		return segments;
	}

	/** "Agreed: ..." opens an agreement of its own, which runs until the next heading. */
	private boolean readInline(String line) {
		String stripped = Markers.stripEmphasis(line.strip());
		Matcher m = INLINE_AGREEMENT.matcher(TextFolding.fold(stripped));
		boolean agreed = m.find();
		if (!agreed && SectionCues.colonOwners(stripped).isEmpty()) {
			return false;
		}
		if (!implicitSection) {
			closeSection();
			openSection(null);
			implicitSection = true;
		}
		closeItem();
		// the item is the line as written, its cue kept ("Agreed: X", "Fica acordado que X": the corpus rules), as the
		// Markdown reader keeps it; "Ana: enviar X" keeps who acts with what she is to do
		current = new StringBuilder(stripped);
		currentNumber = "";
		currentTheme = theme;
		sectionHasItems = true;
		return true;
	}

	/** "… submete os seguintes documentos:" over "a) Projeto de …": the lead-in is the item, its points part of it. */
	private boolean leadItsPoints(int index, String line) {
		if (!shapes.leadsItsPoints(index)) {
			return false;
		}
		closeItem();
		current = new StringBuilder(line.strip());
		currentNumber = "";
		currentTheme = theme;
		sectionHasItems = leadIn = true;
		return true;
	}

	/** A heading inside a section: the theme of the items that follow, or the end of the section. */
	private void readTitle(String title) {
		String folded = TextFolding.fold(Markers.stripEmphasis(title.strip()));
		boolean paragraphsOnly = !sectionHasItems && loose.any();
		if (wholeDocument && STOP_HEADING.matcher(folded).find()) {
			closeItem();
			theme = null;
			return;
		}
		if (!wholeDocument && (STOP_HEADING.matcher(folded).find() || implicitSection || paragraphsOnly
				|| SectionCues.previous(title))) {
			closeSection();
			return;
		}
		closeItem();
		theme = title.replaceAll("[*_#:]+$", "").replaceAll("^[*_#\\s]+", "").strip();
	}

	/** The next point of the agenda after the section's heading ({@link AgendaLines#nextPoint}). */
	private boolean isNextAgendaPoint(Marker marker) {
		return AgendaLines.nextPoint(marker, headingMarker, current != null ? currentNumber : lastNumber, sectionHasItems);
	}

	private void openSection(@Nullable Marker heading) {
		inSection = true;
		primary = null;
		primaryDepth = 1;
		headingMarker = heading;
		theme = null;
		sectionHasItems = false;
		implicitSection = false;
		leadIn = false;
		tables.reset();
		loose.clear();
	}

	private void closeItem() {
		if (current != null && !current.toString().isBlank() && !Procedural.notedOnly(current.toString())) {
			segments.add(new Segment(currentNumber, currentTheme, current.toString().strip()));
			lastNumber = currentNumber;
		}
		current = null;
	}

	private void endLoose() {
		loose.end(!sectionHasItems);
	}

	private void closeSection() {
		closeItem();
		endLoose();
		if (inSection && !sectionHasItems && !wholeDocument) {
			segments.addAll(loose.items(theme)); // an agreements heading followed by plain paragraphs
		}
		loose.clear();
		inSection = false;
		implicitSection = false;
	}
}
