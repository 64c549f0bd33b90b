package org.puente.glossary;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.puente.accounts.AccountSummary;
import org.puente.accounts.Accounts;
import org.puente.audit.AuditableEvent;
import org.puente.audit.AuditedEntity;
import org.puente.audit.AuditedChange;
import org.puente.directory.Conference;
import org.puente.i18n.Language;
import org.puente.i18n.TextFolding;
import org.puente.refusal.NotFoundException;
import org.puente.refusal.RefusalKind;
import org.puente.refusal.RefusedException;
import org.puente.refusal.SeenVersion;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A secretariat's changes to the glossary: terms, countries' definitions entered directly, and the bi-regional
 * definition from proposal through each conference's agreement to adoption at a meeting. Every step is audited and
 * kept in the term's history.
 */
@Service
@PreAuthorize("hasAnyRole('ADMIN', 'SECRETARIAT')")
class GlossaryManagement {

	private final GlossaryTermRepository terms;

	private final CountryDefinitionRepository definitions;

	private final BiregionalDefinitionRepository biregional;

	private final ApplicationEventPublisher events;

	private final Accounts accounts;

	private final JdbcTemplate jdbc;

	GlossaryManagement(GlossaryTermRepository terms, CountryDefinitionRepository definitions,
			BiregionalDefinitionRepository biregional, ApplicationEventPublisher events, Accounts accounts,
			JdbcTemplate jdbc) {
		this.terms = terms;
		this.definitions = definitions;
		this.biregional = biregional;
		this.events = events;
		this.accounts = accounts;
		this.jdbc = jdbc;
	}

	@Transactional
	String saveTerm(@Nullable String slug, TermForm form) {
		GlossaryTerm term;
		Object before = null;
		refuseATermAlreadyThere(slug, form);
		if (slug == null) {
			term = new GlossaryTerm(Slugs.unique(form.firstLabel(), s -> terms.findBySlug(s).isPresent()));
		}
		else {
			term = find(slug);
			SeenVersion.requireIfGiven(form.version(), term.getVersion(), GlossaryTerm.class, term.getId());
			before = term.summary();
		}
		for (String lang : Language.CODES) {
			term.setLabel(lang, form.label(lang));
			term.setSynonyms(lang, form.synonyms(lang));
		}
		term.setNote(form.note() == null || form.note().isBlank() ? null : form.note().strip());
		term.touch();
		terms.saveAndFlush(term);
		events.publishEvent(new GlossaryEvents.TermSaved(term.getId(), term.getSlug(), AuditedChange
			.saved(slug == null, AuditedEntity.TERM, term.getId(), form.firstLabel())
			.before(before)
			.after(term.summary())
			.inPublic(true)));
		return term.getSlug();
	}

	@Transactional
	UUID addDefinition(String slug, DefinitionForm form) {
		GlossaryTerm term = find(slug);
		CountryDefinition definition = new CountryDefinition(term.getId(), String.valueOf(form.countryIso2()));
		definition.rewrite(form.language(), String.valueOf(form.text()).strip(), String.valueOf(form.source()).strip(),
				form.sourceLanguageOrDefinitions());
		definitions.save(definition);
		events.publishEvent(new GlossaryEvents.CountryDefinitionSaved(term.getId(), definition.getCountryIso2(),
				AuditedChange.created(AuditedEntity.COUNTRY_DEFINITION, definition.getId(),
						form.countryIso2() + ": " + form.source()).after(form.text()))); // members only
		return definition.getId();
	}

	/** Saves the wording; a change after a conference agreed sends it back to proposed (the history says so). */
	@Transactional
	void saveBiregional(String slug, BiregionalForm form) {
		GlossaryTerm term = find(slug);
		BiregionalDefinition definition = biregional.findById(term.getId())
			.orElseGet(() -> new BiregionalDefinition(term.getId()));
		SeenVersion.requireIfGiven(form.getVersion(), definition.getVersion(), BiregionalDefinition.class,
				term.getId());
		Map<String, Object> before = definition.state();
		boolean changed = false;
		for (String lang : Language.CODES) {
			changed |= definition.rewrite(lang, form.text(lang));
		}
		if (!definition.hasText()) {
			throw new RefusedException(RefusalKind.INVALID, "glossary.biregional.noText");
		}
		if (changed) {
			biregional.saveAndFlush(definition);
			history(term.getId(), definition.getStatus(), "wording");
			events.publishEvent(new GlossaryEvents.BiregionalDefinitionReworded(term.getId(), AuditedChange
				.updated(AuditedEntity.BIREGIONAL_DEFINITION, term.getId(), publicName(term)).before(before)
				.after(definition.state()).inPublic(true)));
		}
	}

