package org.puente.documents;

import java.nio.charset.StandardCharsets;

import org.puente.web.FileNames;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A version's file as the page's link and the API hand it over: the type sniffed when it was stored (a text's encoding
 * said, so accents survive), the name it was uploaded with, never sniffed again by the browser, its SHA-256 as ETag.
 * One answer for both, so a script saves the file under the name a person's browser would.
 */
final class VersionDownload {

	private VersionDownload() {
	}

	static ResponseEntity<byte[]> of(VersionRow version, byte[] bytes) {
		MediaType type = MediaType.parseMediaType(version.mediaType());
		if (type.getType().equals("text")) {
			// say which encoding a plain text file is in, so accents survive the download
			var detector = new org.apache.tika.parser.txt.CharsetDetector();
			detector.setText(bytes);
			var match = detector.detect();
			String charset = match == null || !java.nio.charset.Charset.isSupported(match.getName()) ? "UTF-8" : match.getName();
			type = new MediaType(type, java.nio.charset.Charset.forName(charset));
		}
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename(FileNames.safe(version.fileName()), StandardCharsets.UTF_8)
				.build()
				.toString())
			.header("X-Content-Type-Options", "nosniff")
			.header(HttpHeaders.ETAG, "\"" + version.sha256() + "\"")
			.body(bytes);
	}
}
