package org.puente.minutes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import org.puente.i18n.TextFolding;
import org.puente.minutes.dates.NextMeeting;
import org.puente.minutes.dates.TemporalMention;
import org.puente.minutes.dates.TemporalTagger;

/**
 * The dates an item takes from the minutes around it, when its own words do not give them whole: the limit its
 * heading sets ("## Tareas para el 14/03"), the deadline written on the line after it ("Prazo: 06/08/2024", a sibling
 * bullet "**Deadline**: Friday"), and the month of a day written alone ("pour le 26") from the date written out
 * before it ("Réunion du 26 janvier").
 */
final class ContextDates {

	private static final TemporalTagger TAGGER = new TemporalTagger();

	private static final NextMeeting NEXT_MEETING = new NextMeeting(TAGGER);

	/** A deadline label, then a colon or an arrow, then the date: "Prazo: 06/08/2024", "**Deadline** -> 25/04". */
	private static final Pattern LABEL = Pattern.compile("^[\\s\\-*+•>]*[*_]{0,2}(?:deadline|due(?: date)?|prazo|plazo"
			+ "|fecha(?: limite| de entrega)?|data(?: limite| de entrega)?|date limite|echeance|entrega|vencimiento"
			+ "|vencimento|when|quando|cuando|quand)[*_]{0,2}\\s*(?::|->|=>|→)\\s*[*_]{0,2}(.{1,40}?)[*_.\\s]*$");

	/** Between two items of one record of fields: only blanks and list markers ("\n  - "). */
	private static final Pattern ADJACENT = Pattern.compile("[ \\t]*\\r?\\n?[ \\t]*(?:[-*+•]|\\d{1,2}[.)])?[ \\t]*");

	private ContextDates() {
	}

	/** The deadline the item's heading sets, when the item has none of its own. */
	static Optional<ItemDate> fromHeading(@Nullable String theme, String text, List<ItemDate> own, LocalDate meeting,
			String lang) {
		if (theme == null || theme.isBlank() || own.stream().anyMatch(d -> d.kind() == ItemDate.Kind.DEADLINE)) {
			return Optional.empty();
		}
		boolean tasks = SectionCues.heading(theme) == SectionCues.Kind.DECISIONS;
		return TAGGER.headingDeadline(theme, tasks, text, meeting, lang).map(ItemReader::date);
	}

	/**
	 * The items with the dates the text around them gives: a line or an item that is only a deadline label and its
	 * date gives it to the item (or the record of adjacent items) right above, and is no item itself; a day read
	 * without its month takes the month of the one date of that day written before it.
	 */
	static List<MinutesItem> attach(String source, List<MinutesItem> items, LocalDate meeting, String lang) {
		List<MinutesItem> out = new ArrayList<>(items);
		for (int i = out.size() - 1; i >= 0; i--) {
			Optional<ItemDate> label = labelDate(out.get(i).text(), meeting, lang);
			int first = label.isPresent() ? recordStart(source, out, i) : i;
			if (first < i) {
				for (int j = first; j < i; j++) {
					out.set(j, withDeadline(out.get(j), label.get()));
				}
				out.remove(i);
			}
		}
		for (int i = 0; i < out.size(); i++) {
			MinutesItem item = out.get(i);
			int next = i + 1 < out.size() && out.get(i + 1).span().located() ? out.get(i + 1).span().start() : -1;
			Optional<ItemDate> after = item.span().located() ? lineAfter(source, item.span().end(), next, meeting, lang)
					: Optional.empty();
			if (after.isPresent()) {
				out.set(i, withDeadline(item, after.get()));
			}
		}
		return MonthFromText.apply(source, nextMeeting(source, out, meeting, lang), meeting, lang);
	}

	/**
	 * An item with no date of its own that refers to the next meeting ("para la próxima reunión", "d'ici la prochaine
	 * réunion") takes the day the minutes state for it: the first statement after the item, else the last before.
	 */
	private static List<MinutesItem> nextMeeting(String source, List<MinutesItem> items, LocalDate meeting, String lang) {
		if (items.stream().allMatch(i -> !i.dates().isEmpty())) {
			return items;
		}
		List<NextMeeting.Stated> stated = NEXT_MEETING.stated(source, meeting, lang);
		if (stated.isEmpty()) {
			return items;
		}
		List<MinutesItem> out = new ArrayList<>(items);
		for (int i = 0; i < out.size(); i++) {
			MinutesItem item = out.get(i);
			if (!item.dates().isEmpty()) {
				continue;
			}
			int at = item.span().located() ? item.span().start() : 0;
			LocalDate day = stated.stream().filter(s -> s.offset() >= at).findFirst()
				.orElse(stated.get(stated.size() - 1)).day();
			Optional<ItemDate> date = NEXT_MEETING.referredTo(item.text(), day, lang).map(ItemReader::date);
			if (date.isPresent()) {
				out.set(i, new MinutesItem(item.number(), item.theme(), item.text(), item.span(), item.responsible(),
						item.mentioned(), List.of(date.get()), item.confidence()));
			}
		}
		return out;
	}

	/** The date of a text that is only a deadline label and its date ("**Prazo**: 06/08/2024"). */
	private static Optional<ItemDate> labelDate(String text, LocalDate meeting, String lang) {
		if (text.length() > 80 || text.contains("\n\n")) {
			return Optional.empty();
		}
		String line = text.strip();
		String folded = TextFolding.fold(line);
		var m = LABEL.matcher(folded);
		if (!m.matches()) {
			return Optional.empty();
		}
		String value = folded.length() == line.length() ? line.substring(m.start(1), m.end(1)) : m.group(1);
		return TAGGER.tagCell(value, meeting, lang).map(d -> ItemReader.date(d.withKind(TemporalMention.Kind.DEADLINE)));
	}

	/** The first of the items right above item i that stand next to one another with nothing but list markers between. */
	private static int recordStart(String source, List<MinutesItem> items, int i) {
		int first = i;
		while (first > 0 && first > i - 4 && adjacent(source, items.get(first - 1), items.get(first))) {
			first--;
		}
		return first;
	}

	private static boolean adjacent(String source, MinutesItem above, MinutesItem below) {
		TextSpan a = above.span();
		TextSpan b = below.span();
		return a.located() && b.located() && a.end() <= b.start()
				&& ADJACENT.matcher(source.substring(a.end(), b.start())).matches();
	}

	/** A deadline label on the line right after the item, in no item: "Realizar X.\nPrazo: 06/08/2024". */
	private static Optional<ItemDate> lineAfter(String source, int end, int nextItem, LocalDate meeting, String lang) {
		int lineStart = source.indexOf('\n', end);
		if (lineStart < 0 || !source.substring(end, lineStart).isBlank()) {
			return Optional.empty();
		}
		int lineEnd = source.indexOf('\n', lineStart + 1);
		lineEnd = lineEnd < 0 ? source.length() : lineEnd;
		if (nextItem >= 0 && nextItem < lineEnd) {
			return Optional.empty();
		}
		return labelDate(source.substring(lineStart + 1, lineEnd), meeting, lang);
	}

	private static MinutesItem withDeadline(MinutesItem item, ItemDate date) {
		boolean has = item.dates().stream().anyMatch(d -> d.kind() == ItemDate.Kind.DEADLINE);
		if (has) {
			return item;
		}
		List<ItemDate> dates = new ArrayList<>(item.dates());
		dates.add(0, date);
		return new MinutesItem(item.number(), item.theme(), item.text(), item.span(), item.responsible(),
				item.mentioned(), dates, item.confidence());
	}
}
