package org.puente.minutes;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.puente.i18n.TextFolding;

/**
 * Decisions told by the meeting's body at the head of a sentence, wherever the sentence stands: "Ministers agreed to
 * seek the advice …", "Council resolved to co-opt Mr Barber.", "O Governo aprovou, também, a proposta …", "A sessão
 * aprovou …", "Las partes acuerdan …", "les 6 membres élus du bureau ont décidé …". Communiqués of ministerial
 * meetings and councils' minutes tell their decisions so, in paragraphs that the layout reader may take for a list
 * item (OCR lines, a front matter's "---") or leave whole, so that {@link Prose#told} never sees the sentence. Only
 * the body or its members as the subject, and only verbs that decide: a body that notes, welcomes, stresses or
 * supports takes a position, which the corpus rules leave out (the shape with those verbs is right 0.40 of the time
 * on development, with decision verbs 0.73: {@code bench/minutes-quality/body_told.py}). Each sentence is a
 * candidate where {@link Prose#NARRATIVE}, weighed by the structure's model, unless a structure candidate already
 * starts at it.
 */
final class BodyDecisions {

	/** A body or its members ("the Board", "Ministers", "los miembros del Concejo", "os membros", "les ministres"). */
	private static final String BODY = "(?:(?:the|el|la|los|las|o|a|os|as|le|les|l')\\s*)?(?:(?:board|team|council|committee)\\s+)?"
			+ "(?:board|council|committee|conference|meeting|assembly|commission|executive|cabinet|government|plenary"
			+ "|summit|panel|senate|trustees|directors|governors|ministers|members|delegates|participants|parties|leaders"
			+ "|councillors|commissioners|they|we|tsc|consejo|concejo|comite|comision|asamblea|junta|pleno|conferencia"
			+ "|cumbre|reunion|sesion|directorio|directiva|gobierno|cabildo|ministros|ministras|miembros|integrantes"
			+ "|consejeros|concejales|gobernadores|presidentes|cancilleres|participantes|partes|conselho|assembleia"
			+ "|comissao|camara|reuniao|sessao|encontro|cimeira|plenario|executivo|governo|diretoria|direcao|membros"
			+ "|conselheiros|vereadores|conseil|bureau|sommet|session|gouvernement|ministres|membres|conseillers"
			+ "|administrateurs|chefs\\s+d'etats?|jefes\\s+de\\s+estado|chefes\\s+de\\s+estado)\\b"
			// what names it further: "of Ministers", "du conseil municipal", "élus du bureau", "present"
			+ "(?:\\s+(?:municipal|municipale|general|generale|geral|regional|elus?|presents?|presentes|present"
			+ "|of|for|de|del|des|du|da|do|dos|das|d')(?:\\s*(?:the|la|los|las|les|l'|o|a|os|as)\\b)?(?:\\s*[\\p{L}'-]+"
			+ "(?:\\s+(?:and|y|e|et)\\s+[\\p{L}'-]+)?)?){0,3}";
	/** Its verb of decision, after an auxiliary or an adverb ("has also", "ont", "tambem", "por unanimidad"). */
	private static final String DECIDES = "(?:(?:has|have|had|also|further|then|unanimously|therefore|a|ont|ha|han|tem"
			+ "|igualmente|tambem|tambien|asimismo|aussi|egalement|ensuite|finalement|unanimement|donc|hoje|hoy|today"
			+ "|aujourd'hui|ainsi|por\\s+unanimidad|por\\s+unanimidade|a\\s+l'unanimite)\\s+)*(?:agreed|agrees|resolved"
			+ "|resolves|decided|decides|approved|approves|adopted|adopts|endorsed|endorses|instructed|instructs|mandated"
			+ "|directed|authori[sz]ed|appointed|elected|ratified|tasked|voted\\s+(?:to|for|in\\s+favou?r|unanimously)"
			+ "|acordo|acordaron|acuerda|acuerdan|resolvio|resolvieron|resuelve|resuelven|aprobo|aprobaron|aprueba"
			+ "|aprueban|decidio|decidieron|decide|deciden|encomendo|encomendaron|encomienda|instruyo|instruyeron"
			+ "|instruye|autorizo|autorizaron|designo|nombro|ratifico|ratificaron|adopto|adoptaron|eligio|eligieron"
			+ "|avalo|avalaron|respaldaron|convinieron|tiene\\s+por\\s+(?:recibid|aprobad)[oa]s?"
			+ "|aprovou|aprovaram|aprova|aprovam|deliberou|deliberaram|delibera|decidiu|decidiram|resolveu|resolveram"
			+ "|encaminhou|autorizou|ratificou|adoptou|adotou|endossou|elegeu|nomeou|designou|homologou|recomendou"
			+ "|mandatou|instruiu|incumbiu|encarregou|apreciou\\s+e\\s+aprovou|acordaram|concordaram"
			+ "|decidee?s?|decident|adoptee?s?|adoptent|approuvee?s?|approuvent|mandatee?s?|autorisee?s?|enterinee?s?"
			+ "|validee?s?|nommee?s?|designee?s?|resolu|convenu|retenu|charge\\s+(?:le|la|les|l')|instruit)\\b";
	/**
	 * The body, what may stand between it and its verb (a bracket, an apposition between commas: "O encontro, que
	 * congregou em Luanda chefes de Estado …, aprovou"), then the verb; on the folded text.
	 */
	private static final Pattern SHAPE = Patterns.compile("\\b" + BODY + "(?:\\s*\\([^)]{0,60}\\))?(?:\\s*,[^,.;:]{0,100},)?"
			+ "\\s+" + DECIDES);
	/** What may open the sentence before the body and stays in its item: "All", "Most of the", "les 6", a clause and its comma. */
	private static final Pattern LEAD = Pattern.compile("(?!(?:en\\s+outre|a\\s+cet\\s+egard|de\\s+meme|par\\s+ailleurs|also|furthermore"
			+ "|moreover|in\\s+addition|additionally|asimismo|ademas|igualmente|alem\\s+disso|ademais)\\b)(?:all|most\\s+of\\s+the|both|todos\\s+los|todas\\s+las|todos\\s+os"
			+ "|tous\\s+les|la\\s+mayoria\\s+de|a\\s+maioria\\s+d[oa]s|l'ensemble\\s+des|(?:the|les|los|os)\\s+\\d+|\\d+"
			+ "|[^.;:!?\\n]{2,200},)\\s*");
	/** A number or a point's label before the body, left out of the item: "PONTO 4 –", "3.", "12)". */
	private static final Pattern NUMBER = Pattern.compile("(?:ponto|punto|point|item)?\\s*\\d{1,3}(?:\\.\\d{1,2})*\\s*[-–—.):]?\\s*");
	/** Where a sentence begins: after a stop or a colon, a blank line, or a list's marker. */
	private static final Pattern OPENS = Pattern.compile("[.;!?:](?=\\s)|(?<=\\p{Ll}{3}[.;])(?=\\p{Lu}[\\p{Ll}\\s])|\\n\\s*\\n"
			+ "|\\n\\s*(?:[-*+•·]|\\d{1,3}[.)])\\s|(?<=[^\\p{Ll},\\s])[ \\t]*\\n(?=[ \\t]*\\p{Lu})");
	/** Where it ends: a stop before a space (not a blank line: OCR and hard-wrapped lines run on past them). */
	private static final Pattern STOP = Pattern.compile("[.;!?](?=\\s|$)");
	private static final Pattern LETTER = Pattern.compile("\\p{L}");

