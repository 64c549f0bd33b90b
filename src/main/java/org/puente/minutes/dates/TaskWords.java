package org.puente.minutes.dates;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Whether the words of an item give someone something to do ("Mozinet rédigera un article", "Enviar el informe",
 * "Dana will send", "deverá apresentar"): then a date its words leave open is the task's limit, not an event's day.
 * Read on the item's own text, lower-cased with its accents (the future tense is told by them: "enviará").
 */
final class TaskWords {

	/** An infinitive opening the item: the imperative of task lists ("Enviar el acta", "Rédiger la note"). */
	private static final Map<String, Pattern> OPENING_INFINITIVE = Map.of(
			"es", Pattern.compile("^\\p{L}{3,}(?:ar|er|ir)(?:lo|la|los|las|le|les|se)?\\b"),
			"pt", Pattern.compile("^\\p{L}{3,}(?:ar|er|ir)\\b"),
			"fr", Pattern.compile("^\\p{L}{3,}(?:er|ir|re)\\b"),
			"en", Pattern.compile("^(?:send|prepare|draft|review|update|write|finali[sz]e|submit|create|check|contact"
					+ "|share|organi[sz]e|schedule|follow up|circulate|complete|fix|investigate|set up|add|ask|publish"
					+ "|distribute|provide|present|reach out|look into|confirm|book|invite|merge|release|move)\\b"));

	/** The future or an obligation told of someone: "enviará", "deberá", "vai", "rédigera", "va répondre", "will". */
	private static final Map<String, Pattern> TASK = Map.of(
			"es", Pattern.compile("\\p{L}{2,}(?:ará|erá|irá|arán|erán|irán)(?![\\p{L}\\d])|\\b(?:debe|deben|tiene que"
					+ "|tienen que|queda encargad|quedan encargad|se encarga|se compromete|se comprometen|responsable de"
					+ "|a cargo de|encargad[oa]s? de)\\b"),
			"pt", Pattern.compile("\\p{L}{2,}(?:ará|erá|irá|arão|erão|irão)(?![\\p{L}\\d])|\\b(?:vai|vão|deve|devem"
					+ "|tem que|têm que|fica responsável|ficam responsáveis|ficou responsável|ficaram responsáveis"
					+ "|responsável por|se compromete|encarregad[oa]s? de)\\b"),
			"fr", Pattern.compile("\\p{L}{2,}(?:era|eront|ira|iront|dra|dront|rra|rront)(?![\\p{L}\\d])"
					+ "|\\b(?:va|vont|doit|doivent|devra|devront|se charge|se chargent|s'occupe|s’occupe|est chargée?"
					+ "|sont chargé(?:e)?s|chargée? de|pourra|fera|feront)\\b"),
			"en", Pattern.compile("\\b(?:will|shall|should|must|needs? to|need to|has to|have to|is to|are to"
					+ "|to be done|agreed to|volunteered to|responsible for|action|todo|to do)\\b"));

	/** English action notes: "Ann to send the slides", "Ann and Bob to review", "PM to update the page". */
	private static final Pattern NAMES_TO = Pattern.compile("^(?:\\p{Lu}[\\p{L}.'-]*(?: and | & |, | ?/ ?| )){1,4}to \\p{Ll}");

	/** "Name: …", a numbered label ("Acción 5:", "Action n°4 :"), a bullet or a number opening the item, before its first word. */
	private static final Pattern LEAD = Pattern.compile("^(?:[\\s\\-*•▪·>#\\d.)(]+|\\[[ x]\\]\\s*|\\p{L}[\\p{L}\\d .'/°º#-]{0,40}:\\s)*");

	private TaskWords() {
	}

	/** Whether the item's words set someone a task. */
	static boolean setTask(String itemText, String lang) {
		String text = itemText.toLowerCase(Locale.ROOT);
		Pattern task = TASK.get(lang);
		if (task != null && task.matcher(text).find()) {
			return true;
		}
		if (lang.equals("en") && NAMES_TO.matcher(LEAD.matcher(itemText).replaceFirst("")).find()) {
			return true;
		}
		Pattern opening = OPENING_INFINITIVE.get(lang);
		String rest = LEAD.matcher(text).replaceFirst("");
		return opening != null && opening.matcher(rest).find();
	}
}
