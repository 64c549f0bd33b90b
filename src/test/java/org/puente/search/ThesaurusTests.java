package org.puente.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The glossary as a thesaurus: a query holding one of a term's names, in any language and any inflection, also
 * finds the texts that hold another of them — words that are not cognates ("retour" / "retorno"), and names of
 * several words ("trafficking in persons" / "trata de personas") — and nothing changes without a thesaurus.
 */
class ThesaurusTests {

	/** Two glossary terms' names, folded as the index keeps them. */
	private static final List<Set<String>> GLOSSARY = List.of(
			Set.of("retorno voluntario", "voluntary return", "retour volontaire", "retorno", "return", "retour"),
			Set.of("trata de personas", "trafficking in persons", "trafico de pessoas", "traite des personnes"));

	@Test
	void aWordFindsItsEquivalentsInTheOtherLanguagesEvenWhenTheyAreNotCognates() throws IOException {
		Map<String, String> texts = Map.of("es-retorno", "es:Programas de retorno para los migrantes",
				"pt-retornos", "pt:Os retornos de migrantes", "fr-retour", "fr:Le retour des migrants",
				"es-otro", "es:Empleo de los migrantes");
		Thesaurus thesaurus = new Thesaurus(GLOSSARY);
		assertThat(found(texts, "retour", thesaurus)).containsExactlyInAnyOrder("es-retorno", "pt-retornos",
				"fr-retour");
		assertThat(found(texts, "returns", thesaurus)).containsExactlyInAnyOrder("es-retorno", "pt-retornos",
				"fr-retour");
		// without the glossary, "retour" is only French
		assertThat(found(texts, "retour", Thesaurus.EMPTY)).containsExactly("fr-retour");
		assertThat(Thesaurus.EMPTY.isEmpty()).isTrue();
	}

	@Test
	void aNameOfSeveralWordsMatchesAsASequenceAndFindsTheOthers() throws IOException {
		Map<String, String> texts = Map.of("es-trata", "es:La trata de personas en la región",
				"fr-traite", "fr:La traite des personnes", "en-persons", "en:Persons in transit and trafficking of goods");
		Thesaurus thesaurus = new Thesaurus(GLOSSARY);
		assertThat(found(texts, "trafficking in persons", thesaurus)).contains("es-trata", "fr-traite");
		// "trata" alone is not the name: the equivalents of "trata de personas" are not searched
		assertThat(found(texts, "trata", thesaurus)).containsExactly("es-trata");
	}

	/**
	 * A query is read through the synonym graph once per thesaurus (search12: that reading was most of a widened
	 * search's preparation): asked again, the same query comes back; a thesaurus built from other names (a saved
	 * term) reads it anew and gives what its names give.
	 */
	@Test
	void aQueryIsWidenedOnceForEachThesaurus() {
		EntryIndex.Request request = new EntryIndex.Request(SearchQueryParser.parse("retour"), List.of(), List.of(),
				Map.of(), Set.of(), 0, 20, false, null);
		Thesaurus thesaurus = new Thesaurus(GLOSSARY);
		Query first = IndexQueries.text(request, thesaurus);
		java.util.concurrent.atomic.AtomicInteger built = new java.util.concurrent.atomic.AtomicInteger();
		Query again = thesaurus.widened(request.query(), q -> {
			built.incrementAndGet();
			return null;
		});
		assertThat(built).hasValue(0);
		assertThat(again).isNotNull();
		assertThat(first.toString()).contains(again.toString()).contains("retorno");
		Thesaurus saved = new Thesaurus(List.of(Set.of("retour", "regreso")));
		String widened = IndexQueries.text(request, saved).toString();
		assertThat(widened).contains("regres").doesNotContain("retorno");
		assertThat(IndexQueries.text(request, Thesaurus.EMPTY).toString()).doesNotContain("retorno", "regres");
	}

	/** The keys of the texts ("language:text") the typed query finds, as {@link IndexQueries} asks it. */
	private static List<String> found(Map<String, String> texts, String typed, Thesaurus thesaurus)
			throws IOException {
		Map<String, org.apache.lucene.analysis.Analyzer> fields = new java.util.HashMap<>();
		SearchAnalysis.LANGUAGES.forEach(l -> fields.put("text_" + l, SearchAnalysis.language(l, true)));
		ByteBuffersDirectory directory = new ByteBuffersDirectory();
		try (IndexWriter writer = new IndexWriter(directory,
				new IndexWriterConfig(new PerFieldAnalyzerWrapper(SearchAnalysis.KEYS, fields)))) {
			texts.forEach((key, text) -> {
				Document doc = new Document();
				doc.add(new StringField("key", key, Field.Store.YES));
				doc.add(new TextField("text_" + text.substring(0, 2), text.substring(3), Field.Store.NO));
				try {
					writer.addDocument(doc);
				}
				catch (IOException ex) {
					throw new java.io.UncheckedIOException(ex);
				}
			});
		}
		EntryIndex.Request request = new EntryIndex.Request(SearchQueryParser.parse(typed), List.of(), List.of(),
				Map.of(), Set.of(), 0, 20, false, null);
		List<String> keys = new ArrayList<>();
		try (DirectoryReader reader = DirectoryReader.open(directory)) {
			IndexSearcher searcher = new IndexSearcher(reader);
			for (ScoreDoc doc : searcher.search(IndexQueries.text(request, thesaurus), 10).scoreDocs) {
				keys.add(reader.storedFields().document(doc.doc).get("key"));
			}
		}
		return keys;
	}
}
