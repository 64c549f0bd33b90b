package org.puente.search;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.EntityManagerFactory;

import org.junit.jupiter.api.Test;
import org.puente.PuenteTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.puente.PageContent.holds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.isOneOf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The search box in every header, the results' types and kinds, and a clear answer to every kind of bad input. */
@PuenteTest
class SearchPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	EntityManagerFactory entityManagers;

	@Autowired
	List<SearchSource> sources;

	@Autowired
	SearchLabels labels;

	@Autowired
	SearchEntries entries;

	@Autowired
	org.springframework.transaction.support.TransactionTemplate transactions;

	@Test
	void everyPageHasTheSearchBoxInItsHeader() throws Exception {
		for (String page : new String[] { "/", "/documents", "/meetings", "/glossary", "/search?q=acta" }) {
			mvc.perform(get(page))
				.andExpect(status().isOk())
				.andExpect(holds("<form class=\"site-search\" role=\"search\" method=\"get\" action=\"/search\">",
						"for=\"site-search-q\""));
		}
	}

	@Test
	void resultsSayTheirTypeAndKindInTheReadersLanguage() throws Exception {
		mvc.perform(get("/api/v1/search").param("q", "acta").param("lang", "en").param("type", "document"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.results[*].type", everyItem(is("document"))))
			.andExpect(jsonPath("$.results[*].typeLabel", everyItem(is("Document"))))
			.andExpect(jsonPath("$.results[?(@.kind.code == 'FINAL_ACT')].kind.label", everyItem(is("Minutes (acta)"))))
			.andExpect(jsonPath("$.totalRelation").value("eq"));
		mvc.perform(get("/v3/api-docs"))
			.andExpect(holds("/api/v1/search", "ApiKind"));
	}

	@Test
	void resultsGiveTheirDateInTheReadersLanguageAndAPracticeItsYear() throws Exception {
		// seen in the walk-through: "08/06/2017" (read 6 August in English) and "01/01/2015" for a practice that
		// started in 2015
		mvc.perform(get("/search").param("q", "retorno digno").header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(holds(">Jun 8, 2017</time>", "datetime=\"2015\">2015</time>"));
	}

	@Test
	void answersBadInputClearlyAndNeverWithA500() throws Exception {
		mvc.perform(get("/api/v1/search").param("q", "x".repeat(10_000)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail", containsString("300")));
		mvc.perform(get("/api/v1/search").param("q", "- | ( ) * ~ + or OR \"\" -"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail", containsString("palabra")));
		mvc.perform(get("/api/v1/search").param("q", "\"trata de personas")).andExpect(status().isOk());
		mvc.perform(get("/api/v1/search").param("q", "migrantes").param("type", "document", "meeting")
			.param("kind", "FINAL_ACT").param("process", "CRM").param("session", "3").param("objective", "23")
			.param("year", "2017").param("language", "es")).andExpect(status().isOk());
		for (String page : new String[] { "-1", "0", "999999", "abc", "51" }) {
			mvc.perform(get("/api/v1/search").param("q", "migrantes").param("page", page))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.detail", containsString("50")));
			mvc.perform(get("/search").param("q", "migrantes").param("page", page))
				.andExpect(status().isBadRequest())
				.andExpect(content().string(containsString("id=\"search-problem\"")));
		}
		mvc.perform(get("/api/v1/search").param("q", "migrantes").param("kind", "NO_SUCH_KIND"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(0));
		mvc.perform(get("/search").param("q", "migrantes").param("kind", "NO_SUCH_KIND"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"no-results\"")));
		mvc.perform(get("/api/v1/search").param("q", "migrantes").param("year", "1; drop table x"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail", containsString("year")));
		mvc.perform(get("/api/v1/search").param("q", "migrantes").param("type", "nothing"))
			.andExpect(status().is(isOneOf(200)))
			.andExpect(jsonPath("$.total").value(0));
	}

	@Test
	void theBadInputsOfTheSearchPageAreAnsweredInWords() throws Exception {
		mvc.perform(get("/search").param("q", "migración ".repeat(1_000)))
			.andExpect(status().isBadRequest())
			.andExpect(holds("id=\"search-problem\"", "300"));
		mvc.perform(get("/search").param("q", "- | ( ) * ~ + or OR \"\" -"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"search-problem\"")));
		// a script asking the page for JSON gets the same sentence as a problem report
		mvc.perform(get("/search").param("q", "migrantes").param("page", "abc").accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.code").value("search.badPage"));
		mvc.perform(get("/search").param("q", "\"trata de personas"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"result-count\"")));
		mvc.perform(get("/search").param("q", "migrantes").param("type", "document", "meeting")
			.param("kind", "FINAL_ACT").param("process", "CRM").param("session", "3").param("objective", "23")
			.param("year", "2017").param("language", "es"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"result-count\"")));
		mvc.perform(get("/api/v1/search").param("q", "migrantes"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.truncated").value(false));
	}

	/** Walk 9: a search of 300 characters made a title of 320 that a screen reader read whole on every page load. */
	@Test
	void aLongSearchIsShortenedInThePageTitleAndKeptWholeInTheBox() throws Exception {
		String typed = "migración ".repeat(30).strip();
		String page = mvc.perform(get("/search").param("q", typed).header("Accept-Language", "es"))
			.andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		String title = page.substring(page.indexOf("<title>") + 7, page.indexOf("</title>"));
		assertThat(title).startsWith("«migración migración").endsWith("» — Buscar — Puente");
		assertThat(title.length()).isLessThanOrEqualTo(90);
		assertThat(page).contains("value=\"" + typed + "\"");
	}

	/**
	 * Walk 9 #22: a Portuguese word finds Spanish, English and French texts too; each result says which words found
	 * it and, when its passage is in another language than the page, which one, marked with {@code lang}.
	 */
	@Test
	void aResultSaysWhichWordsFoundItAndInWhatLanguageItsPassageIsWritten() throws Exception {
		String all = page(get("/search").param("q", "migração"));
		// a Spanish text found by the Portuguese word, an English one marked as English
		assertThat(all).contains("Palabras halladas:", "<mark>migración</mark>", "Escrito en inglés",
				"<p class=\"snippet\" lang=\"es\">", "<p class=\"snippet\" lang=\"en\">",
				"<section class=\"search-results-region\" aria-labelledby=\"results-heading\">");
		String portuguese = page(get("/search").param("q", "migração").param("language", "pt"));
		assertThat(portuguese).contains("Escrito en portugués", "<p class=\"snippet\" lang=\"pt\">")
			.containsPattern("<span lang=\"pt\">[^<]*[Mm]igra[çc][ãõ]");
		mvc.perform(get("/api/v1/search").param("q", "migração").param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.results[*].snippetLanguage", org.hamcrest.Matchers.hasItems("es", "en")));
	}

	/**
	 * search11: of the results a Portuguese word finds in four languages, those written in the reader's language
	 * come first (a boost: the same results for every reader), and the box can keep only those ("only results in
	 * English", which the address keeps as the language filter).
	 */
	@Test
	void theReadersLanguageComesFirstAndCanBeTheOnlyOne() throws Exception {
		Search search = new Search(sources, new EntryIndex(entityManagers, Duration.ofSeconds(30)), labels);
		// two entries as relevant as each other (the same words in the same field), one written in Spanish, one in
		// English: each reader sees theirs first, whatever order the index holds them in
		try {
			for (String language : List.of("es", "en")) {
				transactions.executeWithoutResult(t -> entries.put(SearchEntry.builder("term", "search11-" + language,
						"/glossary/search11-" + language).language(language).title("es", "Zapaterix " + language)
					.text("es", "zapaterix quintuplo").build()));
			}
			for (String language : List.of("es", "en", "es")) {
				List<SearchResults.Hit> hits = search.search(new SearchQuery(SearchQueryParser.parse("quintuplo"),
						SearchFilters.NONE, Locale.forLanguageTag(language), Optional.empty(), 1)).hits();
				assertThat(hits).extracting(SearchResults.Hit::id).containsExactly("search11-" + language,
						"search11-" + (language.equals("es") ? "en" : "es"));
			}
		}
		finally {
			for (String language : List.of("es", "en")) {
				transactions.executeWithoutResult(t -> entries.remove("term", "search11-" + language));
			}
		}
		SearchResults inEnglish = first(search, "en");

		String everything = mvc.perform(get("/search").param("q", "migração").header("Accept-Language", "en"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(everything).contains("Only results in English", "Written in Spanish")
			.doesNotContainPattern("id=\"only-mine\"[^>]*checked");
		String mine = mvc.perform(get("/search").param("q", "migração").param("language", "en")
			.header("Accept-Language", "en"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(mine).containsPattern("id=\"only-mine\"[^>]*value=\"en\"[^>]*checked").contains("<mark>");
		// only what is written in English: fewer results, every one with English text
		SearchResults onlyEnglish = search.search(new SearchQuery(SearchQueryParser.parse("migração"),
				new SearchFilters(Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of("en")),
				Locale.forLanguageTag("en"), Optional.empty(), 1));
		assertThat(onlyEnglish.total().value()).isPositive().isLessThan(inEnglish.total().value());
	}

	private static SearchResults first(Search search, String language) {
		return search.search(new SearchQuery(SearchQueryParser.parse("migração"), SearchFilters.NONE,
				Locale.forLanguageTag(language), Optional.empty(), 1));
	}

	private String page(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request)
			throws Exception {
		return mvc.perform(request.header("Accept-Language", "es")).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
	}

	@Test
	void aSearchCutShortByItsTimeLimitSaysSo() {
		// a limit already passed when the search starts: it stops before scoring anything, whatever the machine
		EntryIndex hurried = new EntryIndex(entityManagers, Duration.ofNanos(1));
		Search search = new Search(sources, hurried, labels);
		SearchResults results = search.search(new SearchQuery(SearchQueryParser.parse("migrantes"),
				SearchFilters.NONE, Locale.forLanguageTag("es"), Optional.empty(), 1));
		assertThat(results.truncated()).isTrue();
		assertThat(results.total().exact()).isFalse();
		assertThat(results.hits()).hasSizeLessThanOrEqualTo(SearchQuery.PAGE_SIZE);

		EntryIndex patient = new EntryIndex(entityManagers, Duration.ofSeconds(30));
		SearchResults all = new Search(sources, patient, labels).search(new SearchQuery(
				SearchQueryParser.parse("migrantes"), SearchFilters.NONE, Locale.forLanguageTag("es"), Optional.empty(), 1));
		assertThat(all.truncated()).isFalse();
		assertThat(all.hits()).isNotEmpty();
	}
}
