package org.puente.minutes;


import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.puente.directory.Gazetteer;
import org.puente.directory.GazetteerMatch;
import org.puente.i18n.TextFolding;

/**
 * Separates who must act from who is only named. The actors are the grammatical subject (the names that open a
 * clause and are followed by a verb), the parties introduced by "por parte de", "a cargo de", "Responsible:",
 * "en coordinación con" or a closing bracket, and the parties asked to do something ("se solicita a la OIM").
 * Recipients ("a la CSM", "to the CSM") stay mentioned. An item with no actor at all is done "entre A y B".
 */
final class PartyClassifier {

	record Parties(List<String> responsible, List<String> mentioned) {
	}

	private static final Pattern CONNECTOR = Pattern.compile("^[\\s,]*(?:y|e|and|et|&|/|-|–|as\\s+well\\s+as"
			+ "|asi\\s+como|junto\\s+con|together\\s+with|along\\s+with|en\\s+coordinacion\\s+con|in\\s+coordination\\s+with"
			+ "|em\\s+coordenacao\\s+com|en\\s+colaboracion\\s+con|in\\s+collaboration\\s+with|em\\s+colaboracao\\s+com"
			+ "|con|with|com)?[\\s,]*(?:la|el|las|los|the|a|o|os|as|l'|al|ao|aos|a\\s+la|a\\s+los|to\\s+the)?\\s*$");

	private static final Set<String> LEADING_WORDS = Set.of(
			"la", "el", "las", "los", "the", "o", "os", "as", "y", "e", "and", "also", "asimismo", "ademas",
			"igualmente", "finalmente", "finally", "further", "additionally", "ambas", "ambos", "both", "cada",
			"each", "que", "that", "se", "acuerda", "acordo", "agreed", "de", "igual", "forma", "manera", "por", "su",
			"parte", "em", "seguida", "in", "addition", "en", "este", "ese", "sentido", "tal", "caso", "dicha",
			"dicho", "only", "solo", "sim", "tambem", "luego", "then", "posteriormente", "subsequently", "paises",
			"pais", "miembros", "member", "states", "country", "countries", "governo", "gobierno", "government", "of",
			"del", "da", "do");

	private static final Set<String> NOT_A_VERB = Set.of(
			"de", "del", "of", "da", "do", "das", "dos", "en", "in", "em", "no", "na", "nas", "nos", "para", "for",
			"a", "al", "ao", "aos", "y", "e", "and", "sobre", "con", "with", "com", "que", "who", "which", "the",
			"la", "el", "los", "las", "o", "os", "as", "its", "su", "sus", "por", "by", "entre", "between", "on",
			"at", "sur", "dans", "des", "du", "le", "les", "et", "ante", "hacia", "to", "from", "desde", "como", "is",
			"es", "fue", "was", "were");

	private static final Set<String> VERB_WORDS = Set.of(
			"will", "shall", "to", "should", "must", "would", "may", "can", "se", "no", "ya", "also", "tambien",
			"agreed", "agrees", "commits", "is", "are", "va", "van", "vai", "vao", "debera", "deberan", "devera",
			"deverao");

	private static final Pattern EXPLICIT_ACTOR = Patterns.compile("(?:por\\s+parte\\s+de|a\\s+cargo\\s+de|bajo\\s+la"
			+ "\\s+responsabilidad\\s+de|responsables?|responsible(?:\\s+part(?:y|ies))?|responsavel|responsaveis|responsabilidad|responsibility|responsabilidade|lead"
			+ "|who|quien|quem"
			+ "|leads|owner|owners|encargad[oa]s?|en\\s+coordinacion\\s+con|in\\s+coordination\\s+with"
			+ "|em\\s+coordenacao\\s+com|junto\\s+con|together\\s+with|by|pel[oa]s?|a\\s+cargo\\s+d[oa]s?"
			+ "|sob\\s+responsabilidade\\s+d[oa]s?|acao|action|accion"
			// who lends support shares the work: "with technical support from IOM", "con el apoyo de la OIM"
			+ "|(?:support|assistance)\\s+(?:from|of)|(?:apoyo|asistencia)(?:\\s+tecnico|\\s+tecnica)?\\s+de"
			+ "|apoio(?:\\s+tecnico)?\\s+d[aoe]"
			// whoever offered to do it does it: "the offer of UNHCR to host", "el ofrecimiento de Nicaragua"
			+ "|(?:offer|ofrecimiento|oferta|ofrecimento|ofrecio|ofereceu)\\s+(?:of|de|del|do|da|by))[\\s:(\\[]*"
			+ "(?:la|el|las|los|the|a|o|os|as)?\\s*$");

