package org.puente.search;

import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;
import org.puente.i18n.Language;

/**
 * What results can be narrowed by. Each {@link SearchSource} declares the facets its entries carry; a source that
 * does not carry an active facet is left out of that search (glossary terms have no year, so a year filter leaves
 * them out). {@link #TYPE} is the source itself and is handled by the search, never by a source.
 */
public enum SearchFacet {

	TYPE("type", "[a-z]{1,20}"),
	KIND("kind", "[A-Z][A-Z_]{0,39}"),
	PROCESS("process", "[A-Z]{2,10}"),
	SESSION("session", "[1-9][0-9]?"),
	OBJECTIVE("objective", "[1-9][0-9]?"),
	YEAR("year", "(19|20)[0-9]{2}"),
	LANG("language", String.join("|", Language.CODES));

	private final String parameter;

	private final Pattern values;

	SearchFacet(String parameter, String values) {
		this.parameter = parameter;
		this.values = Pattern.compile(values);
	}

	/** The request parameter and the API's facet name: {@code kind}, {@code year}… */
	public String parameter() {
		return parameter;
	}

	/** The index field holding the values (the language facet's parameter would clash with the entry's own). */
	String field() {
		return this == LANG ? "languages" : parameter;
	}

	/** Whether a value could be one of this facet's (a cheap shape check made before anything is searched). */
	public boolean accepts(String value) {
		return values.matcher(value).matches();
	}

	public static Optional<SearchFacet> ofParameter(String parameter) {
		return Arrays.stream(values()).filter(f -> f.parameter.equals(parameter)).findFirst();
	}
}
