package org.puente.directory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.commons.csv.CSVRecord;
import org.puente.i18n.Language;
import org.puente.i18n.TextFolding;
import org.puente.seeds.SeedFiles;

/**
 * Finds the names of the directory's actors in free text: longest match first, ignoring case and accents,
 * whole words only. Immutable and safe to share between threads.
 *
 * <p>Built from plain lists so that the same matcher can be fed from the classpath files or from database rows.
 */
public final class Gazetteer {

	private static final Set<String> PREPOSITIONS = Set.of("de", "del", "of", "da", "do", "du", "des");
	private static final Set<String> ARTICLES = Set.of("la", "el", "las", "los", "the", "a", "o", "as", "os", "le", "les", "l");
	private static final Set<String> COORDINATORS = Set.of("y", "e", "and", "et");

	private final Node root = new Node();
	private final Map<String, DirectoryEntity> entities = new LinkedHashMap<>();

	public Gazetteer(List<GazetteerEntry> entries, List<DirectoryEntity> entities) {
		for (DirectoryEntity entity : entities) {
			this.entities.put(entity.id(), withCountryLabels(entity));
		}
		for (GazetteerEntry entry : entries) {
			add(entry.alias(), entry.entityIds());
		}
		// Country names in the four languages come from the JDK so that nobody has to type them.
		for (DirectoryEntity entity : this.entities.values()) {
			if (entity.kind().equals("country")) {
				for (String lang : Language.CODES) {
					add(countryName(entity.id(), lang), List.of(entity.id()));
				}
			}
		}
	}

	/** Loads {@code directory/entities.csv} and {@code directory/gazetteer.csv} from the classpath. */
	public static Gazetteer fromClasspath() {
		return new Gazetteer(entriesFromClasspath(), entitiesFromClasspath());
	}

	/** The entities (countries, organisations, bodies, roles) with their labels, as shipped in the resources. */
	public static List<DirectoryEntity> entitiesFromClasspath() {
		List<DirectoryEntity> entities = new ArrayList<>();
		for (CSVRecord row : SeedFiles.csv("directory/entities.csv")) {
			Map<String, String> labels = new HashMap<>();
			for (String lang : Language.CODES) {
				String label = row.get("label_" + lang);
				if (!label.isBlank()) {
					labels.put(lang, label);
				}
			}
			entities.add(new DirectoryEntity(row.get("id"), row.get("kind"), labels));
		}
		return entities;
	}

	static List<GazetteerEntry> entriesFromClasspath() {
		List<GazetteerEntry> entries = new ArrayList<>();
		for (CSVRecord row : SeedFiles.csv("directory/gazetteer.csv")) {
			entries.add(new GazetteerEntry(row.get("alias"), row.get("lang"),
					Arrays.asList(row.get("entities").trim().split("\\s+"))));
		}
		return entries;
	}

	public Optional<DirectoryEntity> entity(String entityId) {
		return Optional.ofNullable(entities.get(entityId));
	}

	/** The entity's label in the locale's language, else in Spanish, else its id. */
	public String label(String entityId, Locale locale) {
		DirectoryEntity entity = entities.get(entityId);
		if (entity == null) {
			return entityId;
		}
		return entity.labels().getOrDefault(locale.getLanguage(), entity.labels().getOrDefault("es", entityId));
	}

	public List<GazetteerMatch> find(String text) {
		GazetteerTokens tokens = GazetteerTokens.of(text);
		List<GazetteerMatch> matches = new ArrayList<>();
		int i = 0;
		while (i < tokens.size()) {
			Hit hit = longestAt(tokens, i);
			if (hit == null) {
				i++;
				continue;
			}
			Hit qualified = qualify(tokens, hit);
			int start = tokens.start(i);
			int end = tokens.end(qualified.endToken() - 1);
			matches.add(new GazetteerMatch(start, end, text.substring(start, end), qualified.ids()));
			i = qualified.endToken();
		}
		return matches;
	}

