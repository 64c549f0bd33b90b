package org.puente.minutes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.puente.directory.Gazetteer;
import org.puente.i18n.TextFolding;
import org.puente.minutes.dates.TemporalMention;
import org.puente.minutes.dates.TemporalTagger;

/** Reads who must act and by when in the words of one item. */
final class ItemReader {

	private static final TemporalTagger TAGGER = new TemporalTagger();

	private final Gazetteer gazetteer;
	private final LocalDate meetingDate;
	private final String language;
	private final Locale locale;

	ItemReader(Gazetteer gazetteer, LocalDate meetingDate, String language) {
		this.gazetteer = gazetteer;
		this.meetingDate = meetingDate;
		this.language = language;
		this.locale = Locale.forLanguageTag(language);
	}

	MinutesItem read(Segment segment, TextSpan span, double confidence) {
		PartyClassifier.Parties parties = PartyClassifier.classify(segment.text(), gazetteer);
		List<String> responsibleIds = new ArrayList<>(parties.responsible());
		List<String> mentionedIds = new ArrayList<>(parties.mentioned());
		List<String> unknownOwners = new ArrayList<>();
		// the responsible column names who acts: a directory actor there is responsible, not merely mentioned
		List<String> owners = segment.owners().isEmpty() ? SectionCues.colonOwners(segment.text()) : segment.owners();
		owners = owners.isEmpty() ? ActionOwners.owners(segment) : owners;
		for (String owner : owners) {
			List<String> ids = gazetteer.find(owner).stream().flatMap(m -> m.entityIds().stream()).distinct().toList();
			if (ids.isEmpty()) {
				unknownOwners.add(owner);
			}
			ids.stream().filter(id -> !responsibleIds.contains(id)).forEach(responsibleIds::add);
			mentionedIds.removeAll(ids);
		}
		List<ItemParty> responsible = new ArrayList<>(parties(responsibleIds));
		responsible.addAll(unknownOwners.stream().filter(o -> responsible.stream().noneMatch(r -> r.label().equals(o)))
			.map(o -> new ItemParty("text:" + o, o)).toList());
		List<ItemParty> mentioned = parties(mentionedIds);
		for (String name : PersonNames.acting(segment.text())) {
			if (!known(name, responsible) && !known(name, mentioned)) {
				responsible.add(new ItemParty("text:" + name, name));
			}
		}
		List<String> due = segment.due().isEmpty() ? ActionOwners.dueCell(segment.text()) : segment.due();
		List<ItemDate> dates = new ArrayList<>(dates(segment.text(), due));
		ContextDates.fromHeading(segment.theme(), segment.text(), dates, meetingDate, language).ifPresent(dates::add);
		return new MinutesItem(segment.number(), segment.theme(), segment.text(), span, responsible,
				mentioned, dates, confidence);
	}

	/** A name the directory or a task table already gave, as the same party or a part of it. */
	private static boolean known(String name, List<ItemParty> parties) {
		String folded = TextFolding.fold(name);
		return parties.stream().map(p -> TextFolding.fold(p.label()))
			.anyMatch(label -> label.contains(folded) || folded.contains(label));
	}

	/** The item's dates: its deadline cells, then its words' dates (see {@link TemporalTagger#tagItem}). */
	List<ItemDate> dates(String text, List<String> dueCells) {
		return TAGGER.tagItem(text, dueCells, meetingDate, language).stream().map(ItemReader::date).toList();
	}

	List<ItemDate> dates(String text) {
		return dates(text, List.of());
	}

	static ItemDate date(TemporalMention m) {
		ItemDate.Kind kind = m.kind() == TemporalMention.Kind.EVENT ? ItemDate.Kind.EVENT : ItemDate.Kind.DEADLINE;
		return new ItemDate(m.text().replaceAll("\\s+", " ").strip(), m.first(), m.last(), m.precision(), kind,
				m.warningKey());
	}

	List<ItemParty> parties(List<String> ids) {
		return ids.stream().map(id -> new ItemParty(id, gazetteer.label(id, locale))).toList();
	}
}