	private static final Pattern REQUEST = Patterns.compile("(?:solicita|solicitar|solicito|pide|pedir|pidio|encarga"
			+ "|encargar|encomienda|encomendar|instruye|instruir|request|requests|requested|ask|asks|asked|solicita-se"
			+ "|pede-se|solicitou|pediu|invita|invitar|invito|invite|invites|invited|convida|convidar|convidou|instructs"
			+ "|instructed|mandata|encomenda|entrusts|entrusted)\\s+(?:a|al|a\\s+la|a\\s+las|a\\s+los|a\\s+el|ao|aos|as|à|the)?\\s*$");

	private static final Pattern BETWEEN = Pattern.compile("(?:entre|between|conjuntamente\\s+entre|jointly\\s+by)\\s+"
			+ "(?:la|el|las|los|the|a|o|os|as)?\\s*$");

	private PartyClassifier() {
	}

	static Parties classify(String text, Gazetteer gazetteer) {
		String folded = TextFolding.fold(text);
		List<GazetteerMatch> matches = gazetteer.find(text);
		List<List<GazetteerMatch>> chains = chains(folded, matches);
		Set<String> subjects = new LinkedHashSet<>();
		Set<String> explicit = new LinkedHashSet<>();
		Set<String> between = new LinkedHashSet<>();
		Set<String> all = new LinkedHashSet<>();
		for (List<GazetteerMatch> chain : chains) {
			int start = chain.get(0).start();
			int end = chain.get(chain.size() - 1).end();
			List<String> ids = chain.stream().flatMap(m -> m.entityIds().stream()).toList();
			all.addAll(ids);
			String before = folded.substring(Math.max(0, start - 60), start);
			if (isSubject(folded, start, end)) {
				subjects.addAll(ids);
			}
			else if (EXPLICIT_ACTOR.matcher(before).find() || REQUEST.matcher(before).find()
					|| inClosingBrackets(folded, start, end)) {
				explicit.addAll(ids);
			}
			else if (BETWEEN.matcher(before).find()) {
				between.addAll(ids);
			}
			// "ambas Conferencias" acting as a whole are the agents when nobody else is.
			if (chain.size() == 1 && ids.size() > 1 && before.matches("(?s).*\\b(?:entre|between)\\s*$")) {
				between.addAll(ids);
			}
		}
		Set<String> responsible = new LinkedHashSet<>(subjects);
		responsible.addAll(explicit);
		if (subjects.isEmpty()) {
			responsible.addAll(between);
		}
		List<String> mentioned = new ArrayList<>(all);
		mentioned.removeAll(responsible);
		return new Parties(List.copyOf(responsible), mentioned);
	}

	/** Groups names joined by "y", "and", commas or "en coordinación con" into one noun phrase. */
	private static List<List<GazetteerMatch>> chains(String folded, List<GazetteerMatch> matches) {
		List<List<GazetteerMatch>> chains = new ArrayList<>();
		List<GazetteerMatch> chain = null;
		for (GazetteerMatch match : matches) {
			if (chain != null) {
				String gap = folded.substring(chain.get(chain.size() - 1).end(), match.start());
				if (gap.length() < 40 && CONNECTOR.matcher(gap).find() && !gap.contains(".") && !gap.contains(";")) {
					chain.add(match);
					continue;
				}
			}
			chain = new ArrayList<>();
			chain.add(match);
			chains.add(chain);
		}
		return chains;
	}

