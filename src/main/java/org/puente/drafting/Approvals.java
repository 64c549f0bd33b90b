package org.puente.drafting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.puente.accounts.AccountSummary;
import org.puente.audit.AuditedEntity;
import org.puente.audit.AuditedChange;
import org.puente.documents.Confidentiality;
import org.puente.documents.DocumentKind;
import org.puente.documents.DocumentMetadata;
import org.puente.documents.DocumentSummary;
import org.puente.documents.Documents;
import org.puente.documents.InputState;
import org.puente.documents.UploadedFile;
import org.puente.meetings.Meetings;
import org.puente.refusal.RefusalKind;
import org.puente.refusal.RefusedException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The end of a text's drafting: the plenary approves the final wording, which becomes a new version of a document
 * in the repository (the clean compilation as DOCX) with the approval recorded — the meeting, the day and the
 * agreement that approved it — and, for a bi-regional input, its workflow moved to approved and then submitted.
 */
@Component
class Approvals {

	private final Documents documents;

	private final Meetings meetings;

	private final Compilations compilations;

	private final AmendmentRepository amendments;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Approvals(Documents documents, Meetings meetings, Compilations compilations, AmendmentRepository amendments,
			ApplicationEventPublisher events, Clock clock) {
		this.documents = documents;
		this.meetings = meetings;
		this.compilations = compilations;
		this.amendments = amendments;
		this.events = events;
		this.clock = clock;
	}

	UUID approve(DraftText text, List<DraftParagraph> paragraphs, DraftingManagement.Approval approval,
			AccountSummary actor) {
		text.requireOpenForDecisions();
		long open = amendments.findByTextIdOrderByCreatedAt(text.getId()).stream()
			.filter(a -> a.getStatus().isOpen())
			.count();
		if (open > 0) {
			throw new RefusedException(RefusalKind.CONFLICT, "drafting.approve.openAmendments", open);
		}
		String meetingTitle = meetingTitle(approval);
		LocalDate on = approval.on() == null ? LocalDate.now(clock) : approval.on();
		String agreement = approval.agreement() == null || approval.agreement().isBlank() ? null
				: AmendmentChange.plain(approval.agreement(), "drafting.approve.agreement");
		byte[] docx = compilations.cleanDocx(text, paragraphs, Locale.forLanguageTag("es"));
		UploadedFile file = new UploadedFile(fileName(text), docx);
		String note = meetingTitle + " (" + on + ")" + (agreement == null ? "" : " — " + agreement);
		UUID documentId;
		if (text.getDocumentId() != null) {
			documentId = text.getDocumentId();
			documents.addVersion(documentId, file, note, actor);
		}
		else {
			DocumentSummary stored = documents.store(metadata(text, on, approval.meetingId()), file,
					actor.username());
			documentId = stored.id();
		}
		if (text.getKind() == TextKind.BIREGIONAL_INPUT) {
			documents.advanceInput(documentId, InputState.APPROVED_IN_PLENARY, approval.meetingId(), meetingTitle,
					note, actor);
		}
		text.approve(documentId, approval.meetingId(), meetingTitle, on, agreement);
		events.publishEvent(new AmendmentEvents.TextApproved(text.getId(), documentId, approval.meetingId(), on,
				AuditedChange.transition(AuditedEntity.TEXT, text.getId(), text.getTitleEs())
					.after(Map.of("status", text.getStatus(), "meeting", meetingTitle, "on", on.toString(),
							"document", documentId.toString()))
					.inPublic(true)));
		return documentId;
	}

	void submit(DraftText text, @Nullable LocalDate on, @Nullable String reference, AccountSummary actor) {
		String ref = AmendmentChange.plain(reference, "drafting.submit.referenceRequired");
		LocalDate day = on == null ? LocalDate.now(clock) : on;
		text.markSubmitted(day, ref);
		if (text.getKind() == TextKind.BIREGIONAL_INPUT && text.getDocumentId() != null) {
			documents.advanceInput(text.getDocumentId(), InputState.SUBMITTED, null, null, ref + " (" + day + ")",
					actor);
		}
		events.publishEvent(new AmendmentEvents.TextSubmitted(text.getId(), ref, AuditedChange
			.transition(AuditedEntity.TEXT, text.getId(), text.getTitleEs())
			.before(Map.of("status", TextStatus.APPROVED))
			.after(Map.of("status", text.getStatus(), "reference", ref)).inPublic(true)));
	}

	/** The meeting picked in the calendar, or the title typed for one that is not in it; one of the two is needed. */
	private String meetingTitle(DraftingManagement.Approval approval) {
		if (approval.meetingId() != null) {
			return meetings.find(approval.meetingId()).map(m -> m.title(Locale.forLanguageTag("es")))
				.orElseThrow(() -> new RefusedException(RefusalKind.INVALID, "drafting.approve.meetingUnknown"));
		}
		if (approval.meetingTitle() == null || approval.meetingTitle().isBlank()) {
			throw new RefusedException(RefusalKind.INVALID, "drafting.approve.meetingRequired");
		}
		return AmendmentChange.plain(approval.meetingTitle(), "drafting.approve.meetingRequired");
	}

	private static DocumentMetadata metadata(DraftText text, LocalDate on, @Nullable UUID meetingId) {
		Map<String, String> titles = new java.util.HashMap<>();
		titles.put("es", text.getTitleEs());
		if (text.getTitleEn() != null) {
			titles.put("en", text.getTitleEn());
		}
		if (text.getTitlePt() != null) {
			titles.put("pt", text.getTitlePt());
		}
		if (text.getTitleFr() != null) {
			titles.put("fr", text.getTitleFr());
		}
		DocumentKind kind = switch (text.getKind()) {
			case BIREGIONAL_INPUT -> DocumentKind.BIREGIONAL_INPUT;
			default -> DocumentKind.DECLARATION;
		};
		return new DocumentMetadata(titles, Map.of(), kind, "es", on, Confidentiality.PUBLIC, text.getProcesses(),
				text.getThematicSession() == null ? List.of() : List.of(text.getThematicSession()), List.of(),
				meetingId);
	}

	private static String fileName(DraftText text) {
		String slug = java.text.Normalizer.normalize(text.getTitleEs(), java.text.Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.replaceAll("[^A-Za-z0-9]+", "-")
			.replaceAll("(^-|-$)", "")
			.toLowerCase(Locale.ROOT);
		return (slug.length() > 60 ? slug.substring(0, 60) : slug) + ".docx";
	}
}