	private Hit longestAt(GazetteerTokens tokens, int from) {
		Node node = root;
		Hit best = null;
		for (int j = from; j < tokens.size(); j++) {
			node = node.next.get(tokens.folded(j));
			if (node == null) {
				break;
			}
			if (node.ids != null && (!node.acronym || tokens.isUpperCase(from, j + 1))) {
				best = new Hit(node.ids, j + 1);
			}
		}
		return best;
	}

	/**
	 * Reads a coordinated qualifier after a secretariat, presidency or troika: "la PPT de la CRM y de la CSM",
	 * "the PPTs of the CRM and the CSM". Each process named turns the head into that process's own entity.
	 */
	private Hit qualify(GazetteerTokens tokens, Hit hit) {
		Set<String> bases = new LinkedHashSet<>();
		for (String id : hit.ids()) {
			int dash = id.lastIndexOf('-');
			if (dash > 0 && entities.containsKey("process:" + id.substring(dash + 1))) {
				bases.add(id.substring(0, dash));
			}
		}
		if (bases.isEmpty()) {
			return hit;
		}
		boolean alreadyQualified = hit.ids().size() == 1;
		List<String> codes = new ArrayList<>();
		int k = hit.endToken();
		while (true) {
			int p = k;
			boolean needsCoordinator = alreadyQualified || !codes.isEmpty();
			if (needsCoordinator) {
				if (p >= tokens.size() || !COORDINATORS.contains(tokens.folded(p))) {
					break;
				}
				p++;
			}
			boolean preposition = p < tokens.size() && PREPOSITIONS.contains(tokens.folded(p));
			if (preposition) {
				p++;
			}
			boolean article = p < tokens.size() && ARTICLES.contains(tokens.folded(p));
			if (article) {
				p++;
			}
			boolean introduced = preposition || (needsCoordinator && !alreadyQualified)
					|| (article && tokens.folded(p - 1).equals("the"));
			Hit process = p < tokens.size() ? longestAt(tokens, p) : null;
			if (!introduced || process == null || process.ids().size() != 1
					|| !process.ids().get(0).startsWith("process:")) {
				break;
			}
			codes.add(process.ids().get(0).substring("process:".length()));
			k = process.endToken();
		}
		if (codes.isEmpty()) {
			return hit;
		}
		Set<String> ids = new LinkedHashSet<>(alreadyQualified ? hit.ids() : List.of());
		for (String base : bases) {
			for (String code : codes) {
				if (entities.containsKey(base + "-" + code)) {
					ids.add(base + "-" + code);
				}
			}
		}
		return ids.isEmpty() ? hit : new Hit(List.copyOf(ids), k);
	}

	private void add(String alias, List<String> ids) {
		GazetteerTokens tokens = GazetteerTokens.of(alias);
		if (tokens.size() == 0) {
			return;
		}
		Node node = root;
		for (int i = 0; i < tokens.size(); i++) {
			node = node.next.computeIfAbsent(tokens.folded(i), key -> new Node());
		}
		// Short all-capital names (OIM, UE, CAM) are matched only in capitals: "eu" is also a Portuguese pronoun.
		boolean acronym = alias.equals(alias.toUpperCase(Locale.ROOT)) && alias.replaceAll("[^\\p{L}]", "").length() <= 4;
		if (node.ids == null) {
			node.ids = List.copyOf(ids);
			node.acronym = acronym;
		}
		else {
			node.acronym &= acronym;
		}
	}

	private DirectoryEntity withCountryLabels(DirectoryEntity entity) {
		if (!entity.kind().equals("country")) {
			return entity;
		}
		Map<String, String> labels = new HashMap<>(entity.labels());
		for (String lang : Language.CODES) {
			labels.putIfAbsent(lang, countryName(entity.id(), lang));
		}
		return new DirectoryEntity(entity.id(), entity.kind(), labels);
	}

	private static String countryName(String entityId, String lang) {
		String code = entityId.substring(entityId.indexOf(':') + 1);
		return new Locale("", code).getDisplayCountry(new Locale(lang));
	}

	private static final class Node {

		final Map<String, Node> next = new HashMap<>(4);

		List<String> ids;

		boolean acronym;
	}

	private record Hit(List<String> ids, int endToken) {
	}
}
