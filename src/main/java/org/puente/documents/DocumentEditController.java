package org.puente.documents;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.puente.accounts.AccountSummary;
import org.puente.audit.AuditTrail;
import org.puente.audit.AuditedEntity;
import org.puente.i18n.Language;
import org.puente.refusal.RefusalKind;
import org.puente.web.FileNames;
import org.puente.web.EditConflict;
import org.puente.web.FormSubmission;
import org.puente.web.ProblemReports;
import org.puente.refusal.RefusedException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Secretariats upload documents, new versions and corrected metadata. A refused upload shows the form again with
 * what was chosen and the reason, with the status that says what happened (413, 415, 422, 409).
 */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'SECRETARIAT')")
class DocumentEditController {

	private static final String FORM = "documents/form";

	private final Documents documents;

	private final ReferenceData reference;

	private final DocumentController reading;

	private final org.springframework.context.MessageSource messages;

	private final AuditTrail audit;

	DocumentEditController(Documents documents, ReferenceData reference,
			DocumentController reading, org.springframework.context.MessageSource messages, AuditTrail audit) {
		this.audit = audit;
		this.messages = messages;
		this.documents = documents;
		this.reference = reference;
		this.reading = reading;
	}

	@ModelAttribute
	void choices(Model model) {
		model.addAttribute("kinds", DocumentKind.values());
		model.addAttribute("levels", Confidentiality.values());
		model.addAttribute("sessions", reference.sessions());
		model.addAttribute("objectives", reference.objectives());
		model.addAttribute("languageCodes", Language.CODES);
	}

	@GetMapping("/documents/new")
	String newDocument(Model model) {
		model.addAttribute("form", new DocumentForm());
		return FORM;
	}

	/**
	 * Stores an upload; a file that a document of the same meeting or conference already holds comes back with 409,
	 * a link to that document and the choice to upload it anyway ({@code duplicate=allow}, which a script sends too).
	 */
	@PostMapping("/documents")
	String create(@Valid @ModelAttribute("form") DocumentForm form, BindingResult errors,
			@RequestParam(name = "file", required = false) @Nullable MultipartFile file,
			@RequestParam(name = "duplicate", required = false) @Nullable String duplicate, Model model,
			RedirectAttributes redirect, HttpServletResponse response, AccountSummary actor) {
		checkUpload(form, errors, file);
		if (file != null && !file.isEmpty() && errors.hasErrors()) {
			// browsers never fill a file field again: the form coming back must say the file is to be chosen anew,
			// or the next send is refused for a missing file the person thinks was kept
			errors.reject("documents.form.fileAgain", new Object[] { file.getOriginalFilename() }, null);
		}
		return FormSubmission.handle(errors, response, () -> FORM, () -> {
			DocumentSummary saved = documents.publishUpload(form.metadata(), uploaded(file), actor,
					SameFileUploads.CONFIRMED.equals(duplicate));
			return FormSubmission.redirect(redirect, "documents.upload.success", "/documents/" + saved.id());
		}, refusal -> {
			// the refusal itself names the document that holds the file: the form links it and offers to confirm
			if (refusal.cause() instanceof SameFileUploads.AlreadyThere there) {
				model.addAttribute("sameFile", there.existing());
			}
			return FORM;
		});
	}

	/** A script's upload of a file already there: the problem report names the document that holds it. */
	@ExceptionHandler(SameFileUploads.AlreadyThere.class)
	ResponseEntity<ProblemDetail> alreadyThere(SameFileUploads.AlreadyThere there, HttpServletRequest request,
			java.util.Locale locale) {
		return alreadyThere(there, "/documents/", request, messages, locale);
	}

