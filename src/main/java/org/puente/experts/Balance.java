package org.puente.experts;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The balance indicators of a list of nominees, shown while choosing: how many of each gender, from how many
 * countries and regions, speaking which languages.
 */
public record Balance(int total, Map<Gender, Integer> genders, Map<String, Integer> countries,
		Map<String, Integer> languages, Map<Region, Integer> regions) {

	static Balance of(Collection<ExpertSummary> experts) {
		Map<Gender, Integer> genders = new EnumMap<>(Gender.class);
		Map<String, Integer> countries = new TreeMap<>();
		Map<String, Integer> languages = new TreeMap<>();
		Map<Region, Integer> regions = new EnumMap<>(Region.class);
		for (ExpertSummary e : experts) {
			genders.merge(e.data().gender(), 1, Integer::sum);
			countries.merge(e.data().country(), 1, Integer::sum);
			regions.merge(e.data().region(), 1, Integer::sum);
			e.data().languages().forEach(l -> languages.merge(l, 1, Integer::sum));
		}
		return new Balance(experts.size(), genders, countries, languages, regions);
	}

	public int women() {
		return genders.getOrDefault(Gender.FEMALE, 0);
	}

	public int men() {
		return genders.getOrDefault(Gender.MALE, 0);
	}
}
