package org.puente.consultations;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.puente.glossary.Glossary;
import org.puente.i18n.Language;
import org.puente.refusal.RefusalKind;
import org.puente.refusal.RefusedException;
import org.puente.web.FormSubmission;
import org.puente.web.Mistake;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The focal point's form. Each field posts itself a moment after typing stops (htmx) and gets back a line saying
 * when it was saved, or why not; the whole form also posts on submit, so it works without JavaScript too.
 */
@Controller
@PreAuthorize("hasRole('FOCAL_POINT')")
class AnswerController {

	private static final String PAGE = "consultations/answer";

	/** The line under a field saying when it was saved, or why not. */
	private static final String STATUS = PAGE + " :: status";

	private final ConsultationManagement answering;

	private final MessageSource messages;

	private final Glossary glossary;

	AnswerController(ConsultationManagement answering, MessageSource messages, Glossary glossary) {
		this.answering = answering;
		this.messages = messages;
		this.glossary = glossary;
	}

	/**
	 * The answer sheet for the page, and the glossary's names of the terms in the reader's language: a question tied
	 * to a term named it by the label stored when it was asked, «retorno asistido» on an English page (walk of
	 * 5 December, night).
	 */
	private void sheet(Model model, UUID id, Locale locale) {
		model.addAttribute("sheet", answering.sheet(id));
		model.addAttribute("termNames", glossary.names(locale));
	}

	@org.springframework.web.bind.annotation.ModelAttribute("answerLanguages")
	List<String> answerLanguages() {
		return Language.CODES;
	}

	@GetMapping("/consultations/{id}/answer")
	String form(@PathVariable UUID id, Model model, Locale locale) {
		sheet(model, id, locale);
		return PAGE;
	}

	/** One field's autosave: answers the status line (and the new version, out of band). */
	@PostMapping("/consultations/{id}/answer/{questionId}")
	String save(@PathVariable UUID id, @PathVariable UUID questionId, HttpServletRequest request, Model model,
			HttpServletResponse response, Locale locale) {
		model.addAttribute("questionId", questionId);
		model.addAttribute("consultationId", id);
		// a refusal (an unreadable answer too), or both saved in the same instant (the other one won; the next save
		// shows their version)
		return FormSubmission.act(response, () -> {
			Answering.AnswerInput input = input(request, questionId);
			try {
				Answering.Saved saved = answering.save(id, questionId, input);
				model.addAttribute("savedAt", saved.at());
				model.addAttribute("version", saved.version());
			}
			catch (AnswerConflict ex) {
				return FormSubmission.refuse(response, overtaken(), () -> {
					conflict(model, ex.current(), input);
					return STATUS;
				});
			}
			return STATUS;
		}, refusal -> {
			model.addAttribute("refusal", messages.getMessage(refusal, locale));
			return STATUS;
		});
	}

	@PostMapping("/consultations/{id}/answer/{questionId}/file")
	String upload(@PathVariable UUID id, @PathVariable UUID questionId, @RequestParam("file") MultipartFile file,
			Model model, RedirectAttributes redirect, HttpServletResponse response, Locale locale) throws IOException {
		byte[] content = file.getBytes();
		// an empty file (or none chosen), or one that is not asked for: the form again, the reason on the question
		return FormSubmission.act(response, () -> {
			answering.attach(id, questionId, String.valueOf(file.getOriginalFilename()),
					String.valueOf(file.getContentType()), content);
			return FormSubmission.redirect(redirect, "consultations.answer.fileSaved",
					"/consultations/" + id + "/answer#q-" + questionId);
		}, refusal -> {
			FormSubmission.shownAt(model, "/consultations/" + id + "/answer");
			model.addAttribute("fileRefusedOn", questionId);
			model.addAttribute("fileRefusal", messages.getMessage(refusal, locale));
			sheet(model, id, locale);
			return PAGE;
		});
	}

	/** Saves whatever the form holds that differs from what is stored, then submits. */
	@PostMapping("/consultations/{id}/submit")
	String submit(@PathVariable UUID id, HttpServletRequest request, Model model, RedirectAttributes redirect,
			HttpServletResponse response, Locale locale) {
		AnswerSheet sheet = answering.sheet(id);
		List<IncompleteAnswers.Problem> unreadable = new ArrayList<>();
		Map<UUID, String> typed = new HashMap<>();
		try {
			for (ConsultationQuestion q : sheet.view().questions()) {
				if (q.getKind() == QuestionKind.FILE || request.getParameter("version-" + q.getId()) == null) {
					continue;
				}
				String text = request.getParameter("text-" + q.getId());
				String problem = Answering.unsavable(q, text, choices(request, q.getId()),
						request.getParameter("scale-" + q.getId()));
				if (problem != null) {
					// not saved, not submitted; the other answers typed are saved and the form shown again, with
					// this text as typed
					unreadable.add(new IncompleteAnswers.Problem(q.getId(), problem));
					if (text != null) {
						typed.put(q.getId(), text);
					}
					continue;
				}
				Answering.AnswerInput input = input(request, q.getId());
				ConsultationAnswer stored = sheet.answer(q.getId());
				if (stored == null ? !blank(input) : !same(stored, input)) {
					answering.save(id, q.getId(), input);
				}
			}
			if (!unreadable.isEmpty()) {
				throw new IncompleteAnswers(unreadable);
			}
			answering.submit(id);
		}
		catch (IncompleteAnswers ex) {
			// reloaded, the page is read at its own address, and consultations.js puts back the copies of what the
			// server did not take (a refused form shown at the address it was sent to asked to send it again)
			FormSubmission.shownAt(model, "/consultations/" + id + "/answer");
			model.addAttribute("problems", ex.problems());
			// each refused answer's field says so too, not the summary alone (walk of 5 December, night)
			Map<UUID, String> problemOn = new HashMap<>();
			ex.problems().forEach(p -> problemOn.putIfAbsent(p.questionId(), p.messageKey()));
			model.addAttribute("problemOn", problemOn);
			model.addAttribute("typed", typed);
			sheet(model, id, locale);
			return FormSubmission.refuse(response, mistakes(ex, sheet), () -> PAGE, "error.422.message");
		}
		catch (AnswerConflict ex) {
			// the form again with what was typed still in it, from the version it started from, theirs beside it
			UUID on = ex.current().getQuestionId();
			FormSubmission.shownAt(model, "/consultations/" + id + "/answer");
			model.addAttribute("conflictOn", on);
			model.addAttribute("questionId", on);
			model.addAttribute("consultationId", id);
			conflict(model, ex.current(), input(request, on));
			typed.put(on, request.getParameter("text-" + on));
			model.addAttribute("typed", typed);
			model.addAttribute("typedVersion", request.getParameter("version-" + on));
			sheet(model, id, locale);
			return FormSubmission.refuse(response, overtaken(), () -> PAGE);
		}
		return FormSubmission.redirect(redirect, "consultations.submit.success", "/consultations/" + id + "/answer");
	}