	/** The signed-in secretariat's conference agrees on the current wording. */
	@Transactional
	void agree(String slug, @Nullable String process) {
		AccountSummary me = accounts.current().orElseThrow();
		String conference = me.isAdmin() ? process : me.processCode();
		if (!Conference.isCode(conference)) {
			throw new RefusedException(RefusalKind.INVALID, "glossary.biregional.chooseConference");
		}
		transition(slug, d -> d.agreeBy(conference), "agreed:" + conference,
				(termId, audited) -> new GlossaryEvents.BiregionalDefinitionAgreed(termId, conference, audited));
	}

	@Transactional
	void adopt(String slug, UUID meetingId, String meetingTitle, java.time.@Nullable LocalDate meetingDate) {
		transition(slug, d -> d.adoptAt(meetingId, meetingTitle, meetingDate), meetingTitle,
				(termId, audited) -> new GlossaryEvents.TermAdopted(termId, meetingId, audited));
	}

	private void transition(String slug, java.util.function.Consumer<BiregionalDefinition> step, String note,
			java.util.function.BiFunction<UUID, AuditedChange, AuditableEvent> event) {
		GlossaryTerm term = find(slug);
		BiregionalDefinition definition = biregional.findById(term.getId())
			.orElseThrow(() -> new RefusedException(RefusalKind.CONFLICT, "glossary.biregional.noText"));
		Map<String, Object> before = definition.state();
		step.accept(definition);
		biregional.saveAndFlush(definition);
		history(term.getId(), definition.getStatus(), note);
		events.publishEvent(event.apply(term.getId(), AuditedChange.transition(AuditedEntity.BIREGIONAL_DEFINITION,
				term.getId(), publicName(term)) // the status is in the entry's after-state
			.before(before)
			.after(definition.state())
			.inPublic(true)));
	}

	/**
	 * The term as the public's "recent changes" shows it in every language: its name (in Spanish, or the first it
	 * has), as a meeting is shown by its title — not its address and an English status ("retorno-asistido → ADOPTED").
	 */
	private static String publicName(GlossaryTerm term) {
		return term.label(Locale.forLanguageTag("es"));
	}

	private void history(UUID termId, BiregionalStatus status, String note) {
		jdbc.update("insert into glossary_definition_event (term_id, status, actor, note) values (?, ?, ?, ?)", termId,
				status.name(), accounts.current().map(AccountSummary::username).orElse("system"), note);
	}

	/**
	 * A preferred term another entry already has in the same language (accents and case aside) is refused: the
	 * slug alone would have told them apart ("acogida-2"), and the glossary would hold the concept twice, each half
	 * filled in.
	 */
	private void refuseATermAlreadyThere(@Nullable String slug, TermForm form) {
		for (GlossaryTerm other : terms.findAll()) {
			if (other.getSlug().equals(slug)) {
				continue;
			}
			for (String lang : Language.CODES) {
				String typed = form.label(lang);
				String theirs = other.label(lang);
				if (typed != null && theirs != null && !typed.isBlank()
						&& TextFolding.fold(typed.strip()).equals(TextFolding.fold(theirs))) {
					throw new RefusedException(RefusalKind.CONFLICT, "glossary.term.duplicate", theirs);
				}
			}
		}
	}

	private GlossaryTerm find(String slug) {
		return terms.findBySlug(slug).orElseThrow(() -> new NotFoundException("glossary.term.notFound"));
	}

	/** One step of a shared definition's history. */
	record Step(java.time.Instant at, String status, String actor, @Nullable String note) {
	}

	@PreAuthorize("permitAll()")
	List<Step> history(UUID termId) {
		return jdbc.query("select at, status, actor, note from glossary_definition_event where term_id = ? order by at, id",
				(rs, i) -> new Step(rs.getTimestamp("at").toInstant(), rs.getString("status"), rs.getString("actor"),
						rs.getString("note")),
				termId);
	}
}
