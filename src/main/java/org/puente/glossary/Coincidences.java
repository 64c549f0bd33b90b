package org.puente.glossary;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import java.util.concurrent.atomic.AtomicReference;

import org.puente.i18n.Language;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Runs the coincidence analysis on the glossary as it stands: the concepts come from every term's labels and
 * synonyms, the IDF from every country definition of every term.
 */
@Service
class Coincidences {

	private final GlossaryTermRepository terms;

	private final CountryDefinitionRepository definitions;

	private final LanguageAnalyzers analyzers = new LanguageAnalyzers();

	private final JdbcTemplate jdbc;

	/** The prepared corpus, reused until a term or a definition changes (preparing 1,000 definitions takes ~0.5 s). */
	private final AtomicReference<Prepared> prepared = new AtomicReference<>();

	private record Prepared(String fingerprint, double threshold, CoincidenceAnalysis analysis) {
	}

	Coincidences(GlossaryTermRepository terms, CountryDefinitionRepository definitions, JdbcTemplate jdbc) {
		this.terms = terms;
		this.definitions = definitions;
		this.jdbc = jdbc;
	}

	/** The report and the definitions it compared (same order as the report's countries). */
	record Result(CoincidenceReport report, List<CountryDefinition> definitions) {
	}

	@Transactional(readOnly = true)
	Result analyse(GlossaryTerm term, int minimumShare, double threshold, String displayLanguage) {
		List<CountryDefinition> all = definitions.findAllByOrderByTermIdAscCountryIso2Asc();
		String fingerprint = jdbc.queryForObject("""
				select (select count(*) || '/' || coalesce(max(updated_at)::text, '') from glossary_country_definition)
				    || '/' || (select count(*) || '/' || coalesce(max(updated_at)::text, '') from glossary_term)""",
				String.class);
		Prepared current = prepared.get();
		if (current == null || !current.fingerprint().equals(fingerprint) || current.threshold() != threshold) {
			List<CoincidenceAnalysis.Definition> corpus = all.stream().map(Coincidences::definition).toList();
			current = new Prepared(fingerprint, threshold,
					new CoincidenceAnalysis(corpus, lexicon(terms.findAll(), analyzers), analyzers, threshold));
			prepared.set(current);
		}
		CoincidenceAnalysis analysis = current.analysis();
		List<CountryDefinition> ofTerm = latestPerCountry(all.stream()
			.filter(d -> d.getTermId().equals(term.getId()))
			.toList());
		return new Result(analysis.analyse(ofTerm.stream().map(Coincidences::definition).toList(), minimumShare,
				displayLanguage), ofTerm);
	}

	/** A country may have given several definitions over time; the analysis compares the latest of each. */
	private static List<CountryDefinition> latestPerCountry(List<CountryDefinition> definitions) {
		Map<String, CountryDefinition> latest = new HashMap<>();
		for (CountryDefinition d : definitions) {
			latest.merge(d.getCountryIso2(), d, (a, b) -> a.getUpdatedAt().isAfter(b.getUpdatedAt()) ? a : b);
		}
		List<CountryDefinition> ordered = new ArrayList<>(latest.values());
		ordered.sort(java.util.Comparator.comparing(CountryDefinition::getCountryIso2));
		return ordered;
	}

	static ConceptLexicon lexicon(List<GlossaryTerm> terms, LanguageAnalyzers analyzers) {
		List<ConceptLexicon.Concept> concepts = new ArrayList<>();
		for (GlossaryTerm term : terms) {
			Map<String, List<String>> names = new HashMap<>();
			for (String lang : Language.CODES) {
				List<String> all = new ArrayList<>();
				if (term.label(lang) != null) {
					all.add(term.label(lang));
				}
				all.addAll(term.synonyms(lang));
				if (!all.isEmpty()) {
					names.put(lang, all);
				}
			}
			concepts.add(new ConceptLexicon.Concept(term.getSlug(), names));
		}
		return new ConceptLexicon(concepts, analyzers);
	}

	private static CoincidenceAnalysis.Definition definition(CountryDefinition d) {
		return new CoincidenceAnalysis.Definition(d.getId().toString(), d.getCountryIso2(), d.getLanguage(), d.getText());
	}
}
