package org.puente.minutes;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.commonmark.node.ListBlock;
import org.commonmark.node.Node;
import org.puente.i18n.TextFolding;

/**
 * Whether the points under an item detail it or each carry a task of their own. A point is a task of its own when it
 * names who acts ("Ana: enviar…", "Luis will…"), states a decision, opens with a verb of action (an infinitive in
 * es/pt/fr, an imperative in en) or says by when; otherwise ("Quantidade de servidores ativos", "budget: 2,000 €")
 * it is part of the item above, as the annotation rules and a secretariat's register count it.
 */
final class ItemDetails {

	/** An infinitive opening the point: "Enviar el informe", "Atualizar a wiki", "Préparer la salle". */
	private static final Pattern INFINITIVE = Pattern.compile("^(?!(?:other|number|paper|member|letter|water|center"
			+ "|centre|year|software|hardware|care|future|structure|procedure|user|owner|over|under|after|never|ever"
			+ "|order|folder|server|header|footer|poster|theatre|barrier|career|lugar|hogar|mujer|nivel|par|mar|bar"
			+ "|car|star|pour|sur|leur|heure|autre|notre|votre|lettre|titre|membre|nombre|numero|ordre|centre|cadre"
			+ "|livre|libre|entre|contre|mestre|semestre|trimestre|registre|ministre|padre|madre|sobre|podre|pobre"
			+ "|there|here|where|were|more|before|sure|store|share|future|nature)\\b)"
			+ "\\p{L}{2,}(?:ar|er|ir|re)\\b");
	/** An imperative opening an English point: "Update the timeline", "Send the draft". */
	private static final Pattern IMPERATIVE = Pattern.compile("^(?:add|update|write|send|review|prepare|create|check"
			+ "|fix|move|merge|schedule|contact|share|circulate|draft|finali[sz]e|organi[sz]e|set\\s+up|follow\\s+up"
			+ "|publish|ask|invite|book|submit|test|deploy|release|investigate|email|call|confirm|remove|make|get|find"
			+ "|look\\s+into|talk\\s+to|open|close|plan|coordinate|reach\\s+out|document|implement|arrange|collect"
			+ "|prepare|present|propose|agree|decide|approve|sign|pay|buy|order|print|upload|announce|notify|inform|populate"
			+ "|complete|finish|follow|install|configure|migrate|register|renew|request|reply|respond|edit|translate"
			+ "|improve|change|consider|determine|specify|figure\\s+out|go\\s+to|do|enable|use|start|continue|keep"
			+ "|define|design|clarify|explore|verify|ensure|provide|prioriti[sz]e|put|write\\s+up|read|try|play\\s+(?:around|with)"
			+ "|work\\s+on|research|study|analy[sz]e|summari[sz]e|fill\\s+(?:in|out)|clean\\s+up|refactor|push|assign|train|compare)\\b");
	/** By when: "by Friday", "antes del 12/05", "até sexta", "d'ici fin mars", a day written in figures. */
	private static final Pattern DUE = Pattern.compile("\\b(?:by|until|before|due|antes\\s+del?|hasta|para\\s+el"
			+ "|ate|prazo|avant\\s+le|d'ici|pour\\s+le)\\b|\\b\\d{1,2}[/.-]\\d{1,2}(?:[/.-]\\d{2,4})?\\b");

	/** A point that only names people ("**Oscar de Brito**", "Ana Souza"): who does the item, not a task of its own. */
	private static final Pattern ONLY_NAMES = Pattern.compile("\\p{Lu}[\\p{L}'’\\-]+(?:\\s+(?:(?:de|da|do|dos|das|del|de\\s+la"
			+ "|van|von|du|le)\\s+)?\\p{Lu}[\\p{L}'’\\-]+){1,3}");

	private ItemDetails() {
	}

	/** Whether the point only names people, two to four capitalised words ("Oscar de Brito"). */
	static boolean onlyNames(String point) {
		String plain = plain(point).strip().replaceAll("[.;,]$", "");
		return ONLY_NAMES.matcher(plain).matches()
				&& PersonNames.names(plain.replaceAll("\\s+(?:de|da|do|dos|das|del|de\\s+la|van|von|du|le)\\s+", " "));
	}

	/** Whether the point carries its own action, owner or date (then it is an item of its own). */
	static boolean ownAction(String point) {
		String plain = plain(point);
		String folded = TextFolding.fold(plain);
		return !onlyNames(point) && (statesTask(point) || INFINITIVE.matcher(folded).find() || IMPERATIVE.matcher(folded).find()
				|| DUE.matcher(folded).find());
	}

	/** "→ Les recontacter pour…", "=> CGU validées": a point that opens with an arrow states the outcome of its topic. */
	static boolean outcome(String point) {
		return plain(point).matches("(?s)^(?:→|⇒|=>|->)\\s*\\p{L}.*");
	}

	/** An outcome ("→ …") or a task tagged where it stands ("#todo", "AI: Kim to …"): an item even among the agenda's notes. */
	static boolean standsAlone(String point) {
		return outcome(point) || SectionCues.tagged(point);
	}

	/** Whether the words open with a verb of action: "Créer l'alias", "Populate the board", "Enviar el acta". */
	static boolean opensWithVerb(String words) {
		String folded = TextFolding.fold(plain(words));
		return INFINITIVE.matcher(folded).find() || IMPERATIVE.matcher(folded).find();
	}

	/** The item with a point that details it appended, its span running to the point's end. */
	static Candidate merge(Candidate item, String point, int pointEnd) {
		Segment s = item.segment();
		String words = point.replaceAll("(?m)^\\s*(?:>\\s*)?(?:[-*+]|\\d+[.)])\\s+", "").replaceAll("\\s+", " ").strip();
		TextSpan span = item.span().located() ? new TextSpan(item.span().start(), pointEnd) : item.span();
		List<String> owners = new ArrayList<>(s.owners());
		if (onlyNames(point)) {
			owners.add(plain(point).strip().replaceAll("[.;,]$", ""));
		}
		return new Candidate(new Segment(s.number(), s.theme(), s.text() + " " + words, owners, s.due()), span,
				item.confidence());
	}

	/** Whether any point of the list carries its own action; {@code source} gives a point's Markdown. */
	static boolean anyOwnAction(ListBlock list, Function<Node, String> source) {
		for (Node point = list.getFirstChild(); point != null; point = point.getNext()) {
			if (ownAction(source.apply(point))) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether a remark quoted under an item ("&gt; Confirmar após análise") is a task of its own: only when it says
	 * so in words (a cue, who acts, a decision told); a quote under an item otherwise comments on it.
	 */
	static boolean statesTask(String point) {
		String plain = plain(point);
		return SectionCues.inline(plain) || Narrative.states(plain) || !SectionCues.colonOwners(plain).isEmpty();
	}

	private static String plain(String point) {
		return Markers.stripEmphasis(point.strip()).replaceFirst("^(?:>\\s*)?(?:[-*+•]|\\d{1,2}[.)])\\s+", "");
	}
}
