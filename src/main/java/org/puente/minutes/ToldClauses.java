package org.puente.minutes;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.puente.i18n.TextFolding;

/**
 * A decision told by the grammar of its sentence's main clause rather than by a writer's words, for the told
 * sentences of a paragraph ({@link Narrative#sentences(String, boolean, ReadingContext)}): the subject is the meeting's body or the
 * group itself ("le conseil", "l'assemblée", "nous", "on", "la comisión", "o grupo", "we", "the committee"), the
 * verb one of deciding or committing ("décider", "valider", "retenir", "acordar", "aprovar", "agree", "appoint" …),
 * recognised by its Snowball stem in the language of the minutes ({@link ProseStems#stem}) whatever its form, and
 * that form — the rest of the word after the stem, or an auxiliary before it — one that tells the thing done or to be
 * done: a past ("a validé", "aprobó", "aprovou", "agreed"), a future ("décidera", "aprobará", "will adopt") or the
 * first person plural ("acordamos", "nous retenons"). Only in the main clause: the words after "que", "that", "si",
 * "quand" … report, suppose or describe ("X a rappelé que le conseil a voté", "informó que la comisión aprobó" are
 * accounts of the discussion; "Que la Resolución …" opens a preamble). A negation between the subject and the verb
 * ("nous n'avons pas retenu") states nothing decided. The sentence is proposed where {@link Narrative}'s cues propose
 * theirs and weighed as they are; the {@code states} feature of the other candidates is left to the cues (read into
 * it, the grammar moved list items and layout paragraphs too, and lost an item on unseen minutes).
 */
final class ToldClauses {

	/** How many words of the sentence are read for the main clause: a decision's verb comes early. */
	private static final int READ = 16;

	/** How many words before the verb its subject may stand ("les membres du bureau présents ont décidé"). */
	private static final int SUBJECT = 6;

	/** The stems (as {@link ProseStems#stem} gives them, folded) of the verbs of deciding and committing, by language. */
	private static final List<Set<String>> DECIDING = List.of(
			Set.of("acord", "decid", "aprob", "adopt", "acept", "convin", "resolv", "resolvi", "defin", "fij",
					"design", "nombr", "elig", "eleg", "autoriz", "ratif", "encarg", "compromet", "comprometi", "opt", "vot"),
			Set.of("agre", "decid", "approv", "resolv", "adopt", "accept", "appoint", "elect", "commit", "assign", "chose",
					"choos", "opt", "vot", "ratifi", "endors", "authoris", "authoriz", "mandat"),
			Set.of("acord", "decid", "aprov", "deliber", "resolv", "adot", "aceit", "defin", "fix", "design",
					"eleg", "eleit", "autoriz", "ratific", "encarreg", "compromet", "combin", "opt", "vot"),
			Set.of("decid", "adopt", "approuv", "valid", "vot", "accept", "convenu", "conven", "retenu", "reten", "fix",
					"arret", "nomm", "elu", "design", "mandat", "autoris", "engag", "charg", "chois", "opt",
					"reconduit", "enterin", "ratif"));

	/**
	 * The rest of the word after the stem when the form is finite and tells the thing done or to be done, by language:
	 * a past ("aprobó", "aprovou", "agreed"), a future ("aprobará", "décidera"), the first person plural ("acordamos",
	 * "nous retenons"). The present of the third person is left out: "le bureau valide les comptes", "the team agrees"
	 * describe a habit or an opinion as often as they decide.
	 */
	private static final List<Set<String>> FINITE = List.of(
			Set.of("o", "io", "aron", "ieron", "amos", "imos", "ara", "aran", "era", "eran", "ira", "iran", "aremos",
					"eremos", "iremos"),
			Set.of("ed", "d"),
			Set.of("ou", "aram", "eram", "iram", "eu", "iu", "amos", "imos", "ara", "arao", "era", "erao", "ira", "irao"),
			Set.of("ons", "era", "eront", "erons", "ra", "ront"));

