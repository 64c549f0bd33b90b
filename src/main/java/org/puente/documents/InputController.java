package org.puente.documents;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.puente.accounts.AccountSummary;
import org.puente.refusal.RefusalKind;
import org.puente.web.FormSubmission;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The bi-regional inputs: the board per thematic session, moving an input along, commenting on it. */
@Controller
class InputController {

	private final Documents documents;

	private final ReferenceData reference;

	private final DocumentController reading;

	InputController(Documents documents, ReferenceData reference, DocumentController reading) {
		this.documents = documents;
		this.reference = reference;
		this.reading = reading;
	}

	/** One row per thematic session, one column per state: where each input stands. */
	@GetMapping("/documents/inputs")
	String board(Model model, Optional<AccountSummary> reader) {
		List<DocumentRow> inputs = documents.visible(reader, DocumentKind.BIREGIONAL_INPUT, 1000);
		List<BoardRow> board = new java.util.ArrayList<>();
		for (ReferenceData.ThematicSession session : reference.sessions()) {
			List<BoardCell> cells = new java.util.ArrayList<>();
			for (InputState state : InputState.values()) {
				cells.add(new BoardCell(state, inputs.stream()
					.filter(i -> i.inputState() == state && i.thematicSessions().contains(session.number()))
					.toList()));
			}
			board.add(new BoardRow(session.number(), cells));
		}
		model.addAttribute("board", board);
		model.addAttribute("states", Arrays.asList(InputState.values()));
		model.addAttribute("sessions", reference.sessions());
		model.addAttribute("unassigned", inputs.stream().filter(i -> i.thematicSessions().isEmpty()).toList());
		return "documents/inputs";
	}

	@PostMapping("/documents/{id}/transitions")
	@PreAuthorize("hasAnyRole('ADMIN', 'SECRETARIAT')")
	String move(@PathVariable UUID id, @RequestParam InputState target, @RequestParam long version,
			@RequestParam(required = false) @Nullable UUID meetingId,
			@RequestParam(required = false) @Nullable String meetingTitle,
			@RequestParam(required = false) @Nullable String comment, Model model, HttpServletResponse response,
			RedirectAttributes redirect, AccountSummary actor) {
		// refused (no meeting for the plenary, 422; moved meanwhile, 409): the page as it is now, the reason in the
		// move's form, and the title that was typed in it
		return FormSubmission.act(response, () -> {
			documents.moveInput(id, target, version, meetingId, meetingTitle, comment, actor);
			return FormSubmission.redirect(redirect, "documents.workflow.success", "/documents/" + id);
		}, refusal -> {
			reading.fill(model, documents.visibleRow(id, Optional.of(actor)), Optional.of(actor));
			model.addAttribute("refused", refusal);
			model.addAttribute("refusedMove", target);
			model.addAttribute("typedMeetingId", meetingId);
			model.addAttribute("typedMeetingTitle", meetingTitle);
			return "documents/detail";
		}, RefusalKind.FORBIDDEN);
	}

	@PostMapping("/documents/{id}/comments")
	@PreAuthorize("isAuthenticated()")
	String comment(@PathVariable UUID id, @RequestParam(defaultValue = "") String body, RedirectAttributes redirect,
			AccountSummary actor) {
		documents.comment(id, body, actor);
		return FormSubmission.redirect(redirect, "documents.comment.success", "/documents/" + id + "#comments");
	}

	/** One thematic session on the board: its inputs, one cell per state. */
	record BoardRow(int session, List<BoardCell> cells) {
	}

	record BoardCell(InputState state, List<DocumentRow> inputs) {
	}

}
