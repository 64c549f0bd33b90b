package org.puente.documents;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

/**
 * The document upload form as the tests fill it: a public report of the CRM, in Spanish, dated 20 June 2017, titled
 * after the file, unless the fields given (name, value, name, value, …) say otherwise. The caller adds who sends it.
 */
public final class DocumentForms {

	private DocumentForms() {
	}

	public static MockMultipartHttpServletRequestBuilder upload(MockMultipartFile file, String... fields) {
		return upload("/documents", file, fields);
	}

	/** The same fields sent to another address (the API's, {@code /api/v1/documents}). */
	public static MockMultipartHttpServletRequestBuilder upload(String path, MockMultipartFile file,
			String... fields) {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("title.es", "Documento de prueba " + file.getOriginalFilename());
		values.put("kind", "REPORT");
		values.put("language", "es");
		values.put("date", "2017-06-20");
		values.put("confidentiality", "PUBLIC");
		values.put("processes", "CRM");
		for (int i = 0; i + 1 < fields.length; i += 2) {
			values.put(fields[i], fields[i + 1]);
		}
		MockMultipartHttpServletRequestBuilder request = multipart(path).file(file);
		values.forEach((name, value) -> request.param(name, value));
		return request;
	}

	/** A plain-text file in the form's file field. */
	public static MockMultipartFile text(String fileName, String content) {
		return new MockMultipartFile("file", fileName, "text/plain", content.getBytes(StandardCharsets.UTF_8));
	}
}