	/** A participle's or an infinitive's ending, which tells the thing done or to be done only after an auxiliary. */
	private static final List<Set<String>> AFTER_AUXILIARY = List.of(
			Set.of("ado", "ada", "ados", "adas", "ido", "ida", "idos", "idas", "ar", "er", "ir"),
			Set.of("ed", "d", "e", ""),
			Set.of("ado", "ada", "ados", "adas", "ido", "ida", "idos", "idas", "ar", "er", "ir"),
			Set.of("", "e", "ee", "es", "ees", "i", "ie", "is", "ies", "u", "ue", "us", "ues", "er", "ir"));

	/** The first person plural's endings: "acordamos", "decidimos", "nous retenons" tell their subject themselves. */
	private static final Set<String> WE_FORMS = Set.of("amos", "imos", "ons");

	/** The meeting's body or the group: the subject a decision is told of. */
	private static final Set<String> BODY = Set.of("conseil", "bureau", "assemblee", "ag", "ca", "cd", "comite",
			"commission", "association", "collectif", "groupe", "equipe", "membres", "participants", "adherents",
			"administrateurs", "elus", "board", "committee", "council", "group", "team", "members", "meeting", "assembly",
			"trustees", "directors", "panel", "junta", "comision", "grupo", "equipo", "asamblea", "directiva", "consejo",
			"miembros", "reunion", "participantes", "concejo", "pleno", "conselho", "diretoria", "assembleia", "comissao",
			"membros", "reuniao", "colegiado", "camara", "plenario", "gouvernement", "government", "gobierno", "governo",
			"ministres", "ministers", "ministros", "conference", "conferencia", "executive", "executivo", "cabinet", "tsc",
			"nous", "on", "we", "nosotros", "todos", "tous", "all", "everyone", "everybody",
			// a first person plural auxiliary names its subject: "avons décidé", "hemos acordado", "temos aprovado"
			"avons", "hemos", "temos", "allons", "vamos", "quedamos", "ficamos");

	/** Auxiliaries before a participle or an infinitive: "a été adopté", "ha sido aprobado", "will approve". */
	private static final Set<String> AUXILIARY = Set.of("a", "ont", "avons", "est", "sont", "ete", "sera", "seront", "va",
			"vont", "allons", "se", "ha", "han", "hemos", "fue", "fueron", "sido", "queda", "quedo", "foi", "foram", "fica", "ficou",
			"ficaram", "vai", "vao", "vamos", "was", "were", "has", "have", "had", "will", "shall", "is", "are", "been", "van");

	/** An adverb between an auxiliary and its participle: "a finalement retenu", "was unanimously approved". */
	private static final Pattern ADVERB = Pattern.compile("(?:ment|mente|ly)$|^(?:ete|sido|been|deja|ja|also|aussi|tambem|tambien)$");

	/** Words that open what the main clause reports or supposes: the verbs after them are not the meeting's acts. */
	private static final Set<String> CLAUSE = Set.of("que", "qu", "that", "whether", "si", "if", "porque", "parce",
			"because", "quand", "when", "cuando", "quando", "lorsque", "which", "who", "qui", "quien", "quienes", "quem",
			"dont", "donde", "where", "onde", "whose", "cuyo", "cuya");

	/** A negation: "nous n'avons pas retenu", "the board did not approve", "no se aprobó", "não foi aprovado". */
	private static final Set<String> NEGATION = Set.of("ne", "n", "pas", "not", "no", "nao", "never", "jamais", "nunca",
			"didn", "t", "ni");

	/**
	 * How a deciding verb's word begins (folded), tried before the word is stemmed: few words of a sentence begin so,
	 * and most sentences hold none (then the sentence is not split at all).
	 */
	private static final String BEGINNINGS = "(?:acord|decid|aprob|aprov|approv|approuv|adopt|adot|acept|aceit|accept"
			+ "|conv|resol|defin|fij|fix|design|nomm|nombr|elu|elig|eleg|eleit|elect|autori|authori|ratif|encarg|encarreg"
			+ "|compromet|commit|opt|vot|agre|appoint|assign|chos|choos|chois|endors|mandat|valid|reten|arret|engag|charg"
			+ "|reconduit|enterin|deliber|combin)";

