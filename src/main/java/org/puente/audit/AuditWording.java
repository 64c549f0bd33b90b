package org.puente.audit;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A module's wording of its own audit entries in the reader's language, applied when the audit page is read: the
 * stored summary stays as written ("PA draft", "expert 079b8f09-…", a meeting's Spanish title), and the module that
 * wrote it says it in words — the country's localized name, the expert's name, the meeting's title in the reader's
 * language — with a link to the record while it exists. The audit module reads no module's tables; each module that
 * phrases its entries registers one bean, and is asked once per page with all of its entries on that page, so that
 * it names them in one query (not one per row).
 */
public interface AuditWording {

	/** The module whose entries this bean words, as stored in {@code audit_entry.capability}. */
	String capability();

	/**
	 * This module's entries of one page in {@code locale}, by entry id; an entry left out keeps its stored summary.
	 * At most one query for the whole page.
	 */
	Map<Long, AuditWords> worded(List<AuditedEntry> entries, Locale locale);

	/**
	 * The current names of the records of this module's entries in {@code locale} (a meeting's title in the reader's
	 * language), by entry id, without the audit page's phrase around them: the public's "recent changes" name what
	 * changed by it. An entry left out (its record gone) keeps its stored summary. At most one query per kind.
	 */
	default Map<Long, AuditWords> named(List<AuditedEntry> entries, Locale locale) {
		return Map.of();
	}

	/**
	 * Which of this module's entries read as containing {@code words} in {@code locale} — by the name of their
	 * record (at most one query) or by the words of their wording — so that the page's search finds what the page
	 * shows without reading the log.
	 */
	List<AuditMatch> matching(String words, Locale locale);
}
