package org.puente.consultations;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.apache.commons.csv.CSVRecord;
import org.puente.directory.Conference;
import org.puente.directory.Directory;
import org.puente.directory.ProcessSummary;
import org.puente.glossary.Glossary;
import org.puente.glossary.TermSummary;
import org.puente.i18n.MultilingualText;
import org.puente.seeds.DemoData;
import org.puente.seeds.SeedFiles;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.transaction.annotation.Transactional;

/**
 * The consultation of the Acta of 8 June 2017 (agreement 12): the CRM's consultation on essential concepts for the
 * GCM, sent to both conferences, with Chile's answer submitted by 20 June as agreed and the answers of seven other
 * countries, whose wordings coincide and diverge as real ones do. Loaded once, after the glossary (order 60).
 */
@DemoData(61)
class DemoConsultationsLoader implements ApplicationRunner {

	static final String TITLE = "Conceptos esenciales para el PMM";

	/** When each country's answer arrived; Chile's by 20 June 2017, as the Acta asks. */
	private static final Map<String, String> SUBMITTED = Map.of("CL", "2017-06-19", "PA", "2017-06-16", "MX",
			"2017-06-20", "SV", "2017-06-20", "CR", "2017-06-14", "PY", "2017-06-22", "BR", "2017-07-03", "CA",
			"2017-06-20");

	private final ConsultationRepository consultations;

	private final SectionRepository sections;

	private final QuestionRepository questions;

	private final ResponseRepository responses;

	private final AnswerRepository answers;

	private final Directory directory;

	private final Glossary glossary;

	DemoConsultationsLoader(ConsultationRepository consultations, SectionRepository sections,
			QuestionRepository questions, ResponseRepository responses, AnswerRepository answers, Directory directory,
			Glossary glossary) {
		this.consultations = consultations;
		this.sections = sections;
		this.questions = questions;
		this.responses = responses;
		this.answers = answers;
		this.directory = directory;
		this.glossary = glossary;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (consultations.findAll().stream().anyMatch(q -> TITLE.equals(q.title().es()))) {
			return;
		}
		Consultation consultation = new Consultation(Conference.CRM.name(), "st-crm");
		consultation.describe(MultilingualText.of(TITLE, "Essential concepts for the GCM",
				"Conceitos essenciais para o PMM", "Concepts essentiels pour le PMM"),
				MultilingualText.of("Cuestionario de la CRM para identificar los términos sobre los que desarrollar un "
						+ "entendimiento bi-regional compartido y las coincidencias entre las definiciones de los países "
						+ "(Acta de la reunión CRM-CSM del 8 de junio de 2017, acuerdo 12).",
						"CRM questionnaire to identify the terms on which to build a shared bi-regional understanding and "
								+ "the coincidences between countries' definitions (CRM-CSM meeting of 8 June 2017, agreement 12).",
						null, null),
				Conference.BOTH, LocalDate.of(2017, 6, 20), LatePolicy.ACCEPT_LATE);
		consultation.sentOn(Instant.parse("2017-06-09T15:00:00Z"));
		consultations.save(consultation);
		ConsultationSection concepts = new ConsultationSection(consultation.getId(), 1,
				MultilingualText.of("Definiciones", "Definitions", "Definições", "Définitions"));
		sections.save(concepts);
		Map<String, TermSummary> terms = new LinkedHashMap<>();
		glossary.terms().forEach(t -> terms.put(t.slug(), t));
		Map<String, ConsultationQuestion> bySlug = new LinkedHashMap<>();
		int position = 1;
		for (String slug : List.of("migrante-extrarregional", "flujo-migratorio-mixto", "retorno-asistido",
				"solicitante-de-refugio", "trata-de-personas", "trafico-ilicito-de-migrantes")) {
			ConsultationQuestion q = new ConsultationQuestion(concepts.getId(), position++,
					QuestionKind.TERM_DEFINITION, MultilingualText.of("¿Cómo define su país el siguiente término?",
							"How does your country define the following term?", "Como o seu país define o seguinte termo?",
							"Comment votre pays définit-il le terme suivant ?"));
			TermSummary term = terms.get(slug);
			q.asksToDefine(term.labels().get("es"), term.id());
			q.setRequired(true);
			questions.save(q);
			bySlug.put(slug, q);
		}
		ConsultationSection priorities = new ConsultationSection(consultation.getId(), 2,
				MultilingualText.of("Prioridades", "Priorities", "Prioridades", "Priorités"));
		sections.save(priorities);
		questions.save(new ConsultationQuestion(priorities.getId(), 1, QuestionKind.SCALE, MultilingualText.of(
				"¿Qué prioridad tiene para su país un entendimiento bi-regional de estos conceptos?",
				"How much of a priority is a bi-regional understanding of these concepts for your country?", null, null)));
		TreeSet<String> countries = new TreeSet<>();
		for (Conference process : consultation.getProcesses()) {
			directory.process(process.name()).map(ProcessSummary::memberStates).ifPresent(countries::addAll);
		}
		Map<String, ConsultationResponse> byCountry = new LinkedHashMap<>();
		for (String iso2 : countries) {
			byCountry.put(iso2, responses.save(new ConsultationResponse(consultation.getId(), iso2)));
		}
		responses.flush();
		List<CSVRecord> rows = SeedFiles.csv("consultations/demo-answers.csv");
		for (CSVRecord row : rows) {
			ConsultationResponse response = byCountry.get(row.get("country"));
			ConsultationQuestion question = bySlug.get(row.get("term"));
			ConsultationAnswer answer = new ConsultationAnswer(response.getId(), question.getId());
			answer.write(row.get("language"), row.get("text"), List.of(), null, focalPoint(row.get("country")));
			answers.save(answer);
		}
		answers.flush();
		// a draft never sent: Guatemala started, as countries do
		ConsultationResponse guatemala = byCountry.get("GT");
		if (guatemala != null) {
			guatemala.started();
			ConsultationAnswer draft = new ConsultationAnswer(guatemala.getId(), bySlug.get("retorno-asistido").getId());
			draft.write("es", "Retorno de la persona migrante a su país con", List.of(), null, "fp-guatemala");
			answers.save(draft);
		}
		SUBMITTED.forEach((iso2, day) -> {
			Instant at = Instant.parse(day + "T20:00:00Z");
			byCountry.get(iso2).submittedOn(focalPoint(iso2), at, consultation.isLate(at));
		});
		responses.flush();
		String source = TITLE + " (2017)";
		for (CSVRecord row : rows) {
			ConsultationResponse response = byCountry.get(row.get("country"));
			ConsultationQuestion question = bySlug.get(row.get("term"));
			ConsultationAnswer answer = answers.findByResponseIdAndQuestionId(response.getId(), question.getId())
				.orElseThrow();
			glossary.recordAnswer(question.getGlossaryTermId(), response.getCountryIso2(), answer.getLanguage(),
					answer.getTextValue(), source, "es", consultation.getId(), answer.getId()); // the seeds' title is Spanish
		}
	}

	private static String focalPoint(String iso2) {
		return "fp-" + iso2.toLowerCase(java.util.Locale.ROOT);
	}
}
