package org.puente.agreements;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Reads the text of minutes in txt, docx, odt or pdf. Tika's parsers are on the classpath but tika-core is not,
 * so the formats are read with the libraries Tika would use underneath (POI, PDFBox) and the JDK.
 */
final class DocumentText {

	private DocumentText() {
	}

	static String read(Path file) throws IOException {
		byte[] head = new byte[8];
		try (InputStream in = Files.newInputStream(file)) {
			int n = in.readNBytes(head, 0, head.length);
			if (n >= 4 && head[0] == '%' && head[1] == 'P' && head[2] == 'D' && head[3] == 'F') {
				return pdf(file);
			}
			if (n >= 2 && head[0] == 'P' && head[1] == 'K') {
				return zipped(file);
			}
		}
		return plain(file);
	}

	private static String pdf(Path file) throws IOException {
		try (PDDocument document = Loader.loadPDF(file.toFile())) {
			PDFTextStripper stripper = new PDFTextStripper();
			stripper.setParagraphEnd("\n");
			return stripper.getText(document);
		}
	}

	private static String zipped(Path file) throws IOException {
		try (ZipFile zip = new ZipFile(file.toFile())) {
			if (zip.getEntry("word/document.xml") != null) {
				try (InputStream in = Files.newInputStream(file); XWPFDocument doc = new XWPFDocument(in);
						XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
					return extractor.getText();
				}
			}
			ZipEntry content = zip.getEntry("content.xml");
			if (content != null) {
				try (InputStream in = zip.getInputStream(content)) {
					return odt(in);
				}
			}
		}
		throw new IOException("unsupported archive: neither DOCX nor ODT");
	}

	/** One line per paragraph or heading of an OpenDocument text, list items included. */
	private static String odt(InputStream in) throws IOException {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			org.w3c.dom.Document doc = factory.newDocumentBuilder().parse(in);
			StringBuilder out = new StringBuilder();
			collect(doc.getDocumentElement(), out);
			return out.toString();
		}
		catch (javax.xml.parsers.ParserConfigurationException | org.xml.sax.SAXException ex) {
			throw new IOException("corrupt ODT content: " + ex.getMessage(), ex);
		}
	}

	private static void collect(Element element, StringBuilder out) {
		NodeList children = element.getChildNodes();
		for (int i = 0; i < children.getLength(); i++) {
			Node child = children.item(i);
			if (child instanceof Element e) {
				String name = e.getLocalName();
				if ("p".equals(name) || "h".equals(name)) {
					out.append(e.getTextContent()).append("\n\n");
				}
				else {
					collect(e, out);
				}
			}
		}
	}

	private static String plain(Path file) throws IOException {
		byte[] bytes = Files.readAllBytes(file);
		try {
			return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
					.decode(java.nio.ByteBuffer.wrap(bytes)).toString().replace("\uFEFF", "");
		}
		catch (CharacterCodingException ex) {
			// Older minutes saved from Word on Windows.
			String text = new String(bytes, java.nio.charset.Charset.forName("windows-1252"));
			if (text.chars().filter(c -> c < 9).count() > text.length() / 100 + 1) {
				throw new IOException("binary content that is not text, DOCX, ODT or PDF");
			}
			return text;
		}
	}
}
