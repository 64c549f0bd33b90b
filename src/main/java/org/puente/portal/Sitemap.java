package org.puente.portal;

import java.io.StringWriter;
import java.util.Optional;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.puente.documents.DocumentSummary;
import org.puente.documents.Documents;
import org.puente.documents.ReferenceData;
import org.puente.web.SiteAddress;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** {@code /sitemap.xml} for search engines: the public pages and public documents only, whoever asks. */
@Controller
class Sitemap {

	private static final String NS = "http://www.sitemaps.org/schemas/sitemap/0.9";

	private final Documents documents;

	private final ReferenceData reference;

	private final SiteAddress site;

	Sitemap(Documents documents, ReferenceData reference, SiteAddress site) {
		this.documents = documents;
		this.reference = reference;
		this.site = site;
	}

	@GetMapping(value = "/sitemap.xml", produces = MediaType.APPLICATION_XML_VALUE)
	ResponseEntity<String> sitemap() throws XMLStreamException {
		StringWriter out = new StringWriter();
		XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
		xml.writeStartDocument("UTF-8", "1.0");
		xml.writeStartElement("urlset");
		xml.writeDefaultNamespace(NS);
		for (String page : new String[] { "/", "/portal", "/documents", "/search" }) {
			url(xml, page, null);
		}
		for (var session : reference.sessions()) {
			url(xml, "/portal/sessions/" + session.number(), null);
		}
		for (var objective : reference.objectives()) {
			url(xml, "/portal/objectives/" + objective.number(), null);
		}
		for (DocumentSummary document : documents.latest(Optional.empty(), 10_000)) {
			url(xml, document.url(), document.date().toString());
			url(xml, document.fileUrl(), document.date().toString());
		}
		xml.writeEndElement();
		xml.writeEndDocument();
		xml.close();
		return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/xml;charset=UTF-8"))
			.body(out.toString());
	}

	private void url(XMLStreamWriter xml, String path, @org.jspecify.annotations.Nullable String lastModified) throws XMLStreamException {
		xml.writeStartElement("url");
		xml.writeStartElement("loc");
		xml.writeCharacters(site.link(path));
		xml.writeEndElement();
		if (lastModified != null) {
			xml.writeStartElement("lastmod");
			xml.writeCharacters(lastModified);
			xml.writeEndElement();
		}
		xml.writeEndElement();
	}
}
