package org.puente.drafting;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.puente.accounts.AccountSummary;
import org.puente.refusal.RefusalKind;
import org.puente.web.FormSubmission;
import org.puente.refusal.RefusedException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The drafting pages: the board of texts per thematic session, a new text, a text with its amendments, compilations. */
@Controller
@PreAuthorize("isAuthenticated()")
class DraftingController {

	static final String TEXT_PAGE = "drafting/text";

	private final DraftingManagement drafting;

	DraftingController(DraftingManagement drafting) {
		this.drafting = drafting;
	}

	@ModelAttribute("kinds")
	TextKind[] kinds() {
		return TextKind.values();
	}

	/** Where each text stands: one row per thematic session, then the texts of no session (declarations). */
	@GetMapping("/drafting")
	String board(Model model, AccountSummary actor) {
		Map<Integer, List<TextSummary>> bySession = new TreeMap<>();
		List<TextSummary> others = new ArrayList<>();
		for (TextSummary text : drafting.texts()) {
			if (text.thematicSession() == null) {
				others.add(text);
			}
			else {
				bySession.computeIfAbsent(text.thematicSession(), n -> new ArrayList<>()).add(text);
			}
		}
		model.addAttribute("bySession", bySession);
		model.addAttribute("others", others);
		model.addAttribute("statuses", TextStatus.values());
		model.addAttribute("mayCreate", mayCreate(actor));
		return "drafting/board";
	}

	@GetMapping("/drafting/new")
	@PreAuthorize("hasAnyRole('ADMIN', 'SECRETARIAT')")
	String newText(Model model, AccountSummary actor) {
		String process = actor.processCode();
		model.addAttribute("textForm", TextForm.blank(process == null ? List.of() : List.of(process)));
		return "drafting/form";
	}

	@PostMapping("/drafting")
	@PreAuthorize("hasAnyRole('ADMIN', 'SECRETARIAT')")
	String create(@Valid @ModelAttribute("textForm") TextForm form, BindingResult errors,
			HttpServletResponse response, AccountSummary actor) {
		return FormSubmission.handle(errors, response, "drafting/form",
				() -> "redirect:/drafting/" + drafting.create(form.toNewText(), actor));
	}

	@GetMapping("/drafting/{id}")
	String text(@PathVariable UUID id, Model model, Locale locale, AccountSummary actor) {
		model.addAttribute("page", drafting.page(id, actor, locale));
		return TEXT_PAGE;
	}

	/** The compilation to circulate: clean or tracked, as a page, a Word document or a PDF. */
	@GetMapping("/drafting/{id}/compilation")
	Object compilation(@PathVariable UUID id, @RequestParam(defaultValue = "false") boolean tracked,
			@RequestParam(defaultValue = "html") String format, Model model, Locale locale) {
		Compilations.Format wanted = format(format);
		Compilation compilation = drafting.compile(id, tracked, locale);
		if (wanted == Compilations.Format.HTML) {
			model.addAttribute("compilation", compilation);
			model.addAttribute("textId", id);
			return "drafting/compilation";
		}
		return download(drafting.write(compilation, wanted, locale), compilation.title()
				+ (tracked ? " (tracked)" : ""), wanted);
	}

	@GetMapping("/drafting/{id}/matrix")
	Object matrix(@PathVariable UUID id, @RequestParam(defaultValue = "html") String format, Model model,
			Locale locale) {
		Compilations.Format wanted = format(format);
		TextSummary text = drafting.find(id).orElseThrow(() -> new org.puente.refusal.NotFoundException(
				"drafting.text.notFound"));
		ProponentMatrix matrix = drafting.matrix(id, locale);
		if (wanted == Compilations.Format.HTML) {
			model.addAttribute("matrix", matrix);
			model.addAttribute("text", text);
			return "drafting/matrix";
		}
		byte[] bytes = wanted == Compilations.Format.DOCX
				? DocxCompilation.writeMatrix(text.title(locale), matrix, drafting.labels(locale))
				: PdfCompilation.writeMatrix(text.title(locale), matrix, drafting.labels(locale));
		return download(bytes, text.title(locale) + " (matrix)", wanted);
	}

	static Compilations.Format format(@Nullable String format) {
		try {
			return Compilations.Format.valueOf(String.valueOf(format).toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new RefusedException(RefusalKind.MALFORMED, "drafting.compilation.format");
		}
	}

	static ResponseEntity<byte[]> download(byte[] bytes, String name, Compilations.Format format) {
		String extension = format == Compilations.Format.DOCX ? ".docx" : ".pdf";
		MediaType type = format == Compilations.Format.DOCX
				? MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document")
				: MediaType.APPLICATION_PDF;
		// the name is the title: keep letters, digits and spaces only, so no character can disguise the extension
		String safe = name.replaceAll("[^\\p{L}\\p{N} ()-]", "").strip();
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename((safe.isEmpty() ? "compilation" : safe) + extension, StandardCharsets.UTF_8)
				.build()
				.toString())
			.body(bytes);
	}

	private static boolean mayCreate(AccountSummary actor) {
		return actor.isSecretariatOrAdmin();
	}

}
