package org.puente.glossary;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.puente.PuenteTest;
import org.puente.WebTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.w3c.dom.Document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.puente.PageContent.holds;
import static org.puente.PageContent.lacks;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The glossary's pages, search and exports on the demo data. */
@PuenteTest
class GlossaryTests extends WebTestSupport {

	@Autowired
	GlossaryCatalogue catalogue;

	@Autowired
	Coincidences coincidences;

	String body(String path) throws Exception {
		return mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	@Test
	void listsTheTermsInTheAlphabeticalOrderOfTheirSpanishName() throws Exception {
		// seen in the walk-through: "resolución definitiva" (slug decision-definitiva) between "continente americano"
		// and "engaño"
		String page = body("/glossary");
		java.util.regex.Matcher row = java.util.regex.Pattern.compile("<th scope=\"row\" lang=\"es\"><a [^>]*>([^<]+)</a>")
			.matcher(page);
		java.util.List<String> names = new java.util.ArrayList<>();
		while (row.find()) {
			names.add(org.springframework.web.util.HtmlUtils.htmlUnescape(row.group(1)));
		}
		assertThat(names).hasSizeGreaterThan(20)
			.isSortedAccordingTo(org.puente.i18n.Collation.of(java.util.Locale.forLanguageTag("es")))
			.contains("resolución definitiva");
	}

	@Test
	void theListOffersOneSpreadsheetInEachFormat() throws Exception {
		// seen in the walk-through: "Download as CSV" (the tools' /glossary.csv) one line above the list's own
		// "CSV · XLSX"; the tools' file stays at its address for scripts
		String page = body("/glossary");
		assertThat(java.util.regex.Pattern.compile("href=\"[^\"]*\\.csv[^\"]*\"").matcher(page).results().count())
			.isEqualTo(1);
		assertThat(page).contains("href=\"/glossary/export.csv\"").doesNotContain("href=\"/glossary.csv\"");
	}

	@Test
	void aNewTermNamedLikeOneAlreadyThereIsRefusedAndStoresNothing() throws Exception {
		// seen in the walk-through: "acogida" typed again made a second term, /glossary/acogida-2
		storingNothingIn("glossary_term", post("/glossary").param("label.es", "Acogida").with(as("st-crm")).with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(holds("Ya existe en el glosario el término «acogida»"));
		// a term saved with its own name again is no duplicate of itself
		String name = "término de prueba " + java.util.UUID.randomUUID();
		String created = mvc.perform(post("/glossary").param("label.es", name).with(as("st-crm")).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		mvc.perform(post(created).param("label.es", name).param("label.en", "test term").with(as("st-crm")).with(csrf()))
			.andExpect(status().is3xxRedirection());
	}

	@Test
	void exportsSkosThatJenaAndRdflibAccept() throws Exception {
		String turtle = body("/glossary.ttl");
		Model model = ModelFactory.createDefaultModel();
		RDFParser.source(new ByteArrayInputStream(turtle.getBytes(StandardCharsets.UTF_8))).lang(Lang.TURTLE).parse(model);
		var trafficking = model.listSubjectsWithProperty(SKOS.prefLabel, model.createLiteral("trafficking in persons", "en"))
			.toList();
		assertThat(trafficking).hasSize(1);
		assertThat(trafficking.get(0).getProperty(SKOS.definition, "es").getString()).startsWith("Captación, transporte");
		assertThat(model.listStatements(null, SKOS.altLabel, model.createLiteral("demandeur du statut de réfugié", "fr"))
			.toList()).hasSize(1);
		// only adopted definitions leave the members' space
		assertThat(model.listStatements(null, SKOS.definition, (org.apache.jena.rdf.model.RDFNode) null).toList())
			.noneMatch(s -> s.getSubject().getURI().endsWith("/glossary/flujo-migratorio-mixto")
					|| s.getSubject().getURI().endsWith("/glossary/trafico-ilicito-de-migrantes"));

		Path file = Files.createTempFile("glossary", ".ttl");
		Files.writeString(file, turtle);
		String python = Files.isExecutable(Path.of("/usr/bin/python3")) ? "/usr/bin/python3" : "python3";
		Process check = new ProcessBuilder(python, "-c", """
				import sys, rdflib
				g = rdflib.Graph(); g.parse(sys.argv[1], format="turtle")
				SKOS = rdflib.Namespace("http://www.w3.org/2004/02/skos/core#")
				print(len(set(g.subjects(rdflib.RDF.type, SKOS.Concept))))""", file.toString())
			.redirectErrorStream(true).start();
		String out = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
		Assumptions.assumeFalse(out.contains("No module named 'rdflib'"), "rdflib is not installed (apt install python3-rdflib)");
		assertThat(check.waitFor()).as(out).isZero();
		assertThat(Integer.parseInt(out.lines().reduce((a, b) -> b).orElseThrow())).isEqualTo(catalogue.all().size());
	}

	@Test
	void escapesQuotesBackslashesAndLineBreaksInTurtle() {
		String turtle = TurtleWriter.write("http://example.org", java.util.Map.of("es", "Glosario"),
				List.of(new ExportedTerm("x", java.util.Map.of("es", "un \"término\" \\ raro\nen dos líneas"),
						java.util.Map.of(), java.util.Map.of("fr", "l'accord\t\u0001"), null, null, null,
						0)));
		Model model = ModelFactory.createDefaultModel();
		RDFParser.source(new ByteArrayInputStream(turtle.getBytes(StandardCharsets.UTF_8))).lang(Lang.TURTLE).parse(model);
		assertThat(model.listObjectsOfProperty(SKOS.prefLabel).next().asLiteral().getString())
			.isEqualTo("un \"término\" \\ raro\nen dos líneas");
		assertThat(model.listObjectsOfProperty(SKOS.definition).next().asLiteral().getString()).isEqualTo("l'accord\t\u0001");
	}

	@Test
	void exportsWellFormedTbxWithEveryLanguage() throws Exception {
		String tbx = body("/glossary.tbx");
		var factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		Document document = factory.newDocumentBuilder().parse(new org.xml.sax.InputSource(new StringReader(tbx)));
		assertThat(document.getDocumentElement().getLocalName()).isEqualTo("tbx");
		assertThat(document.getDocumentElement().getAttribute("style")).isEqualTo("dca");
		assertThat(document.getElementsByTagNameNS(TbxWriter.NAMESPACE, "conceptEntry").getLength())
			.isEqualTo(catalogue.all().size());
		assertThat(tbx).contains("<term>demandeur d&apos;asile</term>".replace("&apos;", "'"))
			.contains("xml:lang=\"pt\"");
		String csv = body("/glossary.csv");
		assertThat(csv).startsWith("slug,label_es,label_en,label_pt,label_fr").contains("trafficking in persons");
	}

	@Test
	void showsCountryDefinitionsToMembersOnly() throws Exception {
		String anonymous = body("/glossary/migrante-extrarregional");
		assertThat(anonymous).contains("extra-regional migrant").doesNotContain("Caribe no hispanohablante");
		String member = mvc.perform(get("/glossary/migrante-extrarregional").with(as("observer-oim")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(member).contains("Caribe no hispanohablante");
		mvc.perform(get("/glossary/migrante-extrarregional/coincidences")).andExpect(status().is3xxRedirection());
		mvc.perform(get("/glossary/no-existe")).andExpect(status().isNotFound());
	}

	@Test
	void findsTermsByAnyLanguageIgnoringAccents() throws Exception {
		assertThat(body("/glossary?q=refugio")).contains("solicitante de refugio");
		assertThat(body("/glossary?q=smuggling")).contains("tráfico ilícito de migrantes");
		assertThat(body("/glossary?q=trafico+ilicito")).contains("smuggling of migrants");
		assertThat(body("/glossary?q=extrarregionl")).contains("extra-regional migrant");
	}

	/**
	 * Walk 9: a glossary search kept the title "Glosario — Puente" and said nothing of what it found; the site's
	 * search says both. And the "español" column was marked lang="es" on pages where it reads "Spanish".
	 */
	@Test
	void aSearchOfTheGlossarySaysWhatItFoundInTheTitleAndAStatus() throws Exception {
		String found = body("/glossary?q=smuggling");
		assertThat(found).contains("<title>«smuggling» — Glosario — Puente</title>")
			.contains("<p role=\"status\" id=\"glossary-count\">1 término coincide con «smuggling».</p>");
		String none = mvc.perform(get("/glossary?q=xyz").header("Accept-Language", "en")).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(none).contains("<title>“xyz” — Glossary — Puente</title>")
			.contains("<p role=\"status\" id=\"glossary-count\">No term matches &quot;xyz&quot;.</p>")
			.doesNotContain("<th scope=\"col\" lang=\"es\">");
		assertThat(body("/glossary")).contains("<title>Glosario — Puente</title>").doesNotContain("glossary-count");
	}

	@Test
	void analysesTheDemoDefinitionsWithRealCoincidencesAndDivergences() throws Exception {
		var result = coincidences.analyse(catalogue.term("migrante-extrarregional"), 0, 0.35, "es");
		var report = result.report();
		assertThat(report.countries()).contains("MX", "PA", "CL", "BR", "CA");
		assertThat(report.score()).isBetween(10, 90);
		assertThat(report.keyPhrases()).extracting(CoincidenceReport.KeyPhrase::text)
			.contains("país de origen", "continente americano");
		// Costa Rica's "whatever its continent" wording stands apart; Mexico and El Salvador stress irregular transit
		assertThat(report.outliers()).contains("CR");
		assertThat(report.groups().get(0)).containsExactlyInAnyOrder("MX", "SV");
		var trafficking = coincidences.analyse(catalogue.term("trata-de-personas"), 0, 0.35, "es").report();
		assertThat(trafficking.score()).isGreaterThan(report.score());
		assertThat(trafficking.groups().get(0)).contains("BR", "CA"); // matched through the glossary's four languages
		String page = mvc.perform(get("/glossary/migrante-extrarregional/coincidences")
			.with(as("st-crm"))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("Matriz de similitud").contains("país de origen").contains("sim-4");
		// every country credited with a shared element is credited with words its own definition uses
		for (CoincidenceReport.KeyPhrase phrase : report.keyPhrases()) {
			for (String country : phrase.countries()) {
				String text = result.definitions().get(report.countries().indexOf(country)).getText();
				assertThat(text.replaceAll("\\s+", " ")).as("%s credited with «%s»", country, phrase.text())
					.contains(phrase.words(country));
			}
		}
		// and the summary agrees with the shared elements: only those using none of them stand apart
		assertThat(report.withoutSharedElements())
			.doesNotContainAnyElementsOf(report.keyPhrases().stream().flatMap(p -> p.countries().stream()).toList());
		assertThat(page).contains("dieron su definición").contains("El elemento más compartido es «")
			.contains("<mark").doesNotContain("Divergen del resto");
	}

	@Test
	void movesABiregionalDefinitionFromProposalToAdoption() throws Exception {
		var st = as("st-crm");
		mvc.perform(post("/glossary/retorno-asistido/biregional/adopt").with(st).with(csrf())
			.param("meetingTitle", "Reunión")).andExpect(status().isConflict());
		mvc.perform(post("/glossary/retorno-asistido/biregional/agree").with(st).with(csrf()))
			.andExpect(status().is3xxRedirection());
		// with the CRM alone the definition is not bi-regional: the page comes back with the reason and what was typed
		String refused = mvc.perform(post("/glossary/retorno-asistido/biregional/adopt").with(st).with(csrf())
			.param("meetingTitle", "XXII Reunión Viceministerial de la CRM").param("meetingDate", "2017-11-16"))
			.andExpect(status().isConflict())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(refused).contains("las dos Conferencias").contains("2017-11-16").contains("standing-CSM")
			.contains("lang-switch").doesNotContain("biregional/adopt?lang");
		mvc.perform(post("/glossary/retorno-asistido/biregional/agree").with(as("st-csm"))
			.with(csrf())).andExpect(status().is3xxRedirection());
		mvc.perform(post("/glossary/retorno-asistido/biregional/adopt").with(st).with(csrf())
			.param("meetingTitle", "XXII Reunión Viceministerial de la CRM").param("meetingDate", "2017-11-16"))
			.andExpect(status().is3xxRedirection());
		assertThat(body("/glossary/retorno-asistido")).contains("Adoptada").doesNotContain("Adoptada adoptada")
			.contains("XXII Reunión Viceministerial de la CRM");
		// the public's "recent changes" name the term, not its address and an English status ("retorno-asistido → ADOPTED")
		assertThat(body("/")).contains(">retorno asistido</a>").doesNotContain("retorno-asistido →");
		mvc.perform(post("/glossary/retorno-asistido/biregional").with(st).with(csrf()).param("text.es", "Otro texto"))
			.andExpect(status().isConflict());
		assertThat(body("/glossary.ttl")).contains("/glossary/retorno-asistido");
		// agreeing again is refused on the term's page, with the reason; a focal point gets the error page
		mvc.perform(post("/glossary/retorno-asistido/biregional/agree").with(st).with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(holds("id=\"error-summary\"", "La definición ya fue adoptada y no puede cambiar"));
		mvc.perform(post("/glossary/retorno-asistido/biregional/agree").with(as("admin")).with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(holds("id=\"error-summary\"", "Elija la Conferencia (CRM o CSM) que da su acuerdo."));
		mvc.perform(post("/glossary/retorno-asistido/biregional/agree").with(as("fp-chile"))
			.with(csrf())).andExpect(status().isForbidden());
	}

	@Test
	void aBiregionalDraftTooLongOrOvertakenComesBackWithWhatWasTyped() throws Exception {
		String path = "/glossary/retorno-asistido/biregional";
		storingNothingIn("glossary_biregional_definition", post(path).with(as("st-crm")).with(csrf())
			.param("text.es", "x".repeat(10_001)).param("text.en", "A shared wording typed before saving"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(holds("id=\"error-summary\"", "como máximo", "A shared wording typed before saving"))
			.andExpect(lacks("class=\"error-page\""));
		mvc.perform(post(path).with(as("st-crm")).with(csrf()).param("text.es", "Wording typed at the same time")
			.param("version", "-3"))
			.andExpect(status().isConflict())
			.andExpect(holds("id=\"error-summary\"", "Wording typed at the same time"))
			.andExpect(lacks("class=\"error-page\""));
	}
}
