package org.puente.minutes;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import org.puente.i18n.TextFolding;

/**
 * The named features the scoring weighs, in the order of the weights table (docs/minutes-reading.md, "Scoring"):
 * where the structure found the candidate, the shape of its words, its words in es/en/pt/fr (a verb of decision, a
 * task or an obligation, someone acting, a date, reported speech, an instruction), and its context (the nearest
 * heading's kind, how far into its section it stands, where in the document).
 */
final class ScoringFeatures {

	static final List<String> NAMES = names("bias", "where.decisions_item", "where.motion", "where.inline",
			"where.narrative", "where.decisions_paragraph", "where.layout", "where.prose", "log_length", "short",
			"long", "question", "colon_end", "states", "link_heavy", "lex.decision", "lex.task", "lex.acting",
			"lex.capitalised", "lex.date", "lex.reported", "lex.instruction", "lex.conclusion", "lex.speaker",
			"lex.name_colon", "ctx.heading_decisions",
			"ctx.heading_never", "ctx.near_heading", "ctx.position", "lex.passive", "lex.named_dated",
			"ctx.opens_line", "ctx.list_item", "ctx.short_list", "ctx.list_after_text", "ctx.action_list", "doc.structured", "doc.markdown", "where.action_list",
			"where.unit", ScoringNeighbours.NAMES, ProseFeatures.NAMES); // the prose model's own, last

