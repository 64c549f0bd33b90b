package org.puente.minutes.dates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.puente.i18n.DatePrecision;
import org.puente.i18n.TextFolding;
import org.puente.minutes.dates.TemporalMention.Kind;

/**
 * "Para la próxima reunión", "d'ici la prochaine réunion", "até a próxima reunião", "by the next meeting": a date only
 * when the minutes say when that meeting is ("Próxima reunión: 2 de abril", "La prochaine réunion aura lieu le 26
 * mars", "Next meeting: Wednesday 26 March"); otherwise no date (the corpus rule). Read on folded text, so offsets are
 * the original's.
 */
public final class NextMeeting {

	/** The next meeting named, in each language: "próxima reunión", "reunião seguinte", "next board meeting". */
	private static final Map<String, Pattern> PHRASE = Map.of(
			"es", phrase("(?:proxima|siguiente)\\s+(?:\\p{L}+\\s+)?(?:reunion|sesion|asamblea|junta|llamada)"
					+ "|(?:reunion|sesion|asamblea|junta)\\s+(?:siguiente|proxima)"),
			"pt", phrase("(?:proxima|seguinte)\\s+(?:\\p{L}+\\s+)?(?:reuniao|sessao|assembleia|call|chamada)"
					+ "|(?:reuniao|sessao|assembleia)\\s+(?:seguinte|proxima)"),
			"fr", phrase("(?:prochaine|suivante)\\s+(?:\\p{L}+\\s+)?(?:reunion|seance|assemblee|rencontre|session|visio)"
					+ "|(?:reunion|seance|assemblee|rencontre|session)\\s+(?:prochaine|suivante)"),
			"en", phrase("(?:next|following)\\s+(?:[\\p{L}-]+\\s+){0,2}(?:meeting|call|session|sync)"));

	/** Words right before the phrase that make it a limit: "para la", "d'ici la", "até a", "by the". */
	private static final Map<String, Pattern> LIMIT = Map.of(
			"es", before("para|hasta|antes de|a mas tardar(?: para| en)?", "la|el"),
			"pt", before("ate|antes d[ao]|para|no maximo ate", "a|o"),
			"fr", before("d'ici|pour|avant|jusqu'a|au plus tard (?:pour|a)", "la|le|l'"),
			"en", before("by|before|until|till|for|prior to|ahead of|no later than", "the"));

	/** Words right before the phrase that place something at that meeting: "en la", "na", "à la", "at the". */
	private static final Map<String, Pattern> AT = Map.of(
			"es", before("en|durante|a", "la|el"),
			"pt", before("na|no|em|durante|a", "a|o"),
			"fr", before("a|lors de|au cours de|des|pendant", "la|le|l'"),
			"en", before("at|in|during|on", "the"));

	/** Between the phrase and the date it states: no limit word, no sentence ending. */
	private static final Pattern NOT_STATING = Pattern.compile(
			"(?<![\\p{L}])(?:by|before|until|hasta|antes|para|ate|d'ici|avant|pour)(?![\\p{L}])|\\.\\s+\\p{L}");

	/** How far after the phrase the date it states may stand ("Next meeting: … Wednesday 26 March"). */
	private static final int REACH = 70;

	private final TemporalTagger tagger;

	public NextMeeting(TemporalTagger tagger) {
		this.tagger = tagger;
	}

	/** Where the minutes state the next meeting's day, and that day: at most one per phrase, after the meeting. */
	public record Stated(int offset, LocalDate day) {
	}

	/** Every next meeting the minutes give a day for, in order. */
	public List<Stated> stated(String source, LocalDate meeting, String lang) {
		Pattern phrase = PHRASE.get(lang);
		if (phrase == null) {
			return List.of();
		}
		String folded = TextFolding.fold(source);
		List<Stated> out = new ArrayList<>();
		Matcher m = phrase.matcher(folded);
		while (m.find()) {
			if (LIMIT.get(lang).matcher(folded).region(Math.max(0, m.start() - 30), m.start()).find()) {
				continue; // "by the next meeting": a reference to it, not a statement of its day
			}
			int end = Math.min(folded.length(), m.end() + REACH);
			for (TemporalMention date : tagger.tag(source.substring(m.end(), end), meeting, lang)) {
				String gap = folded.substring(m.end(), m.end() + date.start());
				if (date.first().isAfter(meeting) && date.first().equals(date.last())
						&& !NOT_STATING.matcher(gap).find()) {
					out.add(new Stated(m.start(), date.first()));
				}
				break;
			}
		}
		return out;
	}

	/**
	 * The next meeting an item refers to ("presentará el informe en la próxima reunión", "d'ici la prochaine réunion"),
	 * resolved to the day stated for it: a limit after "by", "para", "até", "d'ici"…, else (at that meeting) a deadline
	 * when the item sets someone a task and an event otherwise; flagged {@code date.next-meeting}.
	 */
	public Optional<TemporalMention> referredTo(String itemText, LocalDate day, String lang) {
		Pattern phrase = PHRASE.get(lang);
		if (phrase == null) {
			return Optional.empty();
		}
		String folded = TextFolding.fold(itemText);
		Matcher m = phrase.matcher(folded);
		while (m.find()) {
			int from = Math.max(0, m.start() - 30);
			Matcher limit = LIMIT.get(lang).matcher(folded).region(from, m.start());
			Matcher at = AT.get(lang).matcher(folded).region(from, m.start());
			boolean isLimit = limit.find();
			if (isLimit || at.find()) {
				int start = isLimit ? limit.start() : at.start();
				Kind kind = isLimit || TaskWords.setTask(itemText, lang) ? Kind.DEADLINE : Kind.EVENT;
				return Optional.of(new TemporalMention(start, m.end(), itemText.substring(start, m.end()), day, day,
						DatePrecision.DAY, kind, true, "date.next-meeting"));
			}
		}
		return Optional.empty();
	}

	private static Pattern phrase(String alternatives) {
		return Pattern.compile("(?<![\\p{L}])(?:" + alternatives + ")(?![\\p{L}])");
	}

	/** The words, then an article or not, then the end of the region. */
	private static Pattern before(String words, String articles) {
		return Pattern.compile("(?<![\\p{L}'])(?:" + words + ")\\s+(?:(?:" + articles + ")\\s*)?$");
	}
}
