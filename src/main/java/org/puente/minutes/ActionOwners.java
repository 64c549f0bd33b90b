package org.puente.minutes;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.puente.i18n.TextFolding;

/**
 * Who acts on an action labelled as such, as its line writes it: the owners in the closing brackets of a registered
 * action ("Action Item A2014-07: Prepare doc 5.4 [JMA, asap]", "[MS and TC to coordinate, September 2014]") and the
 * name after an "AI" label ("AI @Markus Fiebig: send information", "(**AI: Kim** to set up the invite)"). Dates, "asap" and lower-case notes ("all WDCs to
 * contribute", "next meeting") in the brackets name no one. A task under a heading that only names people ("=== David
 * Berry", "### William and Denis", "#### All") is theirs when it names no one acting itself; under a heading of
 * actions, so is one that opens with a name and a dash ("Kate- Transfer the document").
 */
final class ActionOwners {

	/** "AI @Markus Fiebig: …", "(**AI: Bill S** to send …)", "(AI all**: please review …)", "AI: All - vote on it". */
	private static final Pattern HANDLE = Pattern.compile("(?:^|(?<=[(\\s'*_]))AI[*_]*\\s*(?:[:@]\\s*@?|\\s+(?=[Aa]ll[*_]*\\s*:))"
			+ "(\\p{L}[\\p{L}.\\- ]{0,38}?)\\s*(?:[*_]+|:|\\s-\\s|\\s(?=to\\b|will\\b))");

	private static final Pattern CLOSING = Pattern.compile("\\[([^\\[\\]\\n]{1,120})\\]");

	/** What joins two names, in a bracket or a heading: "MS and TC", "JK/MS", "William y Denis", "Kriti & Li". */
	private static final String JOINER = "\\s*(?:,|;|&|/|\\band\\b|\\by\\b|\\be\\b|\\bet\\b)\\s*";

	private static final Pattern PARTS = Pattern.compile(JOINER);

	/** What follows the owner in a bracket's part: "JK to coordinate", "Marta para revisar". */
	private static final Pattern AFTER_OWNER = Pattern.compile("\\s+(?:to|para|pour|a|à|with|con|com|avec)\\s.*$");

	private static final Pattern NO_ONE = Pattern.compile("(?i)asap|tbd|tbc|done|open|n/?a|all|todos|tous");

	/** A full name ("David Berry", "Ge Peng", "Liu Yiming") or initials ("JK"): one name alone as a heading. */
	private static final String FULL_NAME = "(?:\\p{Lu}[\\p{Ll}'’\\-]+(?:\\s+\\p{Lu}[\\p{Ll}'’\\-]+){1,2}|\\p{Lu}{2,3})";

	private static final String FIRST_NAME = "\\p{Lu}[\\p{Ll}'’\\-]+";

	/** Heading that names only people: a full name, names joined ("William and Denis"), or everyone ("All"). */
	private static final Pattern PEOPLE = Pattern.compile("^(?:" + FULL_NAME + "|(?:" + FULL_NAME + "|" + FIRST_NAME
			+ ")(?:" + JOINER + "(?:" + FULL_NAME + "|" + FIRST_NAME + ")){1,4}"
			+ "|All(?:\\s+(?:Team\\s+)?Members)?|Everyone|Todos|Todas|Tous|Toutes)$");

	/** Words of the headings that look like names and name a topic: "Old Business", "Asuntos Varios", "Points Divers". */
	private static final Pattern TOPIC = Pattern.compile("\\b(?:business|matters?|items?|issues?|reports?|updates?|news"
			+ "|notes|other|old|new|general|open|next|any|discussion|questions?|points?|asuntos|varios|otros|temas?|informes?"
			+ "|assuntos|gerais|outros|informes|divers|affaires|questions|nouvelles|sujets)\\b");

	private ActionOwners() {
	}

	/** "Kate- Transfer the document", "Dave/JeffL - Update zlib", "Phil R - Update the events": who, a dash, the task. */
	private static final Pattern DASHED = Pattern.compile("^(\\p{Lu}[\\p{L}]*(?:\\s\\p{Lu}\\b)?(?:\\s*/\\s*\\p{Lu}[\\p{L}]*)*)\\s*[-–]\\s+\\S");

	/** A heading that only names the people who act ("David Berry", "William and Denis", "All"), no topic. */
	static boolean namesPeople(String heading) {
		return PEOPLE.matcher(heading.strip()).matches() && !TOPIC.matcher(TextFolding.fold(heading)).find();
	}

	/** The owners the item's line or its heading writes (see the class), or none. */
	static List<String> owners(Segment item) {
		List<String> written = owners(item.text());
		Matcher dashed = DASHED.matcher(item.text());
		if (written.isEmpty() && item.theme() != null && SectionCues.heading(item.theme()) == SectionCues.Kind.DECISIONS
				&& dashed.find() && !TOPIC.matcher(TextFolding.fold(dashed.group(1))).find() && PersonNames.names(dashed.group(1))) {
			return List.of(PARTS.split(dashed.group(1)));
		}
		if (!written.isEmpty() || item.theme() == null || !PEOPLE.matcher(item.theme().strip()).matches()
				|| TOPIC.matcher(TextFolding.fold(item.theme())).find()
				|| SectionCues.heading(item.theme()) != SectionCues.Kind.NEUTRAL
				|| !ItemDetails.opensWithVerb(item.text().replaceFirst("^\\[[ xX]?\\]\\s*", ""))
				|| !PersonNames.acting(item.text()).isEmpty()) {
			return written;
		}
		return List.of(PARTS.split(item.theme().strip()));
	}

	/**
	 * The closing bracket of a registered action, where the register writes who and by when ("Action Item A2014-16:
	 * Confirm … [GB, April 2014]"), as the item's deadline cell: its date is the action's limit, like a task table's
	 * deadline column, even when it has passed (an open action carried over from earlier meetings). None for another
	 * item.
	 */
	static List<String> dueCell(String text) {
		String stripped = text.strip();
		// only "Action …", "Acción …", "Ação …" with a bracket can be one: the others are not folded (one per item read)
		if (stripped.isEmpty() || (stripped.charAt(0) | 0x20) != 'a' || text.indexOf(']') < 0
				|| !Markers.ACTION_REGISTER.matcher(TextFolding.fold(stripped)).find()) {
			return List.of();
		}
		Matcher closing = CLOSING.matcher(text);
		return closing.find() ? List.of(closing.group(1)) : List.of();
	}

	static List<String> owners(String text) {
		Matcher handle = HANDLE.matcher(text);
		if (handle.find()) {
			return List.of(handle.group(1).strip());
		}
		if (!Markers.ACTION_REGISTER.matcher(TextFolding.fold(text.strip())).find()) {
			return List.of();
		}
		Matcher closing = CLOSING.matcher(text);
		if (!closing.find()) {
			return List.of();
		}
		List<String> owners = new ArrayList<>();
		for (String part : PARTS.split(closing.group(1))) {
			String owner = AFTER_OWNER.matcher(part.strip()).replaceFirst("");
			if (!owner.isEmpty() && Character.isUpperCase(owner.charAt(0)) && owner.chars().noneMatch(Character::isDigit)
					&& !NO_ONE.matcher(owner).matches() && owner.length() <= 40) {
				owners.add(owner);
			}
		}
		return owners;
	}
}