	/** A verb of decision, in any person or tense, folded. */
	private static final Pattern DECISION = Patterns.compile("\\b(?:acord\\p{L}*|acuerd\\p{L}*|aprob\\p{L}*|aprueb\\p{L}*"
			+ "|resolv\\p{L}*|resuelv\\p{L}*|decid\\p{L}*|decisi\\p{L}*|decisao|agreed?|agrees|decided?|decides|resolved?"
			+ "|approved?|approves|adopt\\p{L}*|endorsed?|accepted|rejected|voted?|unanim\\p{L}*|aprov\\p{L}*|deliber\\p{L}*"
			+ "|definid[oa]s?|combinad[oa]|approuv\\p{L}*|convenu|convien\\p{L}*|valid\\p{L}*|vote\\p{L}*|elu[es]?|elect\\p{L}*"
			+ "|eleit[oa]s?|elegid[oa]s?|nombrad[oa]s?|nomead[oa]s?|mandat)\\b");
	/** A task or an obligation: will, shall, should, must, deberá, se encargará, deverá, ficou responsável, devra. */
	private static final Pattern TASK = Pattern.compile("\\b(?:will|shall|should|must|needs?\\s+to|has\\s+to|have\\s+to"
			+ "|going\\s+to|to\\s+be\\s+done|action|todo|debe|deben|debera|deberan|tiene\\s+que|tienen\\s+que|hay\\s+que"
			+ "|se\\s+encarga\\p{L}*|queda\\s+a\\s+cargo|va\\s+a|van\\s+a|vamos\\s+a|deve|devem|devera|deverao|tem\\s+que"
			+ "|precisa\\p{L}*|fic\\p{L}+\\s+responsave\\p{L}*|vai|vao|doit|doivent|devra|devront|se\\s+charge\\p{L}*"
			+ "|s'occupe\\p{L}*|va|vont|il\\s+faut|faudra|pendiente|pendente|a\\s+faire|\\p{L}{3,}(?:ara|era|ira|aran|eran"
			+ "|iran|arao|erao|irao|erons|irons|eront|iront))\\b");
	/** Reported speech and the account of the discussion: informó, presented, apresentou, a présenté. */
	static final Pattern REPORTED = Patterns.compile("\\b(?:inform\\p{L}*|present\\p{L}*|apresent\\p{L}*"
			+ "|explic\\p{L}*|expli\\p{L}*|report\\p{L}*|relat\\p{L}*|coment\\p{L}*|comment\\p{L}*|said|says|dijo|disse"
			+ "|dit|mention\\p{L}*|mencion\\p{L}*|discuss\\p{L}*|discut\\p{L}*|debat\\p{L}*|charl\\p{L}*|hablo|hablamos"
			+ "|talked|spoke|noted|asked|pregunt\\p{L}*|pergunt\\p{L}*|demand\\p{L}*|expres\\p{L}*|recorda\\p{L}*"
			+ "|destac\\p{L}*|soulign\\p{L}*|highlight\\p{L}*|there\\s+(?:was|were|is|are)|hubo|houve|il\\s+y\\s+a)\\b");
	/** An instruction opening with its verb: "Update the timeline", "Enviar el acta", "Les recontacter". */
	static final Pattern INSTRUCTION = Pattern.compile("^(?:[-*•→>\\s]*)(?:(?:les|le|la|lui|leur)\\s+)?"
			+ "(?:\\p{L}{2,}(?:ar|er|ir)|update|write|send|review|create|add|check|ask|contact|follow|prepare|draft"
			+ "|schedule|set|move|make|keep|pay|invite|share|publish|organi[sz]e|test|fix|look|talk|reach|email|circulate"
			+ "|finali[sz]e|submit|confirm|open|close|merge|post|book|call|plan|write|reply|remind|investigate|find|get"
			+ "|put|start|continue|do|complete|improve|change|consider|determine|specify|enable|install|use|go|finish"
			+ "|decide|define|design|implement|document|clarify|explore|verify|ensure|provide|request|collect|build"
			+ "|run|buy|order|print|announce|inform|coordinate|agree|approve|discuss|prioriti[sz]e)\\b");
	/** A date or a day: a month, a weekday, 12/4, 2024-03-05, next week, la próxima reunión. */
	static final Pattern DATE = Patterns.compile("\\b(?:\\d{1,2}[/.]\\d{1,2}(?:[/.]\\d{2,4})?|\\d{4}-\\d{2}-\\d{2}"
			+ "|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre"
			+ "|january|february|march|april|june|july|august|september|october|november|december|janeiro|fevereiro"
			+ "|marco|maio|junho|julho|setembro|outubro|novembro|dezembro|janvier|fevrier|mars|avril|mai|juin|juillet"
			+ "|aout|septembre|octobre|novembre|decembre|monday|tuesday|wednesday|thursday|friday|lunes|martes"
			+ "|miercoles|jueves|viernes|segunda-feira|terca-feira|quarta-feira|quinta-feira|sexta-feira|lundi|mardi"
			+ "|mercredi|jeudi|vendredi|next\\s+(?:week|month|meeting|call)|proxim[oa]\\s+(?:semana|mes|reuniao|reunion)"
			+ "|semaine\\s+prochaine|prochaine\\s+reunion|tomorrow|manana|amanha|demain|end\\s+of|fin\\s+de|fim\\s+de"
			+ "|finales\\s+de|antes\\s+del?|before|avant|ate|hasta|until|by\\s+the)\\b");
	/** A conclusion marked as such: "→ Les recontacter", "=> OK", "Conclusion:", "Resultado:". */
	private static final Pattern CONCLUSION = Pattern.compile("^(?:[-*•\\s]*)(?:→|->|=>|⇒|conclus\\p{L}*\\s*:"
			+ "|result\\p{L}*\\s*:|outcome\\s*:|resolution\\s*:)");
	/** Notes of who said what: "TJ: docs should live in the code", "SRL/MD: …". */
	private static final Pattern SPEAKER = Pattern.compile("^[-*•\\s]*\\p{Lu}{2,4}(?:/\\p{Lu}{2,4})*\\s*:\\s");
	/** Someone named, then a colon: "Sean & Dom: Improvements for 0.1.3", "Helper: Ghislaine". */
	private static final Pattern NAME_COLON = Pattern.compile("^[-*•\\s]*\\p{Lu}\\p{Ll}+(?:\\s*(?:&|,|and|et|y|e)\\s*"
			+ "\\p{Lu}\\p{Ll}+){0,3}\\s*:\\s*\\S");
	/**
	 * A decision or an action told in the passive or impersonally: "fue aprobado", "se archivaron", "foi criada", "a été
	 * validé", "was approved", "will be sent".
	 */
	private static final Pattern PASSIVE = Patterns.compile("\\b(?:(?:fue|fueron|sera|seran|foi|foram|serao|a\\s+ete"
			+ "|ont\\s+ete|sont|seront|was|were|has\\s+been|have\\s+been|will\\s+be|to\\s+be|est)\\s+(?:\\p{L}+\\s+)?"
			+ "\\p{L}{2,}(?:ado|ada|ados|adas|ido|ida|idos|idas|ed|ee|ees|es|is|it|u)|se\\s+\\p{L}{3,}(?:o|aron|ieron|ou|aram))\\b");
	private static final Pattern CAPITALISED = Pattern.compile("(?<![.!?:]\\s)(?<=\\s)\\p{Lu}[\\p{Ll}\\p{Lu}]+");

	private ScoringFeatures() {
	}

	/** The named features, then the neighbours' ({@link ScoringNeighbours#NAMES}), appended at the end of the table. */
	private static List<String> names(Object... names) {
		List<String> all = new java.util.ArrayList<>();
		for (Object n : names) {
			if (n instanceof List<?> more) {
				more.forEach(m -> all.add((String) m));
			}
			else {
				all.add((String) n);
			}
		}
		return List.copyOf(all);
	}

