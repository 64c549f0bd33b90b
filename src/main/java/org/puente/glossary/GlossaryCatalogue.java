package org.puente.glossary;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.puente.refusal.NotFoundException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading the glossary: the list, search over labels and synonyms in every language (full text, and trigrams for
 * partial or misspelt words, both ignoring accents), one term with its definitions.
 */
@Service
@Transactional(readOnly = true)
class GlossaryCatalogue {

	/** Labels and synonyms of all languages as one text: the same expression the two indexes are built on. */
	static final String NAMES = """
			puente_unaccent(lower(coalesce(label_es, '') || ' ' || coalesce(label_en, '') || ' ' || coalesce(label_pt, '') \
			|| ' ' || coalesce(label_fr, '') || ' ' || synonyms_es || ' ' || synonyms_en || ' ' || synonyms_pt || ' ' \
			|| synonyms_fr))""";

	private final GlossaryTermRepository terms;

	private final CountryDefinitionRepository definitions;

	private final BiregionalDefinitionRepository biregional;

	private final JdbcTemplate jdbc;

	GlossaryCatalogue(GlossaryTermRepository terms, CountryDefinitionRepository definitions,
			BiregionalDefinitionRepository biregional, JdbcTemplate jdbc) {
		this.terms = terms;
		this.definitions = definitions;
		this.biregional = biregional;
		this.jdbc = jdbc;
	}

	private static final java.util.Locale SPANISH = java.util.Locale.forLanguageTag("es");

	List<GlossaryTerm> all() {
		return terms.findAllByOrderBySlug();
	}

	/** Matching terms with their rank, best first. */
	List<Ranked> search(String query) {
		if (query.isBlank()) {
			// in the order of the list's first column, the Spanish term: the slug keeps the term's first wording
			// ("decision-definitiva" for "resolución definitiva") and put it out of place
			return org.puente.i18n.Collation.sort(all(), t -> t.label(SPANISH), SPANISH)
				.stream()
				.map(t -> new Ranked(t, 0))
				.toList();
		}
		List<Ranked> found = jdbc.query("select id, ts_rank(to_tsvector('simple', " + NAMES
				+ "), plainto_tsquery('simple', puente_unaccent(lower(?)))) + word_similarity(puente_unaccent(lower(?)), "
				+ NAMES + ") as rank from glossary_term where to_tsvector('simple', " + NAMES
				+ ") @@ plainto_tsquery('simple', puente_unaccent(lower(?))) or puente_unaccent(lower(?)) <% " + NAMES
				+ " order by rank desc limit 100",
				(rs, i) -> new Ranked(terms.findById(rs.getObject("id", UUID.class)).orElseThrow(), rs.getDouble("rank")),
				query, query, query, query);
		return found;
	}

	/** A term found by a search, with how well it matched. */
	record Ranked(GlossaryTerm term, double rank) {
	}

	GlossaryTerm term(String slug) {
		return terms.findBySlug(slug).orElseThrow(() -> new NotFoundException("glossary.term.notFound"));
	}

	GlossaryTerm termById(UUID id) {
		return terms.findById(id).orElseThrow(() -> new NotFoundException("glossary.term.notFound"));
	}

	List<CountryDefinition> definitions(UUID termId) {
		return definitions.findByTermIdOrderByCountryIso2(termId);
	}

	Optional<BiregionalDefinition> biregional(UUID termId) {
		return biregional.findById(termId);
	}

	/** A term whose shared definition is written and not yet adopted. */
	record Pending(GlossaryTerm term, BiregionalDefinition definition) {
	}

	/** The shared definitions written and not yet adopted, in the order of the terms' slugs. */
	List<Pending> pendingDefinitions() {
		// every shared definition in one statement: asked term by term, a secretariat's home cost one statement per
		// term of the glossary (31 of its 57 with the demo data; perf20)
		java.util.Map<UUID, BiregionalDefinition> shared = new java.util.HashMap<>();
		biregional.findAll().forEach(d -> shared.put(d.getTermId(), d));
		return all().stream()
			.flatMap(term -> Optional.ofNullable(shared.get(term.getId()))
				.filter(d -> d.hasText() && d.getStatus() != BiregionalStatus.ADOPTED)
				.map(d -> new Pending(term, d))
				.stream())
			.toList();
	}
}
