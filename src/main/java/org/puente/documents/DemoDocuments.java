package org.puente.documents;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.apache.commons.csv.CSVRecord;
import org.puente.accounts.AccountSummary;
import org.puente.accounts.Accounts;
import org.puente.seeds.DemoData;
import org.puente.seeds.SeedFiles;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The demo run's documents: the two 2017 seeds (the Acta of 8 June, public; the Minuta of 11 May, for the
 * conferences; each the very document the demo agreements keep as their minutes when those ran first) and two
 * bi-regional inputs per thematic session, in Spanish, English and Portuguese, at different steps of their workflow;
 * one is reserved for the conferences. Loaded once; text extracted right away so the demo can be searched as soon as
 * it starts.
 */
@DemoData(50)
class DemoDocuments implements ApplicationRunner {

	private final Documents documents;

	private final InputWorkflow workflow;

	private final Extraction extraction;

	private final Accounts accounts;

	private final JdbcTemplate jdbc;

	DemoDocuments(Documents documents, InputWorkflow workflow, Extraction extraction, Accounts accounts,
			JdbcTemplate jdbc) {
		this.documents = documents;
		this.workflow = workflow;
		this.extraction = extraction;
		this.accounts = accounts;
		this.jdbc = jdbc;
	}

	@Override
	public void run(ApplicationArguments args) {
		// the minutes the demo agreements were confirmed from are kept as MINUTES documents before this runs, so only
		// documents of other kinds say that the demo documents are already there
		Integer existing = jdbc.queryForObject("select count(*) from document where kind <> 'MINUTES'", Integer.class);
		if (existing != null && existing > 0) {
			return;
		}
		seed("seeds/acta-final-2017-06-08.txt", DocumentKind.FINAL_ACT, LocalDate.of(2017, 6, 8), Confidentiality.PUBLIC,
				Map.of("es", "Acta final de la reunión bi-regional CRM–CSM (8 de junio de 2017)", "en",
						"Final minutes of the CRM–CSM bi-regional meeting (8 June 2017)", "pt",
						"Ata final da reunião birregional CRM–CSM (8 de junho de 2017)", "fr",
						"Procès-verbal final de la réunion birégionale CRM–CSM (8 juin 2017)"),
				List.of(3));
		seed("seeds/minuta-2017-05-11.txt", DocumentKind.MINUTES, LocalDate.of(2017, 5, 11),
				Confidentiality.CONFERENCES,
				Map.of("es", "Minuta de la reunión virtual de las troikas CRM–CSM (11 de mayo de 2017)", "en",
						"Notes of the CRM–CSM troikas' virtual meeting (11 May 2017)", "pt",
						"Minuta da reunião virtual das troikas CRM–CSM (11 de maio de 2017)"),
				List.of());
		AccountSummary admin = accounts.byUsername("admin").orElseThrow();
		for (CSVRecord row : SeedFiles.csv("demo/documents/inputs.csv")) {
			Map<String, String> titles = new LinkedHashMap<>();
			titles.put("es", row.get("title_es"));
			titles.put("en", row.get("title_en"));
			titles.put("pt", row.get("title_pt"));
			DocumentMetadata meta = new DocumentMetadata(titles, Map.of(), DocumentKind.BIREGIONAL_INPUT,
					row.get("language"), LocalDate.parse(row.get("date")),
					Confidentiality.valueOf(row.get("confidentiality")), List.of(row.get("processes").split("\\|")),
					List.of(Integer.parseInt(row.get("session"))), numbers(row.get("objectives")), null);
			DocumentSummary saved = documents.store(meta, new UploadedFile(row.get("file"),
					SeedFiles.bytes("demo/documents/" + row.get("file"))), "demo");
			extraction.run(saved.id(), 1);
			InputState target = InputState.valueOf(row.get("state"));
			for (InputState state : InputState.values()) {
				if (state == InputState.DRAFT || state.ordinal() > target.ordinal()) {
					continue;
				}
				boolean plenary = state == InputState.APPROVED_IN_PLENARY;
				Long version = jdbc.queryForObject("select version from document where id = ?", Long.class, saved.id());
				workflow.move(saved.id(), state, version, null,
						plenary ? "Reunión bi-regional CRM–CSM, Ciudad de Panamá, 8 de junio de 2017" : null, null,
						admin);
			}
		}
	}

	/**
	 * Stores a seed, unless the demo agreements already kept that very file as the minutes they were confirmed from:
	 * then that document becomes the seed (its kind, titles, references and readers: the Minuta stays with the
	 * conferences even though its meeting is public), keeping its meeting and its links from the review and the
	 * agreements, so the demo shows one Acta rather than two.
	 */
	private void seed(String path, DocumentKind kind, LocalDate date, Confidentiality confidentiality,
			Map<String, String> titles, List<Integer> sessions) {
		String name = path.substring(path.lastIndexOf('/') + 1);
		List<UUID> kept = jdbc.queryForList("""
				select d.id from document d join document_version v on v.document_id = d.id and v.number = 1
				where d.kind = 'MINUTES' and d.document_date = ? and v.file_name = ? order by d.created_at""",
				UUID.class, date, name);
		if (!kept.isEmpty()) {
			AccountSummary admin = accounts.byUsername("admin").orElseThrow();
			DocumentRow row = documents.visibleRow(kept.get(0), Optional.of(admin));
			documents.updateMetadata(row.id(), new DocumentMetadata(titles, row.summaries(), kind, row.language(), date,
					confidentiality, row.processes(), sessions, List.of(23), row.meetingId()), row.version(), admin);
			extraction.run(row.id(), 1);
			return;
		}
		DocumentMetadata meta = new DocumentMetadata(titles, Map.of(), kind, "es", date, confidentiality,
				List.of("CRM", "CSM"), sessions, List.of(23), null);
		DocumentSummary saved = documents.store(meta, new UploadedFile(name, SeedFiles.bytes(path)), "demo");
		extraction.run(saved.id(), 1);
	}

	private static List<Integer> numbers(String joined) {
		return new ArrayList<>(Arrays.stream(joined.split("\\|")).map(Integer::parseInt).toList());
	}
}
