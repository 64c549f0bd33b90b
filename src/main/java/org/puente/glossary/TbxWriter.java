package org.puente.glossary;

import java.io.StringWriter;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.puente.i18n.Language;

/**
 * Writes the glossary as TBX (ISO 30042:2019), TBX-Basic dialect in DCA style: one conceptEntry per term, one
 * langSec per language with the label as preferred term, the synonyms as admitted terms and the adopted definition.
 * StAX escapes the text.
 */
final class TbxWriter {

	static final String NAMESPACE = "urn:iso:std:iso:30042:ed-2";

	private TbxWriter() {
	}

	static String write(String title, List<ExportedTerm> terms) {
		StringWriter out = new StringWriter();
		try {
			XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
			xml.writeStartDocument("UTF-8", "1.0");
			xml.writeCharacters("\n");
			xml.writeStartElement("tbx");
			xml.writeDefaultNamespace(NAMESPACE);
			xml.writeAttribute("type", "TBX-Basic");
			xml.writeAttribute("style", "dca");
			xml.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", "es");
			xml.writeStartElement("tbxHeader");
			xml.writeStartElement("fileDesc");
			xml.writeStartElement("sourceDesc");
			element(xml, "p", title);
			xml.writeEndElement();
			xml.writeEndElement();
			xml.writeEndElement();
			xml.writeStartElement("text");
			xml.writeStartElement("body");
			for (ExportedTerm term : terms) {
				xml.writeStartElement("conceptEntry");
				xml.writeAttribute("id", "c-" + term.slug());
				for (String lang : Language.CODES) {
					String label = term.labels().get(lang);
					List<String> synonyms = term.synonyms().getOrDefault(lang, List.of());
					String definition = term.definitions().get(lang);
					if (label == null && synonyms.isEmpty()) {
						continue;
					}
					xml.writeStartElement("langSec");
					xml.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", lang);
					if (definition != null) {
						xml.writeStartElement("descrip");
						xml.writeAttribute("type", "definition");
						xml.writeCharacters(definition);
						xml.writeEndElement();
					}
					if (label != null) {
						termSec(xml, label, "preferredTerm-admn-sts");
					}
					for (String synonym : synonyms) {
						termSec(xml, synonym, "admittedTerm-admn-sts");
					}
					xml.writeEndElement();
				}
				xml.writeEndElement();
			}
			xml.writeEndElement();
			xml.writeEndElement();
			xml.writeEndElement();
			xml.writeEndDocument();
			xml.close();
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException("Writing XML to memory failed", ex);
		}
		return out.toString();
	}

	private static void termSec(XMLStreamWriter xml, String term, String status) throws XMLStreamException {
		xml.writeStartElement("termSec");
		element(xml, "term", term);
		xml.writeStartElement("termNote");
		xml.writeAttribute("type", "administrativeStatus");
		xml.writeCharacters(status);
		xml.writeEndElement();
		xml.writeEndElement();
	}

	private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
		xml.writeStartElement(name);
		xml.writeCharacters(text);
		xml.writeEndElement();
	}
}
