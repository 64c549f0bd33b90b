package org.puente.consultations;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Downloads: the compiled answers (secretariats) and a file a country attached (its focal points and secretariats). */
@RestController
class CompiledAnswersController {

	private final ConsultationManagement consultations;

	CompiledAnswersController(ConsultationManagement consultations) {
		this.consultations = consultations;
	}

	@GetMapping("/consultations/{id}/answers.csv")
	@PreAuthorize("hasAnyRole('ADMIN', 'SECRETARIAT')")
	ResponseEntity<byte[]> csv(@PathVariable UUID id, Locale locale) {
		return download(consultations.compiled(id, "csv", locale), "answers.csv", new MediaType("text", "csv", StandardCharsets.UTF_8));
	}

	@GetMapping("/consultations/{id}/answers.xlsx")
	@PreAuthorize("hasAnyRole('ADMIN', 'SECRETARIAT')")
	ResponseEntity<byte[]> xlsx(@PathVariable UUID id, Locale locale) {
		return download(consultations.compiled(id, "xlsx", locale), "answers.xlsx",
				MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
	}

	@GetMapping("/consultations/{id}/report.pdf")
	@PreAuthorize("hasAnyRole('ADMIN', 'SECRETARIAT')")
	ResponseEntity<byte[]> pdf(@PathVariable UUID id, Locale locale) {
		return download(consultations.compiled(id, "pdf", locale), "report.pdf", MediaType.APPLICATION_PDF);
	}

	@GetMapping("/consultations/{id}/responses/{iso2}/files/{questionId}")
	@PreAuthorize("hasAnyRole('ADMIN', 'SECRETARIAT', 'FOCAL_POINT')")
	ResponseEntity<byte[]> file(@PathVariable UUID id, @PathVariable String iso2, @PathVariable UUID questionId) {
		ConsultationAnswer answer = consultations.file(id, iso2, questionId);
		return download(answer.fileContent(), String.valueOf(answer.getFileName()),
				MediaType.APPLICATION_OCTET_STREAM);
	}

	private static ResponseEntity<byte[]> download(byte[] body, String filename, MediaType type) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(filename, StandardCharsets.UTF_8).build().toString())
			.body(body);
	}
}
