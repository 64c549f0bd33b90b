package org.puente.search;

import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.jayway.jsonpath.JsonPath;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The check every source's tests run: for each facet, filtering a search by one of its values either narrows the
 * source's results to exactly those the facet counted for that value, or — when the source does not carry that
 * facet — leaves the source out entirely. And the counts add up: the types' counts make the total.
 */
public final class FilterCheck {

	/** A value of the right shape for each facet, for sources that do not carry it. */
	private static final Map<SearchFacet, String> ANY = new EnumMap<>(Map.of(SearchFacet.KIND, "FINAL_ACT",
			SearchFacet.PROCESS, "CRM", SearchFacet.SESSION, "1", SearchFacet.OBJECTIVE, "1", SearchFacet.YEAR,
			"2017", SearchFacet.LANG, "es"));

	private FilterCheck() {
	}

	/** Runs the check for a source whose results the query finds, returns the facets it checked as narrowing. */
	public static Set<SearchFacet> everyFilter(MockMvc mvc, String type, Set<SearchFacet> declared, String query)
			throws Exception {
		String all = json(mvc, get("/api/v1/search").param("q", query).param("type", type));
		int total = JsonPath.read(all, "$.total");
		assertThat(total).as("the query must find some %s to check the filters on", type).isPositive();
		assertThat(JsonPath.<List<String>>read(all, "$.results[*].type")).containsOnly(type);
		List<Integer> typeCounts = JsonPath.read(all, "$.facets.type[*].count");
		assertThat(typeCounts.stream().mapToInt(Integer::intValue).sum()).as("the types' counts add up").isEqualTo(total);
		for (SearchFacet facet : ANY.keySet()) {
			if (declared.contains(facet)) {
				List<String> values = JsonPath.read(all, "$.facets." + facet.parameter() + "[*].value");
				assertThat(values).as("%s carries %s", type, facet).isNotEmpty();
				String value = values.get(values.size() - 1);
				int promised = JsonPath.<List<Integer>>read(all, "$.facets." + facet.parameter() + "[?(@.value == '"
						+ value + "')].count").get(0);
				String narrowed = json(mvc, get("/api/v1/search").param("q", query).param("type", type)
					.param(facet.parameter(), value));
				assertThat(JsonPath.<Integer>read(narrowed, "$.total")).as("%s narrowed by %s=%s", type, facet, value)
					.isEqualTo(promised);
				assertThat(JsonPath.<List<String>>read(narrowed, "$.facets." + facet.parameter() + "[*].value"))
					.contains(value);
			}
			else {
				String left = json(mvc, get("/api/v1/search").param("q", query).param(facet.parameter(), ANY.get(facet)));
				assertThat(JsonPath.<List<String>>read(left, "$.results[*].type")).as("%s left out by %s", type, facet)
					.doesNotContain(type);
				assertThat(typesCounted(left)).doesNotContain(type);
			}
		}
		return declared;
	}

	/** The types in the type facet (none when nothing matched). */
	private static List<String> typesCounted(String json) {
		try {
			return JsonPath.read(json, "$.facets.type[*].value");
		}
		catch (com.jayway.jsonpath.PathNotFoundException nothingMatched) {
			return List.of();
		}
	}

	private static String json(MockMvc mvc, MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}
}
