package org.puente.directory;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * One of the two regional conferences on migration: the CRM (North and Central America) and the CSM (South America).
 * Stored as its name, in PostgreSQL {@code text[]} columns where a record concerns one or both; shown through the
 * message {@code process.CRM} / {@code process.CSM}. The reference data ({@code reference/processes.csv}) holds the
 * conferences' names and regions.
 */
public enum Conference {

	CRM, CSM;

	/** Both conferences, in their usual order. */
	public static final List<Conference> BOTH = List.of(CRM, CSM);

	/** The conference with this code ("CRM", "crm"), or empty for anything else, blank or null. */
	public static Optional<Conference> of(@Nullable String code) {
		if (code == null) {
			return Optional.empty();
		}
		return Arrays.stream(values()).filter(c -> c.name().equalsIgnoreCase(code.strip())).findFirst();
	}

	/** Whether the text is exactly a conference's code ("CRM", not "crm"). */
	public static boolean isCode(@Nullable String code) {
		return Arrays.stream(values()).anyMatch(c -> c.name().equals(code));
	}

	/** The conferences named in these codes, in order, leaving out anything that is not a conference's code. */
	public static Set<Conference> setOf(@Nullable Collection<String> codes) {
		EnumSet<Conference> conferences = EnumSet.noneOf(Conference.class);
		if (codes != null) {
			codes.forEach(code -> of(code).ifPresent(conferences::add));
		}
		return conferences;
	}

	/** These conferences in the enum's order, unmodifiable (a copy). */
	public static Set<Conference> inOrder(@Nullable Collection<Conference> conferences) {
		return conferences == null || conferences.isEmpty() ? Set.of()
				: java.util.Collections.unmodifiableSet(EnumSet.copyOf(conferences));
	}

	/** The codes of these conferences, in the enum's order. */
	public static List<String> codes(Collection<Conference> conferences) {
		return conferences.isEmpty() ? List.of() : EnumSet.copyOf(conferences).stream().map(Enum::name).toList();
	}

	/** The key of the conference's short name in the message bundles. */
	public String messageKey() {
		return "process." + name();
	}
}
