package org.puente.directory;

import java.util.Locale;

import org.apache.commons.csv.CSVRecord;
import org.puente.i18n.MultilingualText;
import org.puente.seeds.SeedFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the public reference data shipped with Puente (processes, member states, organisations and bodies, the
 * gazetteer) at every start. Rows already present are left alone, so edits made in Puente survive restarts and a
 * new release only adds what is new.
 */
@Component
@Order(10)
class ReferenceDataLoader implements ApplicationRunner {

	private static final Logger LOG = LoggerFactory.getLogger(ReferenceDataLoader.class);

	private final ProcessRepository processes;

	private final MemberStateRepository members;

	private final OrganisationRepository organisations;

	private final JdbcTemplate jdbc;

	ReferenceDataLoader(ProcessRepository processes, MemberStateRepository members,
			OrganisationRepository organisations, JdbcTemplate jdbc) {
		this.processes = processes;
		this.members = members;
		this.organisations = organisations;
		this.jdbc = jdbc;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		for (CSVRecord row : SeedFiles.csv("reference/processes.csv")) {
			if (!processes.existsById(row.get("code"))) {
				processes.save(new ConferenceProcess(row.get("code"), new MultilingualText(row.get("name_es"),
						row.get("name_en"), row.get("name_pt"), row.get("name_fr")), row.get("region")));
			}
		}
		processes.flush();
		for (CSVRecord row : SeedFiles.csv("reference/members.csv")) {
			var key = new MemberState.Key(row.get("iso2"), row.get("process"));
			if (!members.existsById(key)) {
				members.save(new MemberState(key.iso2(), key.processCode()));
			}
		}
		for (CSVRecord row : SeedFiles.csv("directory/entities.csv")) {
			loadOrganisation(row);
		}
		int aliases = 0;
		for (CSVRecord row : SeedFiles.csv("directory/gazetteer.csv")) {
			aliases += jdbc.update("insert into gazetteer_alias (alias, lang, entity_ids) values (?, ?, ?) "
					+ "on conflict (alias, lang) do nothing", row.get("alias"), row.get("lang"), row.get("entities"));
		}
		LOG.info("Reference data loaded ({} new gazetteer aliases)", aliases);
	}

	private void loadOrganisation(CSVRecord row) {
		String id = row.get("id");
		int colon = id.indexOf(':');
		String prefix = id.substring(0, colon);
		if (!prefix.equals("org") && !prefix.equals("body")) {
			return; // processes, countries and roles are not organisations
		}
		String code = id.substring(colon + 1);
		if (organisations.findByCode(code).isPresent()) {
			return;
		}
		OrganisationKind kind = OrganisationKind.valueOf(row.get("kind").toUpperCase(Locale.ROOT));
		String process = code.endsWith("-CRM") ? "CRM" : code.endsWith("-CSM") ? "CSM" : null;
		organisations.save(new Organisation(code, kind, process,
				new MultilingualText(row.get("label_es"), row.get("label_en"), row.get("label_pt"), row.get("label_fr"))));
	}
}
