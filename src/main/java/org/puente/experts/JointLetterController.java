package org.puente.experts;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.puente.accounts.AccountSummary;
import org.puente.refusal.RefusalKind;
import org.puente.refusal.RefusedException;
import org.puente.web.FormSubmission;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The joint letter to the UN Secretariat of a nomination round, and the template the secretariats edit. */
@Controller
@PreAuthorize("isAuthenticated()")
class JointLetterController {

	private final JointLetter letters;

	private final MessageSource messages;

	JointLetterController(JointLetter letters, MessageSource messages) {
		this.letters = letters;
		this.messages = messages;
	}

	/** The joint letter to the UN Secretariat, as DOCX or PDF, in Spanish or English. */
	@GetMapping("/experts/rounds/{id}/letter")
	ResponseEntity<byte[]> letter(@PathVariable UUID id, @RequestParam(defaultValue = "pdf") String format,
			@RequestParam(defaultValue = "es") String lang) {
		JointLetter.Letter letter = letters.letter(id, lang);
		Locale locale = Locale.forLanguageTag(lang);
		boolean docx = "docx".equals(format);
		if (!docx && !"pdf".equals(format)) {
			throw new RefusedException(RefusalKind.MALFORMED, "experts.letter.format");
		}
		byte[] bytes = docx ? LetterDocuments.docx(letter, k -> messages.getMessage(k, null, locale))
				: LetterDocuments.pdf(letter, k -> messages.getMessage(k, null, locale));
		String name = messages.getMessage("experts.letter.fileName", null, locale) + "-" + lang
				+ (docx ? ".docx" : ".pdf");
		return ResponseEntity.ok()
			.contentType(docx ? MediaType.parseMediaType(
					"application/vnd.openxmlformats-officedocument.wordprocessingml.document") : MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename(name, StandardCharsets.UTF_8).build().toString())
			.body(bytes);
	}

	@GetMapping("/experts/letter-template")
	String template(Model model, AccountSummary actor) {
		if (!ExpertPolicy.isSecretariat(actor)) {
			throw new RefusedException(RefusalKind.FORBIDDEN, "experts.forbidden.secretariat");
		}
		model.addAttribute("templates", letters.templates());
		model.addAttribute("placeholders", JointLetter.PLACEHOLDERS.stream().sorted().toList());
		return "experts/template";
	}

	@PostMapping("/experts/letter-template/{lang}")
	String saveTemplate(@PathVariable String lang, @RequestParam String body, @RequestParam long version,
			Model model, HttpServletResponse response, RedirectAttributes redirect, AccountSummary actor) {
		return FormSubmission.act(response, () -> {
			letters.saveTemplate(lang, body, version, actor);
			return FormSubmission.redirect(redirect, "experts.template.saved", "/experts/letter-template");
		}, refusal -> {
			model.addAttribute("templates", letters.templates().stream()
				.map(t -> t.lang().equals(lang) ? new JointLetter.Template(lang, body, t.updatedBy(), t.updatedAt(),
						version) : t)
				.toList());
			model.addAttribute("placeholders", JointLetter.PLACEHOLDERS.stream().sorted().toList());
			model.addAttribute("templateError", refusal);
			model.addAttribute("templateErrorLang", lang);
			return "experts/template";
		});
	}

}
