package org.puente.practices;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;
import org.puente.accounts.AccountSummary;
import org.puente.accounts.Accounts;
import org.puente.seeds.DemoData;
import org.puente.seeds.SeedFiles;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo's good practices: thirteen practices of both regions (fictional but plausible, each marked as a demo
 * example), México's "Programa de Alternativas al Alojamiento en Estaciones Migratorias para Solicitantes de
 * Refugio" of the Minuta of 11 May 2017 among them; twelve accepted and one awaiting the CSM secretariat's review.
 * Countries of both conferences have ranked the practices of sessions 1 and 6. Loaded once, through the same
 * services people use.
 */
@DemoData(70)
class DemoPractices implements ApplicationRunner {

	/** Session → country → practice keys, best first. */
	private static final Map<Integer, Map<String, List<String>>> RANKINGS = Map.of(1, new LinkedHashMap<>(Map.of(
			"MX", List.of("mx-alternativas", "gt-ninez", "cl-escuelas", "br-acolhida", "pa-flujo", "ar-patria"),
			"GT", List.of("gt-ninez", "mx-alternativas", "pa-flujo", "cl-escuelas", "ar-patria", "br-acolhida"),
			"PA", List.of("pa-flujo", "mx-alternativas", "gt-ninez", "br-acolhida", "cl-escuelas", "ar-patria"),
			"CL", List.of("cl-escuelas", "ar-patria", "mx-alternativas", "br-acolhida", "gt-ninez", "pa-flujo"),
			"AR", List.of("ar-patria", "cl-escuelas", "br-acolhida", "mx-alternativas", "gt-ninez", "pa-flujo"),
			"BR", List.of("br-acolhida", "mx-alternativas", "ar-patria", "cl-escuelas", "pa-flujo", "gt-ninez"))),
			6, new LinkedHashMap<>(Map.of(
			"CR", List.of("cr-trabajadores", "ar-patria", "sv-retornados", "uy-residencia", "co-registro"),
			"MX", List.of("ar-patria", "cr-trabajadores", "co-registro", "sv-retornados", "uy-residencia"),
			"AR", List.of("ar-patria", "uy-residencia", "co-registro", "cr-trabajadores", "sv-retornados"),
			"UY", List.of("uy-residencia", "ar-patria", "cr-trabajadores", "co-registro", "sv-retornados"),
			"CO", List.of("co-registro", "ar-patria", "uy-residencia", "sv-retornados", "cr-trabajadores"))));

	private final PracticeCatalogue catalogue;

	private final Prioritisation prioritisation;

	private final PracticeRepository practices;

	private final Accounts accounts;

	DemoPractices(PracticeCatalogue catalogue, Prioritisation prioritisation, PracticeRepository practices,
			Accounts accounts) {
		this.catalogue = catalogue;
		this.prioritisation = prioritisation;
		this.practices = practices;
		this.accounts = accounts;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (practices.count() > 0) {
			return;
		}
		AccountSummary admin = accounts.byUsername("admin").orElseThrow();
		Map<String, UUID> ids = new HashMap<>();
		for (CSVRecord row : SeedFiles.csv("demo/practices.csv")) {
			Map<String, PracticeText> texts = new LinkedHashMap<>();
			texts.put("es", new PracticeText(row.get("title_es"), row.get("summary_es"), row.get("why_es"),
					row.get("how_es")));
			if (!row.get("title_en").isBlank()) {
				texts.put("en", new PracticeText(row.get("title_en"), row.get("summary_en"), row.get("why_en"),
						row.get("how_en")));
			}
			PracticeContent content = new PracticeContent(words(row.get("countries")), "es", texts,
					words(row.get("sessions")).stream().map(Integer::valueOf).toList(),
					words(row.get("objectives")).stream().map(Integer::valueOf).toList(),
					words(row.get("target_groups")).stream().map(TargetGroup::valueOf).toList(),
					Integer.parseInt(row.get("from")), blank(row.get("to")) == null ? null : Integer.valueOf(row.get("to")),
					blank(row.get("results")), blank(row.get("contact_name")), blank(row.get("contact_email")), List.of());
			UUID id = catalogue.create(content, admin, true);
			PracticeStatus status = PracticeStatus.valueOf(row.get("status"));
			if (status != PracticeStatus.DRAFT) {
				catalogue.submit(id, admin);
			}
			if (status == PracticeStatus.ACCEPTED) {
				catalogue.accept(id, admin);
			}
			ids.put(row.get("key"), id);
		}
		RANKINGS.forEach((session, byCountry) -> byCountry.forEach((country, order) -> {
			Map<UUID, @Nullable String> places = new HashMap<>();
			for (int i = 0; i < order.size(); i++) {
				places.put(ids.get(order.get(i)), String.valueOf(i + 1));
			}
			prioritisation.rank(session, country, places, admin);
		}));
	}

	private static List<String> words(String text) {
		return Arrays.stream(text.split(" ")).filter(w -> !w.isBlank()).toList();
	}

	private static @Nullable String blank(String text) {
		return text.isBlank() ? null : text;
	}
}
