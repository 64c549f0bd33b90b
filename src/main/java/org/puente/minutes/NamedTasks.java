package org.puente.minutes;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.puente.i18n.TextFolding;

/**
 * A task given by name, for {@link Narrative}: who acts (named people, or everyone), a colon, an instruction —
 * "Jonathon, Sebastian: Read the paper", "Nate: please send …", "All: Continue working"; not a field or a topic before
 * the colon ("Evaluation: compare …", "Infraestructura: revisar …").
 */
final class NamedTasks {

	/** "Jonathon: Document the readings", "Nate: please send …", "All: Continue …": who acts, a colon, an instruction. */
	private static final Pattern NAMED_TASK = Pattern.compile("^[-*•\\s]*(\\p{Lu}[\\p{L}'’.\\-]*(?:\\s*(?:,|&|/|and|et|y|e)"
			+ "\\s*\\p{Lu}[\\p{L}'’.\\-]*){0,3})\\s*:\\s*(?:please\\s+|por\\s+favor,?\\s+|merci\\s+de\\s+)?(\\S.*)$");
	/** Everyone at once: "All: Continue …", "Todos: revisar …". */
	private static final Pattern EVERYONE = Pattern.compile("^(?:all|everyone|everybody|todos|todas|tous|toutes|team|equipe"
			+ "|equipo|time)$");
	/** Abstract nouns name a field or a topic ("Evaluation: compare …", "Infraestructura: revisar …"), not who acts. */
	private static final Pattern TOPIC_WORD = Pattern.compile("(?:tion|cion|cao|sion|ment|ity|dad|dade|ite|ing|ogy|ogie|logia"
			+ "|ure|ura|ance|ence|ncia|ismo|ism|end|ware)$");

	private NamedTasks() {
	}

	/** "Jonathon, Sebastian: Read the paper", "All: Continue working": named people (or all), a colon, an instruction. */
	static boolean told(String line) {
		Matcher m = NAMED_TASK.matcher(line.strip());
		if (!m.find() || !ItemDetails.opensWithVerb(m.group(2))) {
			return false;
		}
		String who = TextFolding.fold(m.group(1));
		return EVERYONE.matcher(who).matches() || PersonNames.names(m.group(1)) && !TOPIC_WORD.matcher(who).find();
	}
}
