package org.puente.minutes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.puente.minutes.dates.TemporalMention;
import org.puente.minutes.dates.TemporalTagger;

/**
 * A day of the month written alone ("pour le 26", "hasta el día 20", "by the 20th"), which the tagger places in the
 * meeting's month or the next, takes the month of the one date of that day the minutes wrote out before it ("##
 * Réunion du 26 janvier … Création des documents pour le 26": 26 January), flagged {@code date.month-from-text}.
 * Two such dates (the 20th of two months) leave the tagger's reading.
 */
final class MonthFromText {

	private static final TemporalTagger TAGGER = new TemporalTagger();

	private static final String GUESSED = "date.month-guessed";

	private MonthFromText() {
	}

	static List<MinutesItem> apply(String source, List<MinutesItem> items, LocalDate meeting, String lang) {
		if (items.stream().flatMap(i -> i.dates().stream()).noneMatch(d -> GUESSED.equals(d.warning()))) {
			return items;
		}
		List<TemporalMention> written = TAGGER.tag(source, meeting, lang).stream()
			.filter(m -> m.first().equals(m.last()) && !m.ambiguous() && !m.first().isBefore(meeting)).toList();
		List<MinutesItem> out = new ArrayList<>();
		for (MinutesItem item : items) {
			int before = item.span().located() ? item.span().start() : source.length();
			List<ItemDate> dates = item.dates().stream().map(d -> resolve(d, written, before)).toList();
			out.add(dates.equals(item.dates()) ? item : new MinutesItem(item.number(), item.theme(), item.text(),
					item.span(), item.responsible(), item.mentioned(), dates, item.confidence()));
		}
		return out;
	}

	private static ItemDate resolve(ItemDate date, List<TemporalMention> written, int before) {
		if (!GUESSED.equals(date.warning())) {
			return date;
		}
		List<LocalDate> same = written.stream().filter(m -> m.start() < before)
			.map(TemporalMention::first).filter(d -> d.getDayOfMonth() == date.start().getDayOfMonth()).distinct()
			.toList();
		if (same.size() != 1 || same.get(0).equals(date.start())) {
			return date;
		}
		return new ItemDate(date.expression(), same.get(0), same.get(0), date.precision(), date.kind(),
				"date.month-from-text");
	}
}
