package org.puente.glossary;

import java.util.List;
import java.util.Locale;

import org.puente.i18n.Language;
import org.puente.web.ListDownloads;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The glossary's list as a spreadsheet (CSV, XLSX) for people, public like the list: the terms its search keeps, in
 * its order, each in the four languages, with the bi-regional definition in the reader's language and its source —
 * the meeting that adopted it, and when. Only adopted definitions, as the public term pages show them: what is still
 * under discussion stays with the members. ({@link GlossaryExports} serves the same glossary to other tools.)
 */
@Controller
class GlossaryListExport {

	static final List<String> COLUMNS = List.of("glossary.lang.es", "glossary.lang.en", "glossary.lang.pt",
			"glossary.lang.fr", "glossary.export.definition", "glossary.export.source", "glossary.export.adoptedOn");

	private final GlossaryCatalogue catalogue;

	private final ListDownloads downloads;

	GlossaryListExport(GlossaryCatalogue catalogue, ListDownloads downloads) {
		this.catalogue = catalogue;
		this.downloads = downloads;
	}

	@GetMapping("/glossary/export.{format}")
	@Transactional(readOnly = true)
	ResponseEntity<byte[]> export(@PathVariable String format, @RequestParam(defaultValue = "") String q,
			Locale locale) {
		List<Object[]> rows = catalogue.search(q.length() > 200 ? q.substring(0, 200) : q).stream()
			.map(ranked -> row(ranked.term(), locale)).toList();
		return downloads.download(format, "glossary.export.name", COLUMNS, rows, locale);
	}

	private Object[] row(GlossaryTerm term, Locale locale) {
		Object[] row = new Object[COLUMNS.size()];
		for (int i = 0; i < Language.CODES.size(); i++) {
			row[i] = term.label(Language.CODES.get(i));
		}
		catalogue.biregional(term.getId()).filter(d -> d.getStatus() == BiregionalStatus.ADOPTED).ifPresent(d -> {
			String own = d.text(locale.getLanguage());
			row[4] = own != null ? own : d.text("es");
			row[5] = d.getMeetingTitle();
			row[6] = d.getMeetingDate();
		});
		return row;
	}
}
