package org.puente.glossary;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.puente.i18n.Language;
import org.puente.web.SiteAddress;
import org.puente.web.SpreadsheetCells;
import org.puente.refusal.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The public glossary for other tools: SKOS in Turtle, TBX for terminology software, CSV for spreadsheets. */
@RestController
class GlossaryExports {

	private final GlossaryCatalogue catalogue;

	private final MessageSource messages;

	private final SiteAddress site;

	GlossaryExports(GlossaryCatalogue catalogue, MessageSource messages, SiteAddress site) {
		this.catalogue = catalogue;
		this.messages = messages;
		this.site = site;
	}

	@GetMapping("/glossary.ttl")
	@Transactional(readOnly = true)
	ResponseEntity<String> turtle() {
		Map<String, String> titles = new LinkedHashMap<>();
		for (String lang : Language.CODES) {
			titles.put(lang, messages.getMessage("glossary.list.heading", null, Locale.forLanguageTag(lang)));
		}
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "turtle", StandardCharsets.UTF_8))
			.body(TurtleWriter.write(site.base(), titles, terms()));
	}

	@GetMapping("/glossary.tbx")
	@Transactional(readOnly = true)
	ResponseEntity<String> tbx() {
		return ResponseEntity.ok()
			.contentType(new MediaType("application", "x-tbx+xml", StandardCharsets.UTF_8))
			.body(TbxWriter.write(messages.getMessage("glossary.list.heading", null, Locale.forLanguageTag("es")),
					terms()));
	}

	@GetMapping("/glossary.csv")
	@Transactional(readOnly = true)
	ResponseEntity<String> csv() {
		List<String> header = new ArrayList<>(List.of("slug"));
		Language.CODES.forEach(l -> header.add("label_" + l));
		Language.CODES.forEach(l -> header.add("synonyms_" + l));
		Language.CODES.forEach(l -> header.add("definition_" + l));
		header.add("status");
		header.add("adopted_at");
		StringWriter out = new StringWriter();
		try (var printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get())) {
			for (ExportedTerm t : terms()) {
				List<Object> row = new ArrayList<>(List.of(t.slug()));
				Language.CODES.forEach(l -> row.add(t.labels().getOrDefault(l, "")));
				Language.CODES.forEach(l -> row.add(String.join("; ", t.synonyms().getOrDefault(l, List.of()))));
				Language.CODES.forEach(l -> row.add(t.definitions().getOrDefault(l, "")));
				row.add(t.status() == null ? "" : t.status());
				row.add(t.adoptedAt() == null ? "" : t.adoptedAt());
				printer.printRecord(row.stream().map(SpreadsheetCells::csv).toList());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8)).body(out.toString());
	}

	/** One term as the exports carry it, by its slug; an unknown slug is the term page's 404. */
	ExportedTerm term(String slug) {
		String known = catalogue.term(slug).getSlug();
		return terms().stream().filter(t -> t.slug().equals(known)).findFirst()
			.orElseThrow(() -> new NotFoundException("glossary.term.notFound"));
	}

	List<ExportedTerm> terms() {
		List<ExportedTerm> exported = new ArrayList<>();
		for (GlossaryTerm term : catalogue.all()) {
			TermSummary summary = term.summary();
			Map<String, List<String>> synonyms = new LinkedHashMap<>();
			summary.synonyms().forEach((l, s) -> {
				if (!s.isEmpty()) {
					synonyms.put(l, s);
				}
			});
			Map<String, String> definitions = new LinkedHashMap<>();
			var biregional = catalogue.biregional(term.getId()).orElse(null);
			boolean adopted = biregional != null && biregional.getStatus() == BiregionalStatus.ADOPTED;
			if (adopted) {
				for (String l : Language.CODES) {
					if (biregional.text(l) != null) {
						definitions.put(l, biregional.text(l));
					}
				}
			}
			Map<String, String> labels = new LinkedHashMap<>();
			Language.CODES.forEach(l -> {
				if (summary.labels().containsKey(l)) {
					labels.put(l, summary.labels().get(l));
				}
			});
			exported.add(new ExportedTerm(term.getSlug(), labels, synonyms, definitions,
					adopted ? BiregionalStatus.ADOPTED.name() : null,
					adopted && biregional.getMeetingDate() != null ? biregional.getMeetingDate().toString() : null,
					term.getNote(), term.getVersion()));
		}
		return exported;
	}
}
