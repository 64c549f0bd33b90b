package org.puente.documents;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.regex.Pattern;

import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;

import org.apache.tika.sax.BodyContentHandler;
import org.xml.sax.ContentHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * The body text of the XHTML a parser child sent back: what Tika's body handler would have written had the parse
 * run here. A document cut at the write limit ends in the middle of an element; the text read up to there is kept.
 */
final class XhtmlText {

	/** Characters XML 1.0 forbids (NUL and most C0 controls, lone surrogates): parsers pass them through raw. */
	private static final Pattern NOT_XML = Pattern.compile("[^\\t\\n\\r\\x{20}-\\x{D7FF}\\x{E000}-\\x{FFFD}\\x{10000}-\\x{10FFFF}]");

	private XhtmlText() {
	}

	/** The XHTML with what XML forbids replaced by spaces, and without byte-order marks. */
	static String clean(String xhtml) {
		return NOT_XML.matcher(xhtml.replace("\uFEFF", "")).replaceAll(" ");
	}

	/** @param xhtml already {@linkplain #clean(String) cleaned} */
	static String bodyText(String xhtml) {
		StringWriter text = new StringWriter();
		walk(xhtml, new BodyContentHandler(text));
		return text.toString();
	}

	/**
	 * Gives the XHTML's elements and text to a handler. Never fetches or expands anything; a document cut at the write
	 * limit ends the walk where it was cut.
	 *
	 * @param xhtml already {@linkplain #clean(String) cleaned}
	 */
	static void walk(String xhtml, ContentHandler handler) {
		try {
			SAXParserFactory factory = SAXParserFactory.newInstance();
			factory.setNamespaceAware(true);
			// the XHTML comes from our own child, but it is still never allowed to fetch or expand anything
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
			factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
			XMLReader reader = factory.newSAXParser().getXMLReader();
			reader.setContentHandler(handler);
			reader.parse(new InputSource(new StringReader(xhtml)));
		}
		catch (SAXException | java.io.IOException ex) {
			// cut at the write limit: the elements left open end the parse; what was read has been handed over
		}
		catch (ParserConfigurationException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