	/** The text as the patterns read it: folded, without emphasis marks, with straight apostrophes. */
	static String folded(String text) {
		return TextFolding.fold(Narrative.EMPHASIS_MARKS.matcher(text).replaceAll("").replace('’', '\''));
	}

	/** Whether the folded text holds a verb of decision. */
	static boolean decides(String folded) {
		return DECISION.matcher(folded).find();
	}

	/**
	 * A candidate's words as the patterns read them (stripped, and {@link #folded}) and the four flags that both its own
	 * features and its neighbours' ({@link ScoringNeighbours}) ask. Read once per candidate by {@link ScoringContext}:
	 * the profile of 4 December (docs/performance.md) showed folding and these four patterns run twice per item, once
	 * for the features and once for the neighbours' "tells an action".
	 */
	record Words(String text, String folded, boolean decision, boolean task, boolean instruction, boolean passive) {

		/** Whether the words tell an action: a verb of decision, a task, an instruction or the passive of one. */
		boolean acts() {
			return decision || task || instruction || passive;
		}
	}

	/** The candidate's words and flags, read once ({@link Words}). */
	static Words words(Candidate c) {
		String text = c.segment().text().strip();
		String folded = folded(text);
		return new Words(text, folded, DECISION.matcher(folded).find(), TASK.matcher(folded).find(),
				INSTRUCTION.matcher(folded).find(), PASSIVE.matcher(folded).find());
	}

	/**
	 * The features of one candidate.
	 *
	 * @param context the minutes' text read once for its headings and lists ({@link ScoringContext#of})
	 * @param span where the candidate sits in it ({@link TextSpan#NONE} when it could not be found)
	 */
	static double[] of(Candidate c, ScoringContext context, TextSpan span) {
		String source = context.source();
		Words words = context.words(c);
		String text = words.text();
		String folded = words.folded();
		// each used twice below (alone and as "lex.named_dated"): scanned once
		double capitalised = has(CAPITALISED, text);
		double dated = has(DATE, folded);
		double where = c.confidence();
		long links = text.chars().filter(ch -> ch == '/').count();
		ScoringContext.Heading heading = span.located() ? context.above(span.start()) : ScoringContext.Heading.UNKNOWN;
		ListRun list = span.located() ? context.list(span.start()) : ListRun.NONE;
		double[] own = { 1, is(where, 0.9), is(where, 0.8), is(where, 0.7), is(where, 0.65), is(where, 0.6),
			is(where, 1.0), is(where, Prose.WHERE), Math.log1p(text.length()) / Math.log(1000), text.length() < 25 ? 1 : 0,
			text.length() > 400 ? 1 : 0, text.endsWith("?") ? 1 : 0, text.endsWith(":") ? 1 : 0,
			Narrative.states(text.length() > 500 ? text.substring(0, 500) : text, context.reading()) ? 1 : 0, links >= 4 && links * 25 > text.length() ? 1 : 0,
			flag(words.decision()), flag(words.task()), PersonNames.acting(text).isEmpty() ? 0 : 1,
			capitalised, dated, has(REPORTED, folded), flag(words.instruction()),
			has(CONCLUSION, folded), has(SPEAKER, text), has(NAME_COLON, text), heading.kind() == SectionCues.Kind.DECISIONS ? 1 : 0,
			heading.kind() == SectionCues.Kind.NEVER ? 1 : 0, heading.near() ? 1 : 0,
			span.located() && !source.isEmpty() ? (double) span.start() / source.length() : 0.5, flag(words.passive()),
			capitalised * dated, span.located() && context.opensLine(span.start()) ? 1 : 0,
			list.items() > 0 ? 1 : 0, list.items() >= 2 && list.items() <= ScoringContext.SHORT_LIST ? 1 : 0,
			list.afterText() ? 1 : 0, list.actions() ? 1 : 0, context.structured() ? 1 : 0, context.markdown() ? 1 : 0,
			is(where, ActionLists.WHERE), is(where, Units.WHERE) };
		double[] neighbours = context.neighbours().of(c);
		// the prose model's own features, read for its candidates only: the structure's items need not pay for them
		double[] prose = Scoring.model(c).isEmpty() ? new double[ProseFeatures.NAMES.size()]
				: ProseFeatures.of(context, span, folded);
		double[] all = Arrays.copyOf(own, own.length + neighbours.length + prose.length);
		System.arraycopy(neighbours, 0, all, own.length, neighbours.length);
		System.arraycopy(prose, 0, all, own.length + neighbours.length, prose.length);
		return all;
	}

	private static double is(double where, double value) {
		return Math.abs(where - value) < 1e-9 ? 1 : 0;
	}

	private static double flag(boolean flag) {
		return flag ? 1 : 0;
	}

	private static double has(Pattern pattern, String text) {
		return pattern.matcher(text).find() ? 1 : 0;
	}
}
