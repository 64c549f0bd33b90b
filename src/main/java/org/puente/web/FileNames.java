package org.puente.web;

/**
 * File names as people will see them when they download: without the invisible characters that reorder text
 * (U+202E RIGHT-TO-LEFT OVERRIDE turns "acta\u202Efdp.exe" into what looks like "actaexe.pdf") or control
 * characters, and without any folder part.
 */
public final class FileNames {

	private FileNames() {
	}

	public static String safe(String name) {
		String cleaned = name.replaceAll("^.*[/\\\\]", "")
			.replaceAll("[\\p{Cntrl}\\u200E\\u200F\\u061C\\u202A-\\u202E\\u2066-\\u2069\\uFEFF]", "")
			.strip();
		return cleaned.isEmpty() ? "document" : cleaned;
	}
}
