package org.puente.search;

import java.util.List;
import java.util.Locale;

/**
 * Widens a query with equivalent terms in other languages (the glossary implements it: "migrante extrarregional"
 * also finds "extra-regional migrant"). The search page shows what was added, as "also searched: …".
 */
public interface QueryExpansion {

	List<String> equivalents(String text, Locale locale);
}