	/** A colon that ends its line: what the sentence announces may be written on the lines below. */
	private static final Pattern ANNOUNCES = Pattern.compile(":[ \\t]*\\n");
	private static final int LONGEST = 600;

	private BodyDecisions() {
	}

	/**
	 * The words a verb of {@link #DECIDES} can be (its first word where it has more): the text is scanned word by word
	 * for them, and the body looked for only before one. A scan of the whole text with {@link #SHAPE} cost about a fifth
	 * of the readers' time, since the bodies' words ("we", "members", "the board") open at almost every word.
	 */
	private static final Set<String> VERBS = Set.of("agreed", "agrees", "resolved", "resolves", "decided", "decides",
			"approved", "approves", "adopted", "adopts", "endorsed", "endorses", "instructed", "instructs", "mandated",
			"directed", "authorised", "authorized", "appointed", "elected", "ratified", "tasked", "voted", "acordo",
			"acordaron", "acuerda", "acuerdan", "resolvio", "resolvieron", "resuelve", "resuelven", "aprobo", "aprobaron",
			"aprueba", "aprueban", "decidio", "decidieron", "decide", "deciden", "encomendo", "encomendaron", "encomienda",
			"instruyo", "instruyeron", "instruye", "autorizo", "autorizaron", "designo", "nombro", "ratifico",
			"ratificaron", "adopto", "adoptaron", "eligio", "eligieron", "avalo", "avalaron", "respaldaron", "convinieron",
			"tiene", "aprovou", "aprovaram", "aprova", "aprovam", "deliberou", "deliberaram", "delibera", "decidiu",
			"decidiram", "resolveu", "resolveram", "encaminhou", "autorizou", "ratificou", "adoptou", "adotou", "endossou",
			"elegeu", "nomeou", "designou", "homologou", "recomendou", "mandatou", "instruiu", "incumbiu", "encarregou",
			"apreciou", "acordaram", "concordaram", "decidee", "decidees", "decident", "adopte", "adoptee", "adoptes",
			"adoptees", "adoptent", "approuve", "approuvee", "approuves", "approuvees", "approuvent", "mandate", "mandatee",
			"mandates", "mandatees", "autorise", "autorisee", "autorises", "autorisees", "enterine", "enterinee",
			"enterines", "enterinees", "valide", "validee", "valides", "validees", "nomme", "nommee", "nommes", "nommees",
			"designe", "designee", "designes", "designees", "resolu", "convenu", "retenu", "charge", "instruit");
	/** How far before its verb a body may begin: a body of four words and an apposition between commas. */
	private static final int REACH = 260;

