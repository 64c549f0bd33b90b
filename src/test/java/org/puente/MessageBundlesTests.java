package org.puente;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every visible word goes through the message bundles, and every bundle exists in the four languages with the
 * same keys (after spring-petclinic's I18nPropertiesSyncTest).
 */
class MessageBundlesTests {

	private static final Path BUNDLES = Path.of("src/main/resources/i18n");

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	private static final List<String> TRANSLATIONS = List.of("en", "pt", "fr");

	@Test
	void everyBundleHasTheSameKeysInEveryLanguage() throws IOException {
		List<String> problems = new ArrayList<>();
		try (Stream<Path> files = Files.list(BUNDLES)) {
			for (Path base : files.filter(p -> !p.getFileName().toString().contains("_")).toList()) {
				Set<String> keys = keys(base);
				String name = base.getFileName().toString().replace(".properties", "");
				for (String lang : TRANSLATIONS) {
					Path translated = BUNDLES.resolve(name + "_" + lang + ".properties");
					if (!Files.exists(translated)) {
						problems.add(translated + " is missing");
						continue;
					}
					Set<String> other = keys(translated);
					for (String key : keys) {
						if (!other.contains(key)) {
							problems.add(translated.getFileName() + " lacks " + key);
						}
					}
					for (String key : other) {
						if (!keys.contains(key)) {
							problems.add(translated.getFileName() + " has " + key + ", unknown in Spanish");
						}
					}
				}
			}
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void templatesHoldNoLiteralText() throws IOException {
		List<String> problems = new ArrayList<>();
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			for (Path template : files.filter(p -> p.toString().endsWith(".html")).toList()) {
				Element root = Jsoup.parse(Files.readString(template));
				for (Element element : root.getAllElements()) {
					for (TextNode text : element.textNodes()) {
						String words = text.text().strip();
						if (words.matches(".*\\p{Ll}.*") && !replacedByThymeleaf(element)) { // acronyms (CRM) are not words to translate
							problems.add(TEMPLATES.relativize(template) + ": \"" + words + "\"");
						}
					}
				}
			}
		}
		assertThat(problems).isEmpty();
	}

	/** Text inside an element whose content Thymeleaf replaces is only a prototype, never shown. */
	private static boolean replacedByThymeleaf(Element element) {
		for (Element e = element; e != null; e = e.parent()) {
			for (String attr : List.of("th:text", "th:utext", "th:errors", "th:replace", "th:insert", "sec:authentication",
					"th:remove")) {
				if (e.hasAttr(attr)) {
					return true;
				}
			}
			if (e.tagName().equals("script") || e.tagName().equals("style") || e.tagName().equals("abbr")
					&& e.hasAttr("title")) {
				return true;
			}
		}
		return false;
	}

	private static Set<String> keys(Path file) throws IOException {
		Properties properties = new Properties();
		try (var reader = new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return new TreeSet<>(properties.stringPropertyNames());
	}
}