	private static final Pattern BEGINS = Pattern.compile(BEGINNINGS);

	private static final Pattern WORD_BEGINS = Pattern.compile("\\b" + BEGINNINGS);

	private ToldClauses() {
	}

	/**
	 * Whether the sentence (as written) tells a decision in its main clause, its subject the body or the group; its verbs
	 * are read in the language of the minutes (an index in {@link org.puente.i18n.Language#CODES}: {@link ReadingContext}), as
	 * a sentence alone is too short to guess.
	 */
	static boolean told(String sentence, int language) {
		String folded = TextFolding.fold(sentence);
		if (!WORD_BEGINS.matcher(folded).find()) {
			return false;
		}
		String[] lower = sentence.toLowerCase(Locale.ROOT).replace('’', '\'').split("[^\\p{L}]+");
		String[] words = new String[Math.min(READ, lower.length)];
		for (int i = 0; i < words.length; i++) {
			words[i] = TextFolding.fold(lower[i]);
		}
		for (int i = 0; i < words.length; i++) {
			if (CLAUSE.contains(words[i])) {
				return false; // what follows reports, supposes or describes ("Que la Resolución …" opens a preamble)
			}
			Verb verb = BEGINS.matcher(words[i]).lookingAt() ? verb(lower, words, i, language) : null;
			if (verb != null && decided(words, i, verb)) {
				return true;
			}
		}
		return false;
	}

	/** A deciding verb: the language it was read in (index in {@link org.puente.i18n.Language#CODES}), its form's ending. */
	private record Verb(int language, String rest) {
	}

	/**
	 * The word as a deciding verb, read in the language of the sentence: its stem one of {@link #DECIDING}, the rest of
	 * the word one of {@link #FINITE} or, after an auxiliary, one of {@link #AFTER_AUXILIARY}; else null.
	 */
	private static Verb verb(String[] lower, String[] words, int at, int language) {
		String folded = words[at];
		if (folded.length() < 3) {
			return null;
		}
		String stem = TextFolding.fold(ProseStems.stem(lower[at], language));
		String rest = folded.startsWith(stem) && DECIDING.get(language).contains(stem) ? folded.substring(stem.length())
				: null;
		// Snowball keeps some verbal endings ("décidons" → "décidon"): the ending taken off the word instead
		for (String we : WE_FORMS) {
			if (rest == null && folded.endsWith(we)
					&& DECIDING.get(language).contains(folded.substring(0, folded.length() - we.length()))) {
				rest = we;
			}
		}
		// the auxiliary right before the participle, or two of them ("a été", "ha sido", "has been"), or one and an adverb
		boolean auxiliary = at > 0 && AUXILIARY.contains(words[at - 1]) || at > 1 && AUXILIARY.contains(words[at - 2])
				&& (AUXILIARY.contains(words[at - 1]) || ADVERB.matcher(words[at - 1]).find());
		if (rest != null && (FINITE.get(language).contains(rest) || auxiliary && AFTER_AUXILIARY.get(language).contains(rest))) {
			return new Verb(language, rest);
		}
		return null;
	}

	/**
	 * The verb at {@code at} has its subject — the body or the group among the words before it, or its own first person
	 * plural ("acordamos", not "hemos acordado" whose auxiliary names none) — and no negation stands between them.
	 * French "on" is a subject only when the verb is read as French (in English it is a preposition).
	 */
	private static boolean decided(String[] words, int at, Verb verb) {
		boolean subject = WE_FORMS.contains(verb.rest()) && (at == 0 || !AUXILIARY.contains(words[at - 1]));
		for (int i = Math.max(0, at - SUBJECT); i < at; i++) {
			if (NEGATION.contains(words[i])) {
				return false;
			}
			subject |= BODY.contains(words[i]) && (!words[i].equals("on") || verb.language() == FRENCH);
		}
		return subject;
	}

	private static final int FRENCH = org.puente.i18n.Language.CODES.indexOf("fr");
}
