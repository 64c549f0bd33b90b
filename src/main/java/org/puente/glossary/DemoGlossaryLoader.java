package org.puente.glossary;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.UUID;

import org.apache.commons.csv.CSVRecord;
import org.puente.i18n.Language;
import org.puente.meetings.MeetingKind;
import org.puente.meetings.MeetingSummary;
import org.puente.meetings.Meetings;
import org.puente.seeds.DemoData;
import org.puente.seeds.SeedFiles;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo glossary: the six concepts of the CRM questionnaire of 2017 (Acta of 8 June 2017, agreement 12) and the
 * plainer concepts their definitions use, in four languages; trafficking in persons adopted at the CRM–CSM plenary
 * consultation of September 2017, smuggling of migrants agreed by the CRM, the rest proposed. Loaded once.
 */
@DemoData(60)
class DemoGlossaryLoader implements ApplicationRunner {

	/** Where the plenary of 26–27 September 2017 in Panamá (Acta, agreement 11) is, when the calendar lacks it. */
	static final UUID PLENARY = UUID.nameUUIDFromBytes("crm-csm-plenary-2017-09-26".getBytes(StandardCharsets.UTF_8));

	private static final LocalDate PLENARY_DAY = LocalDate.of(2017, 9, 26);

	private final GlossaryTermRepository terms;

	private final BiregionalDefinitionRepository biregional;

	private final JdbcTemplate jdbc;

	private final Meetings meetings;

	private final GlossarySearchSource search;

	DemoGlossaryLoader(GlossaryTermRepository terms, BiregionalDefinitionRepository biregional, JdbcTemplate jdbc,
			Meetings meetings, GlossarySearchSource search) {
		this.meetings = meetings;
		this.search = search;
		this.terms = terms;
		this.biregional = biregional;
		this.jdbc = jdbc;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (terms.count() > 0) {
			return;
		}
		for (CSVRecord row : SeedFiles.csv("glossary/demo-terms.csv")) {
			GlossaryTerm term = new GlossaryTerm(row.get("slug"));
			for (String lang : Language.CODES) {
				term.setLabel(lang, row.get("label_" + lang));
				term.setSynonyms(lang, Arrays.asList(row.get("synonyms_" + lang).split("\\|")));
			}
			terms.save(term);
		}
		terms.flush();
		for (CSVRecord row : SeedFiles.csv("glossary/demo-biregional.csv")) {
			GlossaryTerm term = terms.findBySlug(row.get("term")).orElseThrow();
			BiregionalDefinition definition = biregional.findById(term.getId())
				.orElseGet(() -> new BiregionalDefinition(term.getId()));
			definition.rewrite(row.get("language"), row.get("text"));
			biregional.save(definition);
		}
		biregional.flush();
		for (BiregionalDefinition definition : biregional.findAll()) {
			event(definition.getTermId(), "PROPOSED", "st-crm", "2017-07-10");
			String slug = terms.findById(definition.getTermId()).orElseThrow().getSlug();
			if (slug.equals("trata-de-personas")) {
				definition.agreeBy("CRM");
				event(definition.getTermId(), "AGREED_CRM", "st-crm", "2017-08-30");
				definition.agreeBy("CSM");
				event(definition.getTermId(), "AGREED_BOTH", "st-csm", "2017-08-31");
				// the calendar's record of the plenary, so that the term's page links to it
				var plenary = meetings.between(PLENARY_DAY, PLENARY_DAY, java.util.Optional.empty())
					.stream()
					.filter(m -> m.kind() == MeetingKind.PLENARY)
					.findFirst();
				definition.adoptAt(plenary.map(MeetingSummary::id).orElse(PLENARY),
						plenary.map(MeetingSummary::titleEs)
							.orElse("Consulta plenaria CRM-CSM sobre insumos bi-regionales para el PMM (Panamá)"),
						LocalDate.of(2017, 9, 27));
				event(definition.getTermId(), "ADOPTED", "st-crm", "2017-09-27");
			}
			else if (slug.equals("trafico-ilicito-de-migrantes")) {
				definition.agreeBy("CRM");
				event(definition.getTermId(), "AGREED_CRM", "st-crm", "2017-08-30");
			}
		}
		terms.findAllByOrderBySlug().forEach(search::index);
	}

	private void event(UUID termId, String status, String actor, String day) {
		jdbc.update("insert into glossary_definition_event (term_id, status, actor, at) values (?, ?, ?, cast(? as timestamptz))",
				termId, status, actor, day + "T15:00:00Z");
	}
}
