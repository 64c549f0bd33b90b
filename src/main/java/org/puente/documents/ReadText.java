package org.puente.documents;

import org.jspecify.annotations.Nullable;
import org.xml.sax.ContentHandler;

/**
 * What {@link TextReader} read from a file.
 *
 * @param mediaType the type detected from the bytes (never from the file name), e.g. {@code application/pdf}
 * @param text the plain text; a plain-text file is given as written (lines, blank lines and indents kept)
 * @param xhtml Tika's XHTML of the file (headings, lists, tables and bold kept), or null for plain text
 * @param truncated whether the write limit cut the text short
 */
public record ReadText(String mediaType, String text, @Nullable String xhtml, boolean truncated) {

	public boolean isPlainText() {
		return xhtml == null;
	}

	/**
	 * Gives the XHTML's elements and text to a handler (headings, lists, tables, bold), through the same hardened
	 * parser the text came from: no entity is expanded and nothing is fetched. Nothing for plain text.
	 */
	public void walkXhtml(ContentHandler handler) {
		if (xhtml != null) {
			XhtmlText.walk(xhtml, handler);
		}
	}
}
