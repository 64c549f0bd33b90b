package org.puente.minutes;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.puente.i18n.TextFolding;

/**
 * People the directory does not know, named in an item as the ones who act: "Kriti will write…", "Cart shall open…",
 * "Chris/Hello rédigera…", "Allan / Brendan to verify…", "Marc : envoyer le mail", "(Pierre) News pour la banque",
 * "será realizado pelo Breno Lucena", "Release owner: Rajat". They are proposed as free-text parties for the
 * secretariat to keep or change; a name only mentioned ("talk to Kriti") is not taken.
 */
final class PersonNames {

	/** A name as people write it in notes: "Kriti", "Breno Lucena", "Chris/Hello", "SRL". */
	private static final String NAME = "\\p{Lu}[\\p{L}'’\\-]*(?:/\\p{Lu}[\\p{L}'’\\-]*)?(?:\\s+\\p{Lu}[\\p{L}'’\\-]+)?";

	private static final String JOIN = "(?:\\s*,\\s*(?:and\\s+|et\\s+|e\\s+|y\\s+)?|\\s*\\\\?&\\s*|\\s+/\\s+|\\s+(?:and|et|e|y)\\s+)";

	private static final String LIST = NAME + "(?:" + JOIN + NAME + "){0,4}";

	private static final String CLAUSE_START = "(?:^|(?<=[.;!?:→>])\\s+|(?<=\\n))\\s*(?:[-*•]\\s+|\\[[ xX]?]\\s+)*"
			+ "(?:(?:TODO|ACTION|Action|Acción|Ação|Also|Then|Luego|Et|Puis)\\s*:?\\s+)?";

	/** English modals, and verbs that in es/pt/fr say someone takes something on. */
	private static final String VERB = "(?:will|shall|should|must|to|needs?\\s+to|is\\s+(?:going|setting|taking|working)"
			+ "|volunteer(?:s|ed)|agree[sd]|offer(?:s|ed)|takes|can|va|van|vai|vão|vont|fica|ficou|queda|quedó|se\\s+encarga"
			+ "|se\\s+charge(?:nt)?|s['’](?:en\\s+)?occupe(?:nt)?|se\\s+encarrega|se\\s+compromete|s['’]engage|se\\s+ocupa|deve|devem|debe|deben|doit|doivent|peut|pourra|est"
			+ "|(?:le|la|les|lo|se|lui|en|y)\\s+\\p{L}+(?:rá|ra|rán|rão|ront)"
			+ "|\\p{L}{2,}(?:ará|erá|irá|arán|erán|irán|ará|rá|rão|era|ira|ront))(?![\\p{L}])";

	private static final Pattern SUBJECT = Pattern.compile(CLAUSE_START + "(" + LIST + ")\\s*,?\\s+" + VERB,
			Pattern.MULTILINE);

	/** "Marc : envoyer…", "Brent and Anish: RSQLA1", at the very start of the item. */
	private static final Pattern HEADED = Pattern.compile("^\\s*(?:[-*•]\\s+|\\[[ xX]?]\\s+)*(" + LIST + ")\\s*:\\s*\\S");

	/** "**Calum:** Populate the board": a bold label names who acts when a verb of action follows it. */
	private static final Pattern BOLD_HEADED = Pattern.compile("^\\s*(?:[-*•]\\s+)?[*_]{1,2}(" + LIST
			+ ")\\s*(?::[*_]{1,2}|[*_]{1,2}\\s*:)\\s*(\\S.*)", Pattern.DOTALL);

	/** "mdk : Créer l'alias", "debnet: call the venue": a nickname written in lower case, then what it is to do. */
	private static final Pattern HANDLE = Pattern.compile("^\\s*(?:[-*•]\\s+)?@?(\\p{Ll}[\\p{Ll}\\d_\\-]{1,19})\\s*:\\s+(\\S.*)",
			Pattern.DOTALL);

	/** "Cart for President.", "Ana como Tesorera.": the one elected or appointed to an office. */
	private static final Pattern ELECTED = Pattern.compile("^\\s*(?:[-*•]\\s+)?\\**(" + NAME + ")\\s+(?:for|as|como|para|pour"
			+ "|comme)\\s+\\p{Lu}\\p{L}+\\.?\\**\\s*$");

	/** "Release owner: Rajat", "Helper: Ghislaine", "Responsable : Ana": the names after an owner's label. */
	private static final Pattern LABELLED = Pattern.compile(LIST);

	/** "(Pierre) News pour la banque", "… the report (Ana, Luis)." */
	private static final Pattern BRACKETED = Pattern.compile("(?:^\\s*(?:[-*•]\\s+)?\\((" + LIST + ")\\)"
			+ "|\\((" + LIST + ")\\)\\s*[.;]?\\s*$)");

	/** "realizado pelo Breno Lucena", "lancée par Mozinet", "a cargo de Ana", "Current Chairperson -> Allan". */
	private static final Pattern AGENT = Patterns.compile("(?:\\b(?:pel[oa]|par|a\\s+cargo\\s+de|por\\s+parte\\s+de)"
			+ "|(?<=\\p{L})\\s*(?:->|→))\\s+(" + LIST + ")");

	private static final Pattern SPLIT = Pattern.compile(JOIN);

