package org.puente.drafting;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.puente.directory.Countries;
import org.puente.refusal.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds the compilations of a text: the clean text in any language (translations where they exist), the Spanish
 * master with every open proposal as a tracked change, and the paragraph × proponent matrix; and writes them as
 * DOCX and PDF.
 */
@Component
class Compilations {

	private final TextRepository texts;

	private final ParagraphRepository paragraphs;

	private final AmendmentRepository amendments;

	private final MessageSource messages;

	Compilations(TextRepository texts, ParagraphRepository paragraphs, AmendmentRepository amendments,
			MessageSource messages) {
		this.texts = texts;
		this.paragraphs = paragraphs;
		this.amendments = amendments;
		this.messages = messages;
	}

	/** The formats a compilation comes in. */
	enum Format {
		HTML, DOCX, PDF
	}

	@Transactional(readOnly = true)
	Compilation compile(UUID textId, boolean tracked, Locale locale) {
		DraftText text = texts.findById(textId).orElseThrow(() -> new NotFoundException("drafting.text.notFound"));
		List<DraftParagraph> live = paragraphs.findByTextIdOrderByPosition(textId).stream()
			.filter(p -> !p.isDeleted())
			.toList();
		if (!tracked) {
			return clean(text, live, locale);
		}
		Map<UUID, List<Amendment>> open = amendments.findByTextIdOrderByCreatedAt(textId).stream()
			.filter(a -> a.getStatus().isOpen())
			.collect(Collectors.groupingBy(Amendment::getParagraphId));
		List<Compilation.Paragraph> compiled = new ArrayList<>();
		int number = 1;
		for (DraftParagraph p : live) {
			TrackedParagraph tracking = new TrackedParagraph(p.getBody(), a -> proponent(a.getProponent(), locale),
					a -> note(a, locale));
			List<Amendment> proposals = open.getOrDefault(p.getId(), List.of());
			proposals.forEach(tracking::add);
			compiled.add(new Compilation.Paragraph(number++, tracking.pieces(), tracking.notes()));
			for (Amendment insertion : proposals.stream().filter(a -> a.getKind() == AmendmentKind.INSERT_AFTER)
				.toList()) {
				compiled.add(new Compilation.Paragraph(null, List.of(new Compilation.Piece(
						String.valueOf(insertion.getReplacement()), Compilation.Change.INSERTED,
						proponent(insertion.getProponent(), locale), insertion.getId())), List.of()));
			}
		}
		return new Compilation(text.title(locale), text.getStatus(), true, "es", compiled);
	}

	Compilation clean(DraftText text, List<DraftParagraph> live, Locale locale) {
		String language = locale.getLanguage();
		List<Compilation.Paragraph> compiled = new ArrayList<>();
		for (int i = 0; i < live.size(); i++) {
			compiled.add(new Compilation.Paragraph(i + 1, List.of(Compilation.Piece.same(live.get(i).body(language))),
					List.of(), live.get(i).bodyLanguage(language)));
		}
		return new Compilation(text.title(locale), text.getStatus(), false, language, compiled);
	}

	/** The clean Spanish text as a Word document: what a plenary approves and the repository keeps. */
	byte[] cleanDocx(DraftText text, List<DraftParagraph> live, Locale locale) {
		return DocxCompilation.write(clean(text, live, locale), labels(locale));
	}

	byte[] write(Compilation compilation, Format format, Locale locale) {
		return switch (format) {
			case DOCX -> DocxCompilation.write(compilation, labels(locale));
			case PDF -> PdfCompilation.write(compilation, labels(locale));
			case HTML -> throw new IllegalArgumentException("HTML is rendered by the page template");
		};
	}

	/** Rows are paragraphs, columns the proponents of any amendment; a cell lists their amendments' kind and state. */
	@Transactional(readOnly = true)
	ProponentMatrix matrix(UUID textId, Locale locale) {
		List<DraftParagraph> live = paragraphs.findByTextIdOrderByPosition(textId).stream()
			.filter(p -> !p.isDeleted())
			.toList();
		List<Amendment> all = amendments.findByTextIdOrderByCreatedAt(textId);
		List<String> proponents = all.stream().map(Amendment::getProponent).distinct()
			.sorted(Comparator.comparing(code -> proponent(code, locale)))
			.toList();
		return ProponentMatrix.of(live, all, proponents, code -> proponent(code, locale),
				a -> kindLabel(a, locale) + " · " + messages.getMessage("drafting.status." + a.getStatus(), null, locale));
	}

	/** A country's name or a conference's acronym, in the reader's language. */
	String proponent(String code, Locale locale) {
		return DraftingPolicy.CONFERENCES.contains(code)
				? messages.getMessage("drafting.conference." + code, null, code, locale)
				: Countries.nameOf(code, locale);
	}

	private String kindLabel(Amendment amendment, Locale locale) {
		return messages.getMessage("drafting.kind." + amendment.getKind(), null, locale);
	}

	/** How a proposal that is not drawn as a tracked change reads beside its paragraph. */
	private String note(Amendment a, Locale locale) {
		String what = switch (a.getKind()) {
			case REPLACE -> messages.getMessage("drafting.note.replace", new Object[] { a.getOriginal(),
					a.getReplacement() }, locale);
			case DELETE -> messages.getMessage("drafting.note.delete", null, locale);
			case INSERT_AFTER -> messages.getMessage("drafting.note.insert", new Object[] { a.getReplacement() },
					locale);
			case COMMENT -> messages.getMessage("drafting.note.comment", null, locale);
		};
		return what + " — " + a.getReason();
	}

	/** The writers' words in the reader's language. */
	java.util.function.Function<String, String> labels(Locale locale) {
		return key -> messages.getMessage(key, null, key, locale);
	}
}
