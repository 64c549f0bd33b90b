package org.puente.experts;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The region an expert's work speaks for, tracked for the regional balance of a list. */
public enum Region {
	NORTH_AMERICA, CENTRAL_AMERICA, CARIBBEAN, SOUTH_AMERICA, OUTSIDE;

	private static final Map<String, Region> COUNTRIES = countries();

	/** The region of a country (ISO 3166-1 alpha-2): the Americas by sub-region, any other country outside. */
	static Region of(String iso2) {
		return COUNTRIES.getOrDefault(iso2, OUTSIDE);
	}

	private static Map<String, Region> countries() {
		Map<String, Region> all = new HashMap<>();
		List.of("CA", "US", "MX").forEach(c -> all.put(c, NORTH_AMERICA));
		List.of("BZ", "CR", "SV", "GT", "HN", "NI", "PA").forEach(c -> all.put(c, CENTRAL_AMERICA));
		List.of("AG", "BS", "BB", "CU", "DM", "DO", "GD", "HT", "JM", "KN", "LC", "VC", "TT", "PR")
			.forEach(c -> all.put(c, CARIBBEAN));
		List.of("AR", "BO", "BR", "CL", "CO", "EC", "GY", "PY", "PE", "SR", "UY", "VE")
			.forEach(c -> all.put(c, SOUTH_AMERICA));
		return Map.copyOf(all);
	}
}
