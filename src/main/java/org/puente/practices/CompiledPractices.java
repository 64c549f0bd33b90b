package org.puente.practices;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.puente.directory.Countries;
import org.puente.documents.ReferenceData;
import org.puente.web.DocxFiles;
import org.puente.web.PdfFiles;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The compiled good-practices document: one chapter per thematic session, its accepted practices in the order of
 * the joint ranking (unranked sessions in title order), each with why it is a good practice and how it contributes
 * to the PMM; as Word (Apache POI) or PDF (OpenPDF), in the reader's language where a translation exists.
 */
@Component
class CompiledPractices {

	enum Format {
		DOCX, PDF
	}

	/** The document's content, the same for both formats. */
	record Compiled(String title, String method, List<Chapter> chapters) {
	}

	record Chapter(String heading, List<Entry> entries) {
	}

	/** One practice: its heading, a line saying who and when, and its labelled paragraphs in order. */
	record Entry(String heading, String byline, List<Map.Entry<String, String>> parts) {
	}

	private final Prioritisation prioritisation;

	private final PracticeRepository practices;

	private final ReferenceData reference;

	private final MessageSource messages;

	CompiledPractices(Prioritisation prioritisation, PracticeRepository practices, ReferenceData reference,
			MessageSource messages) {
		this.prioritisation = prioritisation;
		this.practices = practices;
		this.reference = reference;
		this.messages = messages;
	}

	@org.springframework.transaction.annotation.Transactional(readOnly = true)
	Compiled compile(Locale locale) {
		String lang = locale.getLanguage();
		Function<String, String> label = key -> messages.getMessage(key, null, locale);
		List<Chapter> chapters = new ArrayList<>();
		for (ReferenceData.ThematicSession session : reference.sessions()) {
			JointRanking ranking = prioritisation.compute(session.number(), lang);
			if (ranking.rows().isEmpty()) {
				continue;
			}
			Map<UUID, Practice> byId = practices.findAllById(ranking.rows().stream().map(JointRanking.Row::id).toList())
				.stream()
				.collect(Collectors.toMap(Practice::getId, p -> p));
			List<Entry> entries = new ArrayList<>();
			for (JointRanking.Row row : ranking.rows()) {
				Practice p = byId.get(row.id());
				PracticeText text = p.text(lang);
				String heading = (ranking.empty() ? "" : row.place() + (row.tied() ? "= " : ". ")) + text.title();
				String byline = new Countries().list(p.getCountries(), locale) + " · " + p.getProcess() + " · "
						+ PracticePages.period(p) + (p.isDemo() ? " · " + label.apply("practices.demo.badge") : "");
				List<Map.Entry<String, String>> parts = new ArrayList<>();
				parts.add(Map.entry(label.apply("practices.field.summary"), text.summary()));
				parts.add(Map.entry(label.apply("practices.field.why"), text.why()));
				parts.add(Map.entry(label.apply("practices.field.how"), text.how()));
				if (!p.getTargetGroups().isEmpty()) {
					parts.add(Map.entry(label.apply("practices.field.targetGroups"), p.getTargetGroups()
						.stream()
						.map(g -> label.apply("practices.targetGroup." + g))
						.collect(Collectors.joining(", "))));
				}
				if (p.getResults() != null) {
					parts.add(Map.entry(label.apply("practices.field.results"), p.getResults()));
				}
				if (p.getContactName() != null || p.getContactEmail() != null) {
					parts.add(Map.entry(label.apply("practices.field.contact"), String.join(" · ",
							java.util.stream.Stream.of(p.getContactName(), p.getContactEmail())
								.filter(java.util.Objects::nonNull)
								.toList())));
				}
				if (!ranking.empty()) {
					parts.add(Map.entry(label.apply("practices.ranking.scores"), messages.getMessage(
							"practices.compiled.scores", new Object[] { row.score(),
									row.crmScore() == null ? "—" : row.crmScore(),
									row.csmScore() == null ? "—" : row.csmScore() },
							locale)));
				}
				entries.add(new Entry(heading, byline, parts));
			}
			chapters.add(new Chapter(messages.getMessage("documents.session." + session.number(), null,
					session.titleEn(), locale), entries));
		}
		return new Compiled(label.apply("practices.compiled.title"),
				label.apply("practices.ranking.method") + " " + label.apply("practices.ranking.ties"), chapters);
	}

	static byte[] write(Compiled compiled, Format format) {
		return format == Format.DOCX ? docx(compiled) : pdf(compiled);
	}

	private static byte[] docx(Compiled compiled) {
		return DocxFiles.write(doc -> {
			run(doc.createParagraph(), compiled.title(), 18, true, false);
			run(doc.createParagraph(), compiled.method(), 10, false, true);
			for (Chapter chapter : compiled.chapters()) {
				XWPFParagraph heading = doc.createParagraph();
				heading.setSpacingBefore(360);
				run(heading, chapter.heading(), 15, true, false);
				for (Entry entry : chapter.entries()) {
					XWPFParagraph title = doc.createParagraph();
					title.setSpacingBefore(240);
					run(title, entry.heading(), 12, true, false);
					run(doc.createParagraph(), entry.byline(), 10, false, true);
					for (Map.Entry<String, String> part : entry.parts()) {
						XWPFParagraph paragraph = doc.createParagraph();
						run(paragraph, part.getKey() + ": ", 11, true, false);
						run(paragraph, part.getValue(), 11, false, false);
					}
				}
			}
		});
	}

	private static void run(XWPFParagraph paragraph, String text, int size, boolean bold, boolean italic) {
		XWPFRun run = paragraph.createRun();
		run.setText(text);
		run.setFontSize(size);
		run.setBold(bold);
		run.setItalic(italic);
	}

	private static byte[] pdf(Compiled compiled) {
		return PdfFiles.write(PageSize.A4, 56, compiled.title(), pdf -> pdf(compiled, pdf));
	}

	private static void pdf(Compiled compiled, Document pdf) {
		Font title = new Font(Font.HELVETICA, 18, Font.BOLD);
		Font chapterFont = new Font(Font.HELVETICA, 15, Font.BOLD, new Color(0, 60, 120));
		Font entryFont = new Font(Font.HELVETICA, 12, Font.BOLD);
		Font legend = new Font(Font.HELVETICA, 9, Font.ITALIC, Color.DARK_GRAY);
		Font label = new Font(Font.HELVETICA, 10, Font.BOLD);
		Font body = new Font(Font.HELVETICA, 10);
		pdf.add(new Paragraph(compiled.title(), title));
		pdf.add(new Paragraph(compiled.method(), legend));
		for (Chapter chapter : compiled.chapters()) {
			Paragraph heading = new Paragraph(chapter.heading(), chapterFont);
			heading.setSpacingBefore(18);
			pdf.add(heading);
			for (Entry entry : chapter.entries()) {
				Paragraph name = new Paragraph(entry.heading(), entryFont);
				name.setSpacingBefore(12);
				pdf.add(name);
				pdf.add(new Paragraph(entry.byline(), legend));
				for (Map.Entry<String, String> part : entry.parts()) {
					Paragraph paragraph = new Paragraph();
					paragraph.setSpacingBefore(4);
					paragraph.add(new com.lowagie.text.Chunk(part.getKey() + ": ", label));
					paragraph.add(new com.lowagie.text.Chunk(part.getValue(), body));
					pdf.add(paragraph);
				}
			}
		}
	}
}
