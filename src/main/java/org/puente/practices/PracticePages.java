package org.puente.practices;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.puente.accounts.AccountSummary;
import org.puente.documents.DocumentSummary;
import org.puente.documents.Documents;
import org.puente.glossary.TextSimilarity;
import org.springframework.stereotype.Component;

/** What a practice's page shows: its text in the reader's language, its documents, the similar practices and what the reader may do. */
@Component
class PracticePages {

	static final int SIMILAR = 3;

	private final PracticeCatalogue catalogue;

	private final Documents documents;

	private final TextSimilarity similarity;

	PracticePages(PracticeCatalogue catalogue, Documents documents, TextSimilarity similarity) {
		this.catalogue = catalogue;
		this.documents = documents;
		this.similarity = similarity;
	}

	/** A practice as one reader sees it. {@code translated} is false when the text shown is the original, not the reader's language. */
	record PracticeView(Practice practice, String language, PracticeText text, boolean translated,
			List<DocumentSummary> documents, List<Similar> similar, boolean mayEdit, boolean mayReview) {

		public boolean maySubmit() {
			return mayEdit;
		}
	}

	/** A practice of the other conference and how alike it is, as a percentage. */
	record Similar(UUID id, String title, List<String> countries, String process, int percent) {
	}

	PracticeView view(UUID id, Optional<AccountSummary> reader, Locale locale) {
		Practice practice = catalogue.readable(id, reader);
		String language = locale.getLanguage();
		boolean translated = practice.getTexts().containsKey(language);
		List<DocumentSummary> linked = practice.getDocuments()
			.stream()
			.map(d -> documents.find(d, reader))
			.flatMap(Optional::stream)
			.toList();
		return new PracticeView(practice, translated ? language : practice.getOriginalLanguage(),
				practice.text(language), translated, linked, similar(practice, language),
				reader.map(r -> catalogue.mayEdit(practice, r)).orElse(false),
				reader.map(r -> practice.getStatus() == PracticeStatus.SUBMITTED && PracticePolicy.mayReview(practice, r))
					.orElse(false));
	}

	/** The accepted practices of the other conference closest to this one, by the glossary's text analysis. */
	List<Similar> similar(Practice practice, String language) {
		List<Practice> others = catalogue.accepted()
			.stream()
			.filter(p -> !p.getProcess().equals(practice.getProcess()))
			.toList();
		Map<String, Practice> byId = others.stream().collect(Collectors.toMap(p -> p.getId().toString(), Function.identity()));
		List<TextSimilarity.Match> matches = similarity.closest(text(practice, "self"),
				others.stream().map(p -> text(p, p.getId().toString())).toList(), SIMILAR);
		return matches.stream().map(m -> {
			Practice p = byId.get(m.id());
			return new Similar(p.getId(), p.text(language).title(), p.getCountries(), p.getProcess(),
					(int) Math.round(100 * m.similarity()));
		}).toList();
	}

	private static TextSimilarity.Text text(Practice practice, String id) {
		return new TextSimilarity.Text(id, practice.getOriginalLanguage(), practice.original().all());
	}

	static @Nullable String period(Practice practice) {
		return practice.getPeriodTo() == null ? practice.getPeriodFrom() + "–"
				: practice.getPeriodFrom() + "–" + practice.getPeriodTo();
	}
}