	/** Capitalised words that open sentences or name things, never a person acting. */
	private static final Set<String> NOT_A_NAME = Set.copyOf(List.of("the", "this", "that", "these", "those", "it", "we", "they",
			"he", "she", "i", "you", "there", "here", "il", "elle", "ils", "elles", "on", "nous", "vous", "ce", "cela",
			"se", "la", "el", "los", "las", "lo", "le", "les", "un", "une", "una", "uno", "um", "uma", "o", "os", "as",
			"a", "en", "em", "no", "na", "de", "del", "do", "da", "et", "y", "e", "and", "also", "then", "if", "si",
			"todo", "action", "actions", "decision", "decisions", "note", "notes", "nb", "update", "status", "done",
			"next", "outcome", "result", "topic", "item", "discussion", "question", "proposal", "propuesta", "acuerdo",
			"acuerdos", "resolucion", "tarea", "tareas", "accion", "acciones", "fecha", "plazo", "estado", "tema",
			"nota", "pendiente", "decisao", "acao", "acoes", "tarefa", "prazo", "sujet", "point", "remarque", "statut",
			"conclusion", "vote", "motion", "agenda", "minutes", "pauta", "ata", "acta", "summary", "context", "goal",
			"objective", "objetivo", "objectif", "issue", "link", "pr", "q", "r", "re", "agreed", "resolved", "decided",
			"everybody", "nobody", "someone", "somebody", "anyone", "alguien", "nadie", "quelqu'un", "personne",
			"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
			"march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
			"lunes", "martes", "miercoles", "jueves", "viernes", "segunda", "terca", "quarta", "quinta", "sexta",
			"lundi", "mardi", "mercredi", "jeudi", "vendredi", "para", "pour", "for", "com", "con", "with", "avec",
			"ok", "yes", "no", "si", "sim", "non", "oui", "url", "http", "https", "www", "github", "what", "who", "why",
			"how", "when", "where", "which", "que", "qui", "quem", "quien", "cual", "quoi", "comment", "como", "welcome", "introduction", "thanks", "reply", "response", "answer", "deadline", "due", "date", "optional", "nothing", "create", "agradecemos", "scrum", "master", "product", "owner",
			"helper", "need", "needs", "reviewer", "reviewers",
			// sentence connectors: "Además se solicitará …" is not a person called Además
			"ademas", "asimismo", "tambien", "igualmente", "finalmente", "posteriormente", "luego", "entonces",
			"moreover", "furthermore", "additionally", "however", "finally", "alem", "ainda", "tambem", "depois",
			"entao", "ensuite", "enfin", "aussi", "egalement", "cependant", "toutefois"));

	private PersonNames() {
	}

	/**
	 * The answers for the texts last asked about (256 per thread). The scoring asks for every candidate, then the item
	 * reader and its owners' reading again for each item kept: the profile of 4 December showed this reading a tenth
	 * of the time, most of it for texts already read. The answer depends on the text alone.
	 */
	private static final RecentAnswers<String, List<String>> ASKED = new RecentAnswers<>(256, PersonNames::read);

	/** The people named as acting in one item's words, as written, in the order they appear. */
	static List<String> acting(String text) {
		return Objects.requireNonNull(ASKED.answer(text));
	}

	private static List<String> read(String text) {
		Set<String> names = new LinkedHashSet<>();
		Matcher headed = HEADED.matcher(text);
		if (headed.find()) {
			addAll(names, headed.group(1));
		}
		for (Matcher labelled : List.of(HANDLE.matcher(text), BOLD_HEADED.matcher(text))) {
			if (labelled.find() && ItemDetails.opensWithVerb(labelled.group(2))) {
				addAll(names, labelled.group(1));
			}
		}
		Matcher elected = ELECTED.matcher(text);
		if (elected.find()) {
			addAll(names, elected.group(1));
		}
		for (Pattern pattern : List.of(SUBJECT, LABELLED, BRACKETED, AGENT)) {
			if (pattern == LABELLED) {
				labelled(names, text);
				continue;
			}
			Matcher m = pattern.matcher(text);
			while (m.find()) {
				for (int g = 1; g <= m.groupCount(); g++) {
					if (m.group(g) != null) {
						addAll(names, m.group(g));
					}
				}
			}
		}
		return List.copyOf(names);
	}

	/** The names after each owner's label ({@link FieldLabels}), found in the folded words on the same offsets. */
	private static void labelled(Set<String> names, String text) {
		Matcher label = FieldLabels.OWNER_LABEL.matcher(TextFolding.fold(text));
		while (label.find()) {
			Matcher list = LABELLED.matcher(text).region(label.end(), text.length());
			if (list.lookingAt()) {
				addAll(names, list.group());
			}
		}
	}

	/** Whether every part of a list of names ("Kriti & Ghislaine", "Brent and Anish") is a person's name. */
	static boolean names(String list) {
		return SPLIT.splitAsStream(list.strip()).map(String::strip).allMatch(PersonNames::isName);
	}

	private static void addAll(Set<String> names, String list) {
		for (String name : SPLIT.split(list.strip())) {
			String cleaned = name.strip();
			if (isName(cleaned)) {
				names.add(cleaned);
			}
		}
	}

	private static boolean isName(String name) {
		if (name.length() < 2 || name.length() > 40) {
			return false;
		}
		List<String> words = new ArrayList<>(List.of(TextFolding.fold(name).split("[\\s/]+")));
		// nor the labels of a task written as fields ("**Descrição**: …", "**Responsável**: Ana")
		return words.stream().noneMatch(word -> NOT_A_NAME.contains(word) || FieldLabels.label(word));
	}
}
