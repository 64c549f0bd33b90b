package org.puente.directory;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import ezvcard.Ezvcard;
import ezvcard.VCard;
import ezvcard.VCardVersion;
import ezvcard.property.Kind;
import org.puente.refusal.NotFoundException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** vCard 4.0 (RFC 6350) for one person, an organisation's people or a country's people, via ez-vcard. */
@Controller
class VCardExport {

	private static final MediaType VCARD = MediaType.parseMediaType("text/vcard;charset=UTF-8");

	private final Directory directory;

	VCardExport(Directory directory) {
		this.directory = directory;
	}

	@GetMapping("/directory/people/{id}.vcf")
	ResponseEntity<String> person(@PathVariable UUID id, Locale locale) {
		PersonSummary person = directory.person(id).orElseThrow(() -> new NotFoundException("directory.people.notFound"));
		return file(person.fullName(), List.of(card(person, locale)));
	}

	@GetMapping("/directory/organisations/{code}.vcf")
	ResponseEntity<String> organisation(@PathVariable String code, Locale locale) {
		OrganisationSummary org = directory.organisation(code)
			.orElseThrow(() -> new NotFoundException("directory.organisations.notFound"));
		return file(org.code(), directory.peopleOf(org.id()).stream().map(p -> card(p, locale)).toList());
	}

	@GetMapping("/directory/countries/{iso2}.vcf")
	ResponseEntity<String> country(@PathVariable String iso2, Locale locale) {
		if (!iso2.matches("[A-Z]{2}")) {
			throw new NotFoundException("directory.countries.notFound");
		}
		return file(Countries.nameOf(iso2, locale),
				directory.peopleOfCountry(iso2).stream().map(p -> card(p, locale)).toList());
	}

	private VCard card(PersonSummary person, Locale locale) {
		VCard card = new VCard();
		card.setKind(Kind.individual());
		card.setFormattedName(person.fullName());
		if (person.title() != null) {
			card.addTitle(person.title());
		}
		if (person.email() != null) {
			card.addEmail(person.email());
		}
		if (person.organisationId() != null) {
			directory.organisation(person.organisationId()).ifPresent(o -> card.setOrganization(o.name(locale)));
		}
		if (person.countryIso2() != null) {
			var address = new ezvcard.property.Address();
			address.setCountry(Countries.nameOf(person.countryIso2(), locale));
			card.addAddress(address);
		}
		person.languages().forEach(card::addLanguage);
		card.setUid(ezvcard.property.Uid.random());
		card.getUid().setValue("urn:uuid:" + person.id());
		return card;
	}

	private static ResponseEntity<String> file(String name, List<VCard> cards) {
		String body = Ezvcard.write(cards).version(VCardVersion.V4_0).prodId(false).go();
		String filename = DirectoryController.fold(name).replaceAll("[^a-z0-9]+", "-") + ".vcf";
		return ResponseEntity.ok()
			.contentType(VCARD)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString())
			.body(body);
	}
}