	private static boolean isSubject(String folded, int start, int end) {
		int clauseStart = start;
		while (clauseStart > 0 && ".;:,\n(".indexOf(folded.charAt(clauseStart - 1)) < 0) {
			clauseStart--;
		}
		if (clauseStart > 0 && folded.charAt(clauseStart - 1) == '.' && clauseStart >= 2
				&& Character.isUpperCase(folded.charAt(clauseStart - 2))) {
			return false;
		}
		boolean sentenceStart = clauseStart == 0 || ".;:\n".indexOf(folded.charAt(clauseStart - 1)) >= 0;
		int words = clauseStart;
		while (words < start && Character.isWhitespace(folded.charAt(words))) {
			words++;
		}
		java.util.regex.Matcher cue = Cues.DECIDED_IN_SENTENCE.matcher(folded.substring(words, start));
		if (cue.lookingAt()) {
			clauseStart = words + cue.end(); // "decidiu-se que a OIM encaminhará": after the cue, the clause's subject
			sentenceStart = true;
		}
		String[] lead = folded.substring(clauseStart, start).trim().split("[\\s\\-]+");
		if (lead.length > 4) {
			return false;
		}
		for (String word : lead) {
			// Portuguese "A OIM enviará" opens a sentence with the article; after a comma "a la CSM" is a recipient.
			boolean article = word.equals("a") && sentenceStart && lead.length == 1;
			if (!word.isEmpty() && !article && !LEADING_WORDS.contains(word)) {
				return false;
			}
		}
		if (lead.length == 1 && lead[0].isEmpty() && folded.substring(end).matches("(?s)\\s*:\\s*\\p{L}.*")) {
			return true; // "IOM: prepare a briefing", a name heading its own task
		}
		String next = nextWord(folded, end);
		if (CONJUNCTIONS.contains(next)) {
			next = wordAfterCoordinate(folded, end);
		}
		else if (NOT_A_VERB.contains(next) && !VERB_WORDS.contains(next)) {
			next = wordAfterAside(folded, end);
		}
		if (next.isEmpty()) {
			return false;
		}
		return VERB_WORDS.contains(next) || !NOT_A_VERB.contains(next);
	}

	private static final Set<String> CONJUNCTIONS = Set.of("y", "e", "and", "et");

	private static final Set<String> ARTICLES = Set.of("la", "el", "las", "los", "the", "o", "a", "os", "as", "le", "les");

	/** "El ACNUR y la DINAF realizarán": a partner the directory does not know, then the shared verb. */
	private static String wordAfterCoordinate(String folded, int end) {
		String rest = folded.substring(end).strip();
		String[] words = rest.split("[^\\p{L}\\-]+", 6);
		int w = 1; // past the conjunction
		if (w < words.length && ARTICLES.contains(words[w])) {
			w++;
		}
		w++; // past the partner's name
		return w < words.length ? words[w] : "";
	}

	/** "Guatemala, en su calidad de PPT, convocará": the verb comes after the aside between commas. */
	private static String wordAfterAside(String folded, int end) {
		int open = end;
		while (open < folded.length() && folded.charAt(open) == ' ') {
			open++;
		}
		if (open >= folded.length() || folded.charAt(open) != ',') {
			return "";
		}
		int close = folded.indexOf(',', open + 1);
		if (close < 0 || close - open > 80 || folded.substring(open, close).matches("(?s).*[.;:\\n].*")) {
			return "";
		}
		return nextWord(folded, close + 1);
	}

	/** The next word after a name, skipping a bracketed aside such as "(Panamá y Chile)". */
	private static String nextWord(String folded, int from) {
		int i = from;
		while (i < folded.length()) {
			char c = folded.charAt(i);
			if (c == '(') {
				int close = folded.indexOf(')', i);
				i = close < 0 ? folded.length() : close + 1;
			}
			else if (c == ',' ) {
				// "La CRM compartirá, por conducto de la ST, ..." has its verb before the comma; a comma right after
				// the name opens an aside, so look past it.
				i++;
			}
			else if (Character.isWhitespace(c)) {
				i++;
			}
			else {
				break;
			}
		}
		int j = i;
		while (j < folded.length() && (Character.isLetter(folded.charAt(j)) || folded.charAt(j) == '-')) {
			j++;
		}
		return folded.substring(i, j);
	}

	private static boolean inClosingBrackets(String folded, int start, int end) {
		int open = Math.max(folded.lastIndexOf('(', start), folded.lastIndexOf('[', start));
		if (open < 0) {
			return false;
		}
		int close = folded.indexOf(folded.charAt(open) == '(' ? ')' : ']', end);
		if (close < 0) {
			return false;
		}
		String after = folded.substring(close + 1);
		int lineEnd = after.indexOf('\n');
		String restOfLine = lineEnd < 0 ? after : after.substring(0, lineEnd);
		return restOfLine.strip().matches("[.;]?");
	}
}
