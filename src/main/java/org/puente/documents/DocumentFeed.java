package org.puente.documents;

import java.io.StringWriter;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.puente.accounts.AccountSummary;
import org.puente.web.SiteAddress;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The Atom feed of new public documents, for the press and feed readers. Written with StAX so every title is
 * escaped and the XML is well-formed; it lists public documents only, whoever asks (feed readers share URLs).
 */
@Controller
class DocumentFeed {

	private static final String ATOM = "http://www.w3.org/2005/Atom";

	private final Documents documents;

	private final MessageSource messages;

	private final SiteAddress site;

	DocumentFeed(Documents documents, MessageSource messages, SiteAddress site) {
		this.documents = documents;
		this.messages = messages;
		this.site = site;
	}

	@GetMapping(value = "/documents/feed.atom", produces = "application/atom+xml")
	ResponseEntity<String> feed(Locale locale) throws XMLStreamException {
		List<DocumentRow> rows = documents.visible(Optional.<AccountSummary>empty(), null, 50);
		StringWriter out = new StringWriter();
		XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
		xml.writeStartDocument("UTF-8", "1.0");
		xml.writeStartElement("feed");
		xml.writeDefaultNamespace(ATOM);
		xml.writeAttribute("xml:lang", locale.getLanguage());
		element(xml, "title", messages.getMessage("documents.feed.title", null, locale));
		element(xml, "id", site.link("/documents/feed.atom"));
		link(xml, "self", site.link("/documents/feed.atom"));
		link(xml, "alternate", site.link("/portal"));
		element(xml, "updated", rows.isEmpty() ? "2017-01-01T00:00:00Z"
				: DateTimeFormatter.ISO_INSTANT.format(rows.stream().map(DocumentRow::updatedAt).max(
						java.util.Comparator.naturalOrder()).orElseThrow()));
		xml.writeStartElement("author");
		element(xml, "name", "Puente — CRM · CSM");
		xml.writeEndElement();
		for (DocumentRow row : rows) {
			xml.writeStartElement("entry");
			element(xml, "title", row.title(locale));
			element(xml, "id", "urn:uuid:" + row.id());
			link(xml, "alternate", site.link("/documents/" + row.id()));
			link(xml, "enclosure", site.link("/documents/" + row.id() + "/versions/" + row.currentVersion()));
			element(xml, "published", DateTimeFormatter.ISO_INSTANT.format(
					row.date().atStartOfDay().toInstant(ZoneOffset.UTC)));
			element(xml, "updated", DateTimeFormatter.ISO_INSTANT.format(row.updatedAt()));
			String summary = row.summary(locale);
			if (!summary.isBlank()) {
				element(xml, "summary", summary);
			}
			xml.writeStartElement("category");
			xml.writeAttribute("term", row.kind().name());
			xml.writeAttribute("label", messages.getMessage("documents.kind." + row.kind(), null, locale));
			xml.writeEndElement();
			xml.writeEndElement();
		}
		xml.writeEndElement();
		xml.writeEndDocument();
		xml.close();
		return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/atom+xml;charset=UTF-8"))
			.body(out.toString());
	}

	private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
		xml.writeStartElement(name);
		xml.writeCharacters(text);
		xml.writeEndElement();
	}

	private static void link(XMLStreamWriter xml, String rel, String href) throws XMLStreamException {
		xml.writeStartElement("link");
		xml.writeAttribute("rel", rel);
		xml.writeAttribute("href", href);
		xml.writeEndElement();
	}
}