	/**
	 * Each answer to fix as a mistake on the field its question is sent in ({@code text-}, {@code answer-} or
	 * {@code scale-} and the question's id; {@code file-} and the id for a file, uploaded on its own).
	 */
	private static List<Mistake> mistakes(IncompleteAnswers refused, AnswerSheet sheet) {
		Map<UUID, QuestionKind> kinds = new HashMap<>();
		sheet.view().questions().forEach(q -> kinds.put(q.getId(), q.getKind()));
		return refused.problems().stream().map(p -> Mistake.inField(switch (kinds.get(p.questionId())) {
			case SCALE -> "scale-";
			case SINGLE_CHOICE, MULTIPLE_CHOICE -> "answer-";
			case FILE -> "file-";
			case TERM_DEFINITION, FREE_TEXT -> "text-";
		} + p.questionId(), p.messageKey(), Answering.MAX_TEXT)).toList();
	}

	/** Someone else saved the answer first: the page shows both versions; a script gets a 409 problem report. */
	private static RefusedException overtaken() {
		return new RefusedException(RefusalKind.CONFLICT, "consultations.answer.conflictHere");
	}

	/**
	 * Theirs beside what this person typed, on the status line (the status, 409, set by the refusal). The field keeps
	 * the version it started from: handing it theirs made the next keystroke's autosave overwrite their answer
	 * unseen. Their version goes as {@code conflictVersion-}, used only when the person chooses to replace it.
	 */
	private void conflict(Model model, ConsultationAnswer current, Answering.AnswerInput input) {
		model.addAttribute("theirs", current.asText());
		// "another focal point of your country": their name, the country needs no saying
		model.addAttribute("theirsBy", answering.savedBy(current.getUpdatedBy(), null));
		model.addAttribute("theirsAt", current.getUpdatedAt());
		// what "use theirs" puts in the field: their text, or their choices (a scale's number), one a line
		model.addAttribute("theirsText", current.getTextValue());
		model.addAttribute("theirsChoices", current.getScaleValue() != null ? String.valueOf(current.getScaleValue())
				: String.join("\n", current.getChoices()));
		model.addAttribute("yours", input.text() != null ? input.text()
				: input.scale() != null ? String.valueOf(input.scale()) : String.join("; ", input.choices()));
		model.addAttribute("theirVersion", current.getVersion());
	}

	private static Answering.AnswerInput input(HttpServletRequest request, UUID questionId) {
		List<String> all = choices(request, questionId);
		String text = request.getParameter("text-" + questionId);
		String scale = request.getParameter("scale-" + questionId);
		String version = request.getParameter("version-" + questionId);
		// after a conflict, the person chose to replace the other answer they were shown (and only that one: a
		// later save by someone else is another conflict)
		String shown = request.getParameter("conflictVersion-" + questionId);
		if ("true".equals(request.getParameter("keepMine-" + questionId)) && shown != null && !shown.isBlank()) {
			version = shown;
		}
		String language = request.getParameter("language");
		return new Answering.AnswerInput(language == null ? "es" : language, text, all,
				scale(scale),
				version == null || version.isBlank() ? null : Long.valueOf(version));
	}

	private static List<String> choices(HttpServletRequest request, UUID questionId) {
		String[] values = request.getParameterValues("answer-" + questionId);
		return values == null ? List.of() : Arrays.asList(values);
	}

	private static @Nullable Integer scale(@Nullable String typed) {
		if (!Answering.readableScale(typed)) {
			throw new RefusedException(RefusalKind.INVALID, Answering.SCALE_RANGE);
		}
		return typed == null || typed.isBlank() ? null : Integer.valueOf(typed.strip());
	}

	private static boolean blank(Answering.AnswerInput input) {
		return (input.text() == null || input.text().isBlank()) && input.choices().isEmpty() && input.scale() == null;
	}

	private static boolean same(ConsultationAnswer stored, Answering.AnswerInput input) {
		return java.util.Objects.equals(nullIfBlank(stored.getTextValue()), nullIfBlank(input.text()))
				&& stored.getChoices().equals(input.choices())
				&& java.util.Objects.equals(stored.getScaleValue(), input.scale())
				&& stored.getLanguage().equals(input.language());
	}

	private static @Nullable String nullIfBlank(@Nullable String s) {
		return s == null || s.isBlank() ? null : s;
	}
}
