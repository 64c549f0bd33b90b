package org.puente.practices;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.puente.accounts.AccountSummary;
import org.puente.directory.Countries;
import org.puente.documents.ReferenceData;
import org.puente.web.ListDownloads;
import org.puente.web.SiteAddress;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The published catalogue as a spreadsheet (CSV, XLSX), public like the list it comes from, with the list's filters
 * ({@link PracticeFilter}) and order, each practice in the reader's language where it was translated, and the link to
 * its page. No contact: the file travels further than the page does.
 */
@Controller
class PracticeExportController {

	static final List<String> COLUMNS = List.of("practices.field.title", "practices.field.summary",
			"practices.field.countries", "practices.field.conference", "practices.field.sessions",
			"practices.field.objectives", "practices.field.period", "practices.export.link");

	private final PracticeCatalogue catalogue;

	private final ReferenceData reference;

	private final ListDownloads downloads;

	private final SiteAddress site;

	PracticeExportController(PracticeCatalogue catalogue, ReferenceData reference, ListDownloads downloads,
			SiteAddress site) {
		this.catalogue = catalogue;
		this.reference = reference;
		this.downloads = downloads;
		this.site = site;
	}

	@GetMapping("/practices/export.{format}")
	ResponseEntity<byte[]> export(@PathVariable String format, @RequestParam(required = false) @Nullable Integer session,
			@RequestParam(required = false) @Nullable String process,
			@RequestParam(required = false) @Nullable String country,
			@RequestParam(required = false) @Nullable Integer objective, Optional<AccountSummary> reader,
			Locale locale) {
		List<Object[]> rows = PracticeFilter.of(session, process, country, objective)
			.published(catalogue.visible(reader), locale).stream().map(p -> row(p, locale)).toList();
		return downloads.download(format, "practices.export.name", COLUMNS, rows, locale);
	}

	private Object[] row(Practice p, Locale locale) {
		PracticeText text = p.text(locale.getLanguage());
		String period = p.getPeriodTo() == null ? p.getPeriodFrom() + "–" : p.getPeriodFrom() + "–" + p.getPeriodTo();
		return new Object[] { text.title(), text.summary(),
				String.join(", ", p.getCountries().stream().map(c -> Countries.nameOf(c, locale)).toList()),
				downloads.text("practices.conference." + p.getProcess(), locale),
				String.join("; ", p.getThematicSessions().stream()
					.map(n -> downloads.text("documents.session." + n, locale)).toList()),
				String.join("; ", p.getObjectives().stream().map(n -> n + ". "
						+ reference.objective(n).map(o -> o.title(locale)).orElse("")).toList()),
				period, site.link("/practices/" + p.getId()) };
	}
}
