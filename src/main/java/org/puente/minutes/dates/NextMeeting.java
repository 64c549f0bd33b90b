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

	/** Words that say the group meets again, standing for the next meeting: "nous nous retrouverons le 12 mai". */
	private static final Map<String, String> AGAIN = Map.of(
			"es", "volver(?:emos|an|a)? a reunir(?:se|nos)?|nos reuniremos|se reunira(?:n)? (?:nuevamente|de nuevo)",
			"pt", "voltar(?:emos|ao|a)? a (?:se )?reunir|reunir-se novamente|nos reuniremos|se reunira(?:o)? novamente",
			"fr", "nous nous (?:retrouverons|reunirons)|se (?:retrouvera|retrouveront|reunira|reuniront) (?:a nouveau|de nouveau)",
			"en", "meet again|(?:will |to )reconvene");

	/** The next meeting named, in each language: "próxima reunión", "reunião seguinte", "next board meeting". */
	private static final Map<String, Pattern> PHRASE = Map.of(
			"es", phrase("(?:proxim[ao]|siguiente)\\s+(?:\\p{L}+\\s+)?(?:reunion|sesion|asamblea|junta|llamada|encuentro|consejo|comite"
					+ "|pleno)|(?:reunion|sesion|asamblea|junta)\\s+(?:siguiente|proxima)|" + AGAIN.get("es")
					// the next ones listed, the first of them is the next: "Próximas reuniones: 16 de abril, 2 de julio"
					+ "|proxim[ao]s\\s+(?:reuniones|sesiones|asambleas)"),
			"pt", phrase("(?:proxim[ao]|seguinte)\\s+(?:\\p{L}+\\s+)?(?:reuniao|sessao|assembleia|call|chamada|encontro|conselho"
					+ "|comite|plenaria)|(?:reuniao|sessao|assembleia)\\s+(?:seguinte|proxima)|" + AGAIN.get("pt")
					+ "|proxim[ao]s\\s+(?:reunioes|sessoes|assembleias)"),
			"fr", phrase("(?:prochaine?|suivante)\\s+(?:\\p{L}+\\s+)?(?:reunion|seance|assemblee|rencontre|session|visio|bureau"
					+ "|ca|ag|conseil|comite|pleniere)|(?:reunion|seance|assemblee|rencontre|session)\\s+(?:prochaine|suivante)|"
					+ AGAIN.get("fr") + "|prochaine?s\\s+(?:reunions|seances|rencontres|sessions|plenieres)"),
			"en", phrase("(?:next|following)\\s+(?:[\\p{L}-]+\\s+){0,2}(?:meeting|call|session|sync|agm|plenary)|"
					+ AGAIN.get("en") + "|next\\s+(?:meetings|calls|sessions)"));

	/** Words right before the phrase that make it a limit: "para la", "d'ici la", "até a", "by the". */
	private static final Map<String, Pattern> LIMIT = Map.of(
			"es", before("para|hasta|antes de|a mas tardar(?: para| en)?", "la|el|esta|este"),
			"pt", before("ate|antes d[ao]|para|no maximo ate", "a|o|esta|este|essa|esse"),
			"fr", before("d'ici|pour|avant|jusqu'a|jusqu'au|au plus tard (?:pour|a|au)", "la|le|l'|cette|ce"),
			"en", before("by|before|until|till|for|prior to|ahead of|no later than", "the|this"));

	/** Words right before the phrase that place something at that meeting: "en la", "na", "à la", "at the". */
	private static final Map<String, Pattern> AT = Map.of(
			"es", before("en|durante|a", "la|el|esta|este"),
			"pt", before("na|no|em|durante|a", "a|o|esta|este|essa|esse"),
			"fr", before("a|au|lors d[eu]|au cours d[eu]|des|pendant", "la|le|l'|cette|ce"),
			"en", before("at|in|during|on|to", "the|this"));

	/** The phrase alone in a table's cell or after a deadline label: "| Próxima reunião |", "Deadline: next meeting". */
	private static final Pattern CELL = Pattern.compile("(?:\\|\\s*|(?:deadline|due|prazo|plazo|fecha limite|data limite"
			+ "|date limite|echeance|vencimiento|vencimento)\\s*(?::|->|=>|→)\\s*)(?:(?:la|el|a|o|le|the)\\s+)?$");

	/**
	 * Between the phrase and the date it states: no limit word, no sentence ending ("para" and "pour" are allowed:
	 * "marcada para o dia 26/03", "fixée pour le 26 mars").
	 */
	private static final Pattern NOT_STATING = Pattern.compile(
			"(?<![\\p{L}])(?:by|before|until|hasta|antes|ate|d'ici|avant)(?![\\p{L}])|\\.\\s+\\p{L}");

	/** Words that say a meeting is held, in the four languages, folded. */
	private static final Pattern HELD = Pattern.compile("(?<![\\p{L}])(?:se (?:realizara|celebrara|llevara a cabo|efectuara)"
			+ "|tendra lugar|sera realizada|acontecera|ocorrera|aura lieu|se tiendra|se deroulera|will be held|will take place"
			+ "|takes place|is scheduled|esta (?:prevista|programada|marcada)|est prevue|ficou marcada)(?![\\p{L}])");

	/** How far after the phrase the date it states may stand ("Next meeting: … Wednesday 26 March"). */
	private static final int REACH = 70;

	private final TemporalTagger tagger;

	public NextMeeting(TemporalTagger tagger) {
		this.tagger = tagger;
	}

	/**
	 * Where the minutes state the next meeting's day, and that day (its first, for a meeting over several days): at
	 * most one per phrase, after the meeting.
	 */
	public record Stated(int offset, LocalDate day) {
	}

	/** Every next meeting the minutes give a day for, in order. */
	public List<Stated> stated(String source, LocalDate meeting, String lang) {
		Pattern phrase = PHRASE.get(lang);
		if (phrase == null) {
			return List.of();
		}
		String folded = fold(source);
		List<Stated> out = new ArrayList<>();
		Matcher m = phrase.matcher(folded);
		while (m.find()) {
			if (LIMIT.get(lang).matcher(folded).region(Math.max(0, m.start() - 30), m.start()).find()) {
				continue; // "by the next meeting": a reference to it, not a statement of its day
			}
			int end = Math.min(folded.length(), m.end() + REACH);
			List<TemporalMention> after = tagger.tag(source.substring(m.end(), end), meeting, lang);
			if (!after.isEmpty()) {
				String gap = folded.substring(m.end(), m.end() + after.get(0).start());
				if (states(after.get(0), gap, meeting)) {
					out.add(new Stated(m.start(), after.get(0).first()));
				}
			}
			else {
				statedBefore(source, folded, m, meeting, lang).ifPresent(day -> out.add(new Stated(m.start(), day)));
			}
		}
		return out;
	}

	/** "El 15 de abril se celebrará la siguiente reunión": a date just before the phrase, an event verb beside it. */
	private Optional<LocalDate> statedBefore(String source, String folded, Matcher m, LocalDate meeting, String lang) {
		int from = Math.max(0, m.start() - REACH);
		List<TemporalMention> before = tagger.tag(source.substring(from, m.start()), meeting, lang);
		if (before.isEmpty()) {
			return Optional.empty();
		}
		TemporalMention date = before.get(before.size() - 1);
		String gap = folded.substring(from + date.end(), m.start());
		String around = gap + " " + folded.substring(m.end(), Math.min(folded.length(), m.end() + 30));
		return states(date, gap, meeting) && gap.indexOf('\n') < 0 && HELD.matcher(around).find()
				? Optional.of(date.first()) : Optional.empty();
	}

	private static boolean states(TemporalMention date, String gap, LocalDate meeting) {
		return date.first().isAfter(meeting) && date.precision() == DatePrecision.DAY && !NOT_STATING.matcher(gap).find();
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
		String folded = fold(itemText);
		Matcher m = phrase.matcher(folded);
		while (m.find()) {
			int from = Math.max(0, m.start() - 30);
			Matcher limit = LIMIT.get(lang).matcher(folded).region(from, m.start());
			Matcher at = AT.get(lang).matcher(folded).region(from, m.start());
			boolean isLimit = limit.find();
			boolean cell = !isLimit && CELL.matcher(folded).region(from, m.start()).find();
			if (isLimit || cell || at.find()) {
				int start = isLimit ? limit.start() : cell ? m.start() : at.start();
				isLimit |= cell;
				Kind kind = isLimit || TaskWords.setTask(itemText, lang) ? Kind.DEADLINE : Kind.EVENT;
				return Optional.of(new TemporalMention(start, m.end(), itemText.substring(start, m.end()), day, day,
						DatePrecision.DAY, kind, true, "date.next-meeting"));
			}
		}
		return Optional.empty();
	}

	/** Folded, the typographic apostrophe as the plain one ("d’ici la prochaine réunion"): same offsets. */
	private static String fold(String text) {
		return TextFolding.fold(text).replace('’', '\'');
	}

	private static Pattern phrase(String alternatives) {
		return Pattern.compile("(?<![\\p{L}])(?:" + alternatives + ")(?![\\p{L}])");
	}

	/** The words, then an article or not, then the end of the region. */
	private static Pattern before(String words, String articles) {
		return Pattern.compile("(?<![\\p{L}'])(?:" + words + ")\\s+(?:(?:" + articles + ")\\s*)?$");
	}
}