	/** The candidates with the body's decisions added after them, each once. */
	static List<Candidate> added(String text, List<Candidate> found) {
		String folded = TextFolding.fold(text).replace('’', '\'');
		Matcher m = SHAPE.matcher(folded).useTransparentBounds(true);
		List<int[]> shapes = new ArrayList<>();
		int to = 0;
		for (int i = 0; i < folded.length(); i++) {
			if (!Character.isLetter(folded.charAt(i)) || i > 0 && Character.isLetterOrDigit(folded.charAt(i - 1))) {
				continue;
			}
			int j = i + 1;
			while (j < folded.length() && Character.isLetter(folded.charAt(j))) {
				j++;
			}
			if (j - i >= 5 && i >= to && VERBS.contains(folded.substring(i, j))) {
				int[] shape = body(folded, m, i, j);
				if (shape != null) {
					shapes.add(shape);
					to = shape[1];
				}
			}
			i = j - 1;
		}
		if (shapes.isEmpty()) {
			return found; // most texts: no body decides in them
		}
		List<String> held = null;
		List<Candidate> all = new ArrayList<>(found);
		int last = -1;
		for (int[] shape : shapes) {
			m.region(shape[0], shape[1]).lookingAt();
			int start = sentenceStart(text, m.start());
			if (start <= last) {
				continue;
			}
			String lead = folded.substring(start, m.start());
			boolean numbered = !lead.isBlank() && NUMBER.matcher(lead).matches();
			if (!lead.isBlank() && !numbered && !LEAD.matcher(lead).matches()) {
				continue;
			}
			int from = lead.isBlank() || numbered ? m.start() : start;
			int end = sentenceEnd(folded, m.end());
			String sentence = text.substring(from, end).replaceAll("\\s+", " ").strip();
			// "Ministers also agreed on: ." announces a list, as "… agreed the following agenda:" does the lines below
			// it; "… deliberou justificar a falta" is the meeting's procedure
			if (sentence.endsWith("?") || sentence.length() < 20 || LETTER.matcher(folded.substring(m.end(), end)).results()
				.count() < 8 || announcesCalendar(text, m.end(), end) || Procedural.is(sentence)) {
				continue;
			}
			if (held == null) {
				held = found.stream().filter(c -> Scoring.model(c).isEmpty()).map(c -> key(c.segment().text())).toList();
			}
			String opening = key(sentence);
			String head = opening.substring(0, Math.min(40, opening.length()));
			if (held.stream().noneMatch(h -> { int at = h.indexOf(head); return at >= 0 && at < 100; })) {
				all.add(new Candidate(new Segment("", null, sentence), TextSpan.NONE, Prose.NARRATIVE));
				last = start;
			}
		}
		return all;
	}

	/** The body's words and its verb, the word at {@code verb} … {@code end} among them, as [start, end]; else null. */
	private static int[] body(String folded, Matcher m, int verb, int end) {
		int limit = Math.min(folded.length(), end + 40);
		for (int w = Math.max(0, verb - REACH); w < verb; w++) {
			if (Character.isLetter(folded.charAt(w)) && (w == 0 || !Character.isLetterOrDigit(folded.charAt(w - 1)))
					&& m.region(w, limit).lookingAt() && m.end() > verb) {
				return new int[] { w, m.end() };
			}
		}
		return null;
	}

	/**
	 * Where the sentence that holds position {@code at} begins: after the last stop, blank line, list marker or line
	 * that ends without a word before a capital ("*****" then "O Conselho …"), or a stop run into the next capital
	 * ("Maputo.A sessão aprovou"). On the text itself, whose capitals the folded one has lost (the offsets are the same).
	 */
	private static int sentenceStart(String text, int at) {
		int start = Math.max(0, at - LONGEST);
		Matcher stop = OPENS.matcher(text).region(start, at).useTransparentBounds(true);
		int found = start;
		while (stop.find()) {
			found = stop.end();
		}
		while (found < at && Character.isWhitespace(text.charAt(found))) {
			found++;
		}
		return found;
	}

	private static int sentenceEnd(String folded, int from) {
		Matcher stop = STOP.matcher(folded).region(from, Math.min(folded.length(), from + LONGEST));
		return stop.find() ? Math.min(stop.start() + 1, folded.length()) : Math.min(folded.length(), from + LONGEST);
	}

	/** "… agreed the following agenda:" over "12 May: …": the calendar's lines are the items (LineShapes.inDatedRun). */
	private static boolean announcesCalendar(String text, int from, int to) {
		Matcher colon = ANNOUNCES.matcher(text).region(from, to);
		if (!colon.find()) {
			return false;
		}
		int next = text.indexOf('\n', colon.end());
		return LineShapes.opensWithDay(text.substring(colon.end(), next < 0 ? text.length() : next));
	}

	private static String key(String text) {
		return TextFolding.fold(text).replaceAll("[^\\p{L}\\d]+", " ").strip();
	}
}
