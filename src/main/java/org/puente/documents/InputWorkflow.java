package org.puente.documents;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.puente.accounts.AccountSummary;
import org.puente.audit.AuditedEntity;
import org.puente.audit.AuditedChange;
import org.puente.meetings.MeetingSummary;
import org.puente.meetings.Meetings;
import org.puente.refusal.RefusalKind;
import org.puente.refusal.RefusedException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves a bi-regional input through draft → agreed in a conference → approved in plenary → submitted. Only a
 * secretariat of one of the input's conferences (or an admin) moves it; focal points comment. The approving
 * plenary is recorded by meeting id and title; every move is kept with who made it and when, and audited.
 */
@Service
class InputWorkflow {

	private final Documents documents;

	private final DocumentStore store;

	private final ApplicationEventPublisher events;

	private final Meetings meetings;

	InputWorkflow(@org.springframework.context.annotation.Lazy Documents documents, DocumentStore store,
			ApplicationEventPublisher events, Meetings meetings) {
		this.documents = documents;
		this.meetings = meetings;
		this.store = store;
		this.events = events;
	}

	List<InputState> allowedMoves(DocumentRow row, AccountSummary actor) {
		if (!row.isInput() || row.inputState() == null || !Documents.mayEdit(row, actor)) {
			return List.of();
		}
		return Arrays.stream(InputState.values()).filter(row.inputState()::mayMoveTo).toList();
	}

	@Transactional
	void move(UUID id, InputState target, long expectedVersion, @Nullable UUID meetingId,
			@Nullable String meetingTitle, @Nullable String comment, AccountSummary actor) {
		DocumentRow row = documents.visibleRow(id, Optional.of(actor));
		if (!row.isInput() || row.inputState() == null) {
			throw new RefusedException(RefusalKind.CONFLICT, "documents.workflow.notAnInput");
		}
		if (!Documents.mayEdit(row, actor)) {
			throw new RefusedException(RefusalKind.FORBIDDEN, "documents.workflow.forbidden");
		}
		InputState from = row.inputState();
		if (!from.mayMoveTo(target)) {
			throw new RefusedException(RefusalKind.CONFLICT, "documents.workflow.illegal", from.name(), target.name());
		}
		String title = meetingTitle == null || meetingTitle.isBlank() ? null : meetingTitle.strip();
		if (title == null && meetingId != null) {
			// picked in the calendar: its title is the record's, in the base language
			title = meetings.find(meetingId).map(MeetingSummary::titleEs).orElse(null);
		}
		if (target == InputState.APPROVED_IN_PLENARY && (title == null || title.isEmpty())) {
			throw new RefusedException(RefusalKind.INVALID, "documents.workflow.meetingRequired");
		}
		store.setInputState(id, target, meetingId, title, expectedVersion);
		store.addTransition(id, from, target, target == InputState.APPROVED_IN_PLENARY ? meetingId : null,
				target == InputState.APPROVED_IN_PLENARY ? title : null, blankToNull(comment), actor.username());
		events.publishEvent(new InputMoved(id, from, target, meetingId, AuditedChange
			.transition(AuditedEntity.INPUT, id, row.title(java.util.Locale.ROOT)).before(Map.of("state", from))
			.after(Map.of("state", target)).inPublic(row.confidentiality() == Confidentiality.PUBLIC)));
	}

	/**
	 * Moves an input forward to {@code target} through every state in between, each move recorded as if made by
	 * hand: a plenary approving a text compiled in drafting takes its input from draft to approved in one act.
	 */
	@Transactional
	void advance(UUID id, InputState target, @Nullable UUID meetingId, @Nullable String meetingTitle,
			@Nullable String comment, AccountSummary actor) {
		DocumentRow row = documents.visibleRow(id, Optional.of(actor));
		while (row.inputState() != null && row.inputState() != target && row.inputState().next().isPresent()
				&& row.inputState().ordinal() < target.ordinal()) {
			move(id, row.inputState().next().get(), row.version(), meetingId, meetingTitle, comment, actor);
			row = documents.visibleRow(id, Optional.of(actor));
		}
	}

	@Transactional
	void comment(UUID id, String body, AccountSummary author) {
		DocumentRow row = documents.visibleRow(id, Optional.of(author));
		if (body.isBlank() || body.length() > 4000) {
			throw new RefusedException(RefusalKind.INVALID, "documents.comment.invalid");
		}
		store.addComment(id, author.username(), body.strip());
		events.publishEvent(new DocumentCommented(id, AuditedChange
			.created(AuditedEntity.DOCUMENT_COMMENT, id, row.title(java.util.Locale.ROOT))
			.after(Map.of("comment", body.strip()))));
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
