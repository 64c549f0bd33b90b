package org.puente.glossary;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.puente.audit.AuditedEntity;
import org.puente.audit.AuditedChange;
import org.puente.i18n.Language;
import org.puente.i18n.TextFolding;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The glossary's door. For other capabilities: the terms a consultation may ask about, and the definitions a
 * country gave in its answers, which become that country's definition of the term with the consultation as source.
 * For the glossary's own pages (package-private): the catalogue's reads, the coincidences and the secretariats'
 * changes, handed on to {@link GlossaryCatalogue}, {@link Coincidences} and {@link GlossaryManagement}.
 */
@Service
public class Glossary {

	private final GlossaryTermRepository terms;

	private final CountryDefinitionRepository definitions;

	private final ApplicationEventPublisher events;

	private final GlossaryCatalogue catalogue;

	private final GlossaryManagement management;

	private final Coincidences coincidences;

	Glossary(GlossaryTermRepository terms, CountryDefinitionRepository definitions, ApplicationEventPublisher events,
			GlossaryCatalogue catalogue, GlossaryManagement management, Coincidences coincidences) {
		this.terms = terms;
		this.definitions = definitions;
		this.events = events;
		this.catalogue = catalogue;
		this.management = management;
		this.coincidences = coincidences;
	}

	@Transactional(readOnly = true)
	public List<TermSummary> terms() {
		return terms.findAllByOrderBySlug().stream().map(GlossaryTerm::summary).toList();
	}

	/** Each term's name in the reader's language (or the nearest one the term has), by id. */
	@Transactional(readOnly = true)
	public Map<UUID, String> names(Locale locale) {
		Map<UUID, String> names = new LinkedHashMap<>();
		terms().forEach(t -> names.put(t.id(), t.label(locale)));
		return names;
	}

	@Transactional(readOnly = true)
	public Optional<TermSummary> term(UUID id) {
		return terms.findById(id).map(GlossaryTerm::summary);
	}

	/**
	 * The term with this label (in any language, ignoring accents and case), created with the label in the given
	 * language when there is none, so a consultation may ask about a term before the glossary holds it.
	 */
	@Transactional
	public UUID termFor(String label, String language) {
		String folded = TextFolding.fold(label.strip());
		for (GlossaryTerm term : terms.findAll()) {
			for (String lang : Language.CODES) {
				String l = term.label(lang);
				if (l != null && TextFolding.fold(l).equals(folded)
						|| term.synonyms(lang).stream().anyMatch(s -> TextFolding.fold(s).equals(folded))) {
					return term.getId();
				}
			}
		}
		GlossaryTerm term = new GlossaryTerm(Slugs.unique(label, slug -> terms.findBySlug(slug).isPresent()));
		term.setLabel(Language.isCode(language) ? language : "es", label);
		terms.save(term);
		events.publishEvent(new GlossaryEvents.TermSaved(term.getId(), term.getSlug(),
				AuditedChange.created(AuditedEntity.TERM, term.getId(), label).after(term.summary()).inPublic(true)));
		return term.getId();
	}

	/**
	 * Records (or, when the answer was reopened and submitted again, rewrites) a country's definition given in a
	 * consultation answer, with its source and the language the source is written in.
	 */
	@Transactional
	public void recordAnswer(UUID termId, String countryIso2, String language, String text, String source,
			String sourceLanguage, UUID consultationId, UUID answerId) {
		CountryDefinition definition = definitions.findByAnswerId(answerId).orElseGet(() -> {
			CountryDefinition created = new CountryDefinition(termId, countryIso2);
			created.fromAnswer(consultationId, answerId);
			return created;
		});
		String before = definition.getText();
		String written = Language.isCode(language) ? language : "es";
		definition.rewrite(written, text.strip(), source, Language.isCode(sourceLanguage) ? sourceLanguage : written);
		definitions.save(definition);
		// members only, like the definitions
		events.publishEvent(new GlossaryEvents.CountryDefinitionSaved(termId, countryIso2,
				AuditedChange.saved(before.isEmpty(), AuditedEntity.COUNTRY_DEFINITION, definition.getId(),
						countryIso2 + ": " + source).before(before.isEmpty() ? null : before).after(text)));
	}

	/** The label of a term in the reader's language, for pages of other capabilities. */
	@Transactional(readOnly = true)
	public @Nullable String label(UUID termId, Locale locale) {
		return terms.findById(termId).map(t -> t.label(locale)).orElse(null);
	}

	List<GlossaryCatalogue.Ranked> search(String query) {
		return catalogue.search(query);
	}

	GlossaryTerm term(String slug) {
		return catalogue.term(slug);
	}

	List<CountryDefinition> definitions(UUID termId) {
		return catalogue.definitions(termId);
	}

	GlossaryTerm termById(UUID id) {
		return catalogue.termById(id);
	}

	/** The shared definitions still waiting for a conference's agreement or for adoption (the home panel). */
	List<GlossaryCatalogue.Pending> pendingDefinitions() {
		return catalogue.pendingDefinitions();
	}

	Optional<BiregionalDefinition> biregional(UUID termId) {
		return catalogue.biregional(termId);
	}

	Coincidences.Result coincidences(GlossaryTerm term, int minimumShare, double threshold, String displayLanguage) {
		return coincidences.analyse(term, minimumShare, threshold, displayLanguage);
	}

	String saveTerm(@Nullable String slug, TermForm form) {
		return management.saveTerm(slug, form);
	}

	/** A country's definition recorded by a secretariat: its id. */
	UUID addDefinition(String slug, DefinitionForm form) {
		return management.addDefinition(slug, form);
	}

	void saveBiregional(String slug, BiregionalForm form) {
		management.saveBiregional(slug, form);
	}

	void agree(String slug, @Nullable String process) {
		management.agree(slug, process);
	}

	void adopt(String slug, UUID meetingId, String meetingTitle, java.time.@Nullable LocalDate meetingDate) {
		management.adopt(slug, meetingId, meetingTitle, meetingDate);
	}
}
