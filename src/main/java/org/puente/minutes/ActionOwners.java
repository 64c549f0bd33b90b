package org.puente.minutes;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.puente.i18n.TextFolding;

/**
 * Who acts on an action labelled as such, as its line writes it: the owners in the closing brackets of a registered
 * action ("Action Item A2014-07: Prepare doc 5.4 [JMA, asap]", "[MS and TC to coordinate, September 2014]") and the
 * handle after "AI @" ("AI @Markus Fiebig: send information"). Dates, "asap" and lower-case notes ("all WDCs to
 * contribute", "next meeting") in the brackets name no one.
 */
final class ActionOwners {

	private static final Pattern HANDLE = Pattern.compile("^\\W*AI\\s+@([^:@\\n]{1,40}?)\\s*:");

	private static final Pattern CLOSING = Pattern.compile("\\[([^\\[\\]\\n]{1,120})\\]");

	private static final Pattern PARTS = Pattern.compile("\\s*(?:,|;|/|\\band\\b|\\by\\b|\\be\\b|\\bet\\b)\\s*");

	/** What follows the owner in a bracket's part: "JK to coordinate", "Marta para revisar". */
	private static final Pattern AFTER_OWNER = Pattern.compile("\\s+(?:to|para|pour|a|à|with|con|com|avec)\\s.*$");

	private static final Pattern NO_ONE = Pattern.compile("(?i)asap|tbd|tbc|done|open|n/?a|all|todos|tous");

	private ActionOwners() {
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
