package org.puente.practices;

import org.springframework.http.ResponseEntity;
import org.puente.web.Paging;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The published good practices and the joint rankings as JSON, for the conferences' own sites and for analysis. */
@RestController
@Tag(name = "Good practices", description = "The catalogue of accepted good practices and their joint prioritisation")
class PracticesApiController {

	private final PracticeCatalogue catalogue;

	private final MessageSource messages;

	PracticesApiController(PracticeCatalogue catalogue, MessageSource messages) {
		this.catalogue = catalogue;
		this.messages = messages;
	}

	/** A published practice, with its texts in every language it was written or translated in. */
	record PracticeJson(UUID id, String url, String conference, List<String> countries, String originalLanguage,
			Map<String, PracticeText> texts, List<Integer> thematicSessions, List<Integer> objectives,
			List<TargetGroup> targetGroups, int periodFrom, @Nullable Integer periodTo, @Nullable String results,
			@Nullable String contactName, @Nullable String contactEmail, List<UUID> documents, boolean demo) {

		static PracticeJson of(Practice p) {
			return new PracticeJson(p.getId(), "/practices/" + p.getId(), p.getProcess(), p.getCountries(),
					p.getOriginalLanguage(), p.getTexts(), p.getThematicSessions(), p.getObjectives(),
					p.getTargetGroups(), p.getPeriodFrom(), p.getPeriodTo(), p.getResults(), p.getContactName(),
					p.getContactEmail(), p.getDocuments(), p.isDemo());
		}
	}

	/** A session's prioritisation with the method that computed it. */
	record RankingJson(int session, String method, int practices, Map<String, List<String>> countries,
			List<String> outdatedCountries, List<JointRanking.Row> ranking) {
	}

	@GetMapping("/api/v1/practices")
	@Operation(operationId = "listPractices", summary = "Accepted (published) good practices, by title; filtered by thematic session, conference "
			+ "(CRM, CSM), country or Global Compact objective, the filters of the list page and of its CSV and XLSX "
			+ "downloads (/practices/export.csv, /practices/export.xlsx)")
	ResponseEntity<List<PracticeJson>> practices(@RequestParam(required = false) @Nullable String page, @RequestParam(required = false) @Nullable String size,
			@Parameter(description = "thematic session, 1 to 6") @RequestParam(required = false) @Nullable Integer session,
			@Parameter(description = "CRM or CSM") @RequestParam(required = false) @Nullable String conference,
			@Parameter(description = "ISO 3166-1 alpha-2 code, e.g. MX") @RequestParam(required = false) @Nullable String country,
			@Parameter(description = "Global Compact objective, 1 to 23") @RequestParam(required = false) @Nullable Integer objective) {
		PracticeFilter filter = PracticeFilter.of(session, conference, country, objective);
		return Paging.of(page, size).answer(catalogue.accepted().stream().filter(filter::keeps).map(PracticeJson::of).toList());
	}

	@GetMapping("/api/v1/practices/ranking")
	@Operation(operationId = "getPracticeRanking", summary = "A thematic session's joint prioritisation: the combined bi-regional ranking (Borda count, "
			+ "each conference weighing the same), each conference's place and score, and the spread between them; "
			+ "400 for a session outside 1–6")
	RankingJson ranking(@Parameter(description = "thematic session, 1 to 6") @RequestParam int session,
			Locale locale) {
		Prioritisation.requireSession(session);
		JointRanking ranking = catalogue.ranking(session, locale.getLanguage());
		return new RankingJson(session, messages.getMessage("practices.ranking.method", null, locale),
				ranking.practices(), ranking.countries(), ranking.outdated(), ranking.rows());
	}
}
