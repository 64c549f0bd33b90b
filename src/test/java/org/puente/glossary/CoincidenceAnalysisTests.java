package org.puente.glossary;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The coincidence analysis on small, hand-made sets of definitions. */
class CoincidenceAnalysisTests {

	static final LanguageAnalyzers ANALYZERS = new LanguageAnalyzers();

	static CoincidenceAnalysis.Definition d(String country, String language, String text) {
		return new CoincidenceAnalysis.Definition(country, country, language, text);
	}

	static CoincidenceReport analyse(ConceptLexicon lexicon, List<CoincidenceAnalysis.Definition> definitions) {
		return new CoincidenceAnalysis(definitions, lexicon, ANALYZERS, CoincidenceAnalysis.DEFAULT_THRESHOLD)
			.analyse(definitions, 0, "es");
	}

	@Test
	void scoresIdenticalDefinitionsAtOneHundredInOneGroup() {
		String text = "Persona que se desplaza hacia un país distinto al de su nacionalidad, procedente de otro continente.";
		var report = analyse(ConceptLexicon.empty(), List.of(d("MX", "es", text), d("PA", "es", text), d("CL", "es", text)));
		assertThat(report.score()).isEqualTo(100);
		assertThat(report.groups()).containsExactly(List.of("MX", "PA", "CL"));
		assertThat(report.outliers()).isEmpty();
	}

	@Test
	void marksUnrelatedDefinitionsAsOutliers() {
		var report = analyse(ConceptLexicon.empty(),
				List.of(d("MX", "es", "Persona que cruza fronteras de manera irregular en tránsito hacia el norte."),
						d("PA", "es", "Retorno voluntario de nacionales con apoyo logístico y financiero del Estado."),
						d("CL", "es", "Captación y explotación laboral o sexual mediante engaño o violencia.")));
		assertThat(report.outliers()).containsExactlyInAnyOrder("MX", "PA", "CL");
		assertThat(report.groups()).hasSize(3);
		assertThat(report.score()).isLessThan(20);
	}

	@Test
	void findsTheKeyPhrasesSharedByMostDefinitionsDespiteInflection() {
		var report = analyse(ConceptLexicon.empty(), List.of(
				d("MX", "es", "Migrante cuyo país de origen está en otro continente, fuera de las Américas."),
				d("PA", "es", "Migrantes que provienen de un país de origen fuera de las Américas y transitan la región."),
				d("CR", "es", "Personas en tránsito irregular por Centroamérica hacia el norte."),
				d("CL", "es", "Persona migrante con país de origen extracontinental.")));
		assertThat(report.minimumShare()).isEqualTo(2);
		assertThat(report.keyPhrases()).extracting(CoincidenceReport.KeyPhrase::text).contains("país de origen");
		var origin = report.keyPhrases().stream().filter(p -> p.text().equals("país de origen")).findFirst().orElseThrow();
		assertThat(origin.countries()).containsExactlyInAnyOrder("MX", "PA", "CL");
		// "país" alone adds nothing next to "país de origen" held by the same countries
		assertThat(report.keyPhrases()).extracting(CoincidenceReport.KeyPhrase::text).doesNotContain("país", "origen");
	}

	@Test
	void comparesDefinitionsInDifferentLanguagesThroughTheGlossary() {
		var lexicon = new ConceptLexicon(List.of(
				new ConceptLexicon.Concept("refugio", Map.of("es", List.of("refugio"), "en", List.of("refuge", "asylum"),
						"pt", List.of("refúgio"))),
				new ConceptLexicon.Concept("solicitud", Map.of("es", List.of("solicitud"), "en", List.of("application"),
						"pt", List.of("solicitação", "pedido")))), ANALYZERS);
		var withGlossary = analyse(lexicon, List.of(d("MX", "es", "Persona que presentó una solicitud de refugio."),
				d("CA", "en", "A person who filed an application for refuge."),
				d("BR", "pt", "Pessoa que apresentou um pedido de refúgio.")));
		var without = analyse(ConceptLexicon.empty(), List.of(d("MX", "es", "Persona que presentó una solicitud de refugio."),
				d("CA", "en", "A person who filed an application for refuge."),
				d("BR", "pt", "Pessoa que apresentou um pedido de refúgio.")));
		assertThat(withGlossary.score()).isGreaterThan(without.score() + 20);
		assertThat(withGlossary.keyPhrases()).extracting(CoincidenceReport.KeyPhrase::text).contains("solicitud de refugio");
		assertThat(without.similarity()[0][1]).isZero();
		assertThat(withGlossary.similarity()[0][1]).isGreaterThan(0.15);
	}

	@Test
	void scoresNothingForASingleDefinition() {
		var report = analyse(ConceptLexicon.empty(), List.of(d("MX", "es", "Una sola definición.")));
		assertThat(report.score()).isNull();
		assertThat(report.outliers()).isEmpty();
	}
}