	/** The 409 of a file already there, {@code existing} its document's address under {@code base}. */
	static ResponseEntity<ProblemDetail> alreadyThere(SameFileUploads.AlreadyThere there, String base,
			HttpServletRequest request, org.springframework.context.MessageSource messages, java.util.Locale locale) {
		ProblemDetail problem = ProblemReports.of(request, messages, locale, HttpStatus.CONFLICT, there.messageKey(),
				there.arguments());
		problem.setProperty("existing", base + there.existing().id());
		problem.setProperty("confirmWith", "duplicate=" + SameFileUploads.CONFIRMED);
		return ResponseEntity.status(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	@GetMapping("/documents/{id}/edit")
	String edit(@PathVariable UUID id, Model model, AccountSummary actor) {
		DocumentRow row = documents.visibleRow(id, Optional.of(actor));
		model.addAttribute("form", DocumentForm.of(row));
		model.addAttribute("documentId", id);
		return FORM;
	}

	@PostMapping("/documents/{id}")
	String update(@PathVariable UUID id, @Valid @ModelAttribute("form") DocumentForm form, BindingResult errors,
			EditConflict.Answer answer, Model model, RedirectAttributes redirect, HttpServletResponse response,
			AccountSummary actor, java.util.Locale locale) {
		model.addAttribute("documentId", id);
		checkTitle(form, errors);
		// someone else changed the metadata meanwhile: theirs beside what was typed, field by field (EditConflict)
		return FormSubmission.edit(errors, response, model, () -> FORM, redirect, "documents.edit.success",
				new EditConflict.Edit<>(form, form.getVersion(), answer, () -> stored(documents, audit, id, actor),
						DocumentForm.conflictFields(messages, locale)),
				saving -> {
					documents.updateMetadata(id, saving.form().metadata(), saving.version(), actor);
					return "/documents/" + id;
				});
	}

	@PostMapping("/documents/{id}/versions")
	String addVersion(@PathVariable UUID id, @RequestParam(name = "file", required = false) @Nullable MultipartFile file,
			@RequestParam(required = false) @Nullable String note, Model model, RedirectAttributes redirect,
			HttpServletResponse response, java.util.Locale locale, AccountSummary actor) {
		return FormSubmission.act(response, () -> {
			if (file == null || file.isEmpty()) {
				throw new RefusedException(RefusalKind.INVALID, noFileReason(file));
			}
			int number = documents.addUploadedVersion(id, uploaded(file), note, actor);
			redirect.addFlashAttribute("flash", "documents.version.success");
			redirect.addAttribute("uploaded", number);
			return "redirect:/documents/" + id;
		}, refusal -> {
			reading.fill(model, documents.visibleRow(id, Optional.of(actor)), Optional.of(actor));
			model.addAttribute("versionError", messages.getMessage(refusal.messageKey(), refusal.args(), locale));
			return "documents/detail";
		}, RefusalKind.FORBIDDEN);
	}

	/** The metadata as stored now, with who saved it last and when: what an overtaken edit is shown beside. */
	static EditConflict.Stored<DocumentForm> stored(Documents documents, AuditTrail audit, UUID id,
			AccountSummary actor) {
		DocumentForm now = DocumentForm.of(documents.visibleRow(id, Optional.of(actor)));
		return audit.lastChange(AuditedEntity.DOCUMENT, id,
				(by, at) -> new EditConflict.Stored<>(now, now.getVersion(), by, at));
	}

	/** What the upload asks beyond the form's annotations: a title in some language, and a file that is not empty. */
	static void checkUpload(DocumentForm form, BindingResult errors, @Nullable MultipartFile file) {
		checkTitle(form, errors);
		if (file == null || file.isEmpty()) {
			errors.reject(noFileReason(file));
		}
	}

	static void checkTitle(DocumentForm form, BindingResult errors) {
		if (!form.hasTitle()) {
			errors.rejectValue("title", "documents.form.titleRequired");
		}
	}

	static UploadedFile uploaded(MultipartFile file) {
		try {
			String name = file.getOriginalFilename() == null ? "document" : file.getOriginalFilename();
			return new UploadedFile(FileNames.safe(name), file.getBytes());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Why a missing file is refused: none chosen (a browser still sends the field, without a name), or one chosen
	 * that is empty.
	 */
	static String noFileReason(@Nullable MultipartFile file) {
		return file == null || file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()
				? "error.upload.none" : "documents.upload.empty";
	}
}
