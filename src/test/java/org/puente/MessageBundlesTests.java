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

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.text.MessagePattern;
import com.ibm.icu.text.PluralRules;
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

	/** A count in Spanish: a placeholder followed by a word that agrees with it ("{0} acuerdos"). */
	private static final java.util.regex.Pattern COUNT = java.util.regex.Pattern
		.compile("\\{(\\d)\\}\\s+(\\p{Ll}[\\p{L}]*)");

	/**
	 * Words that follow a placeholder without agreeing with it: "{0} de {1}", "{0} sobre 100", "{0} lo pasó", "{0} es",
	 * a country that "ejerce" or "ejercerá" a presidency "desde" a day.
	 */
	private static final Set<String> NOT_NOUNS = Set.of("de", "del", "y", "e", "o", "a", "al", "el", "la", "lo", "los",
			"las", "sobre", "en", "con", "por", "para", "que", "se", "no", "es", "parece", "desde", "ejerce", "ejercerá");

	@Test
	void everyCountFollowsThePluralRulesOfEachLanguage() throws IOException {
		List<String> problems = new ArrayList<>();
		try (Stream<Path> files = Files.list(BUNDLES)) {
			for (Path base : files.filter(p -> !p.getFileName().toString().contains("_")).toList()) {
				Properties spanish = properties(base);
				String name = base.getFileName().toString().replace(".properties", "");
				for (String key : spanish.stringPropertyNames()) {
					String message = spanish.getProperty(key);
					if (message.contains(",choice,") || message.contains(", choice,")) {
						problems.add(key + " uses the JDK's choice format: write it with ICU plural rules");
					}
					var counts = COUNT.matcher(message);
					while (counts.find()) {
						if (NOT_NOUNS.contains(counts.group(2))) {
							continue;
						}
						String argument = counts.group(1);
						for (String lang : List.of("es", "en", "pt", "fr")) {
							Path file = lang.equals("es") ? base : BUNDLES.resolve(name + "_" + lang + ".properties");
							String translated = properties(file).getProperty(key, "");
							if (!translated.matches("(?s).*\\{" + argument + ",\\s*plural\\s*,.*")) {
								problems.add(file.getFileName() + ": " + key + " counts {" + argument
										+ "} without plural rules");
							}
						}
					}
				}
			}
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void pluralMessagesHaveTheFormsEachLanguageNeeds() throws IOException {
		List<String> problems = new ArrayList<>();
		try (Stream<Path> files = Files.list(BUNDLES)) {
			for (Path file : files.toList()) {
				String fileName = file.getFileName().toString();
				String lang = fileName.contains("_") ? fileName.substring(fileName.indexOf('_') + 1, fileName.indexOf('.'))
						: "es";
				java.util.Locale locale = java.util.Locale.forLanguageTag(lang);
				Set<String> keywords = PluralRules.forLocale(locale).getKeywords();
				Properties messages = properties(file);
				for (String key : messages.stringPropertyNames()) {
					String message = messages.getProperty(key);
					if (!message.contains("plural")) {
						continue;
					}
					try {
						MessagePattern pattern = new MessagePattern(message);
						Set<String> used = new TreeSet<>();
						for (int i = 0; i < pattern.countParts(); i++) {
							MessagePattern.Part part = pattern.getPart(i);
							if (part.getType() == MessagePattern.Part.Type.ARG_SELECTOR) {
								used.add(pattern.getSubstring(part));
							}
						}
						for (String keyword : used) {
							if (!keyword.startsWith("=") && !keywords.contains(keyword)) {
								problems.add(fileName + ": " + key + " has the form \"" + keyword + "\", unknown in " + lang);
							}
						}
						if (!used.contains("other")) {
							problems.add(fileName + ": " + key + " lacks the \"other\" form");
						}
						for (long n : new long[] { 0, 1, 2, 5, 21, 1_000_000 }) {
							Object[] args = new Object[10];
							java.util.Arrays.fill(args, n);
							String shown = new MessageFormat(message, locale).format(args);
							if (shown.contains("{") || shown.contains("#")) {
								problems.add(fileName + ": " + key + " shows \"" + shown + "\" for " + n);
							}
						}
					}
					catch (IllegalArgumentException ex) {
						problems.add(fileName + ": " + key + " is not a valid ICU message: " + ex.getMessage());
					}
				}
			}
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void countsAgreeWithTheirNumberInEveryLanguage() throws IOException {
		Object[] oneDoneOneCancelled = { 1, 1, 0, 0, 1, 0 };
		assertThat(format("agreements", "es", "agreements.tally.counts", oneDoneOneCancelled))
			.startsWith("1 acuerdo:").contains("1 cumplido,").contains("1 cancelado;").contains("0 vencidos");
		assertThat(format("agreements", "pt", "agreements.tally.counts", oneDoneOneCancelled))
			.startsWith("1 acordo:").contains("1 cumprido,").contains("1 cancelado;");
		assertThat(format("agreements", "en", "agreements.tally.counts", oneDoneOneCancelled)).startsWith("1 agreement:");
		// French counts zero in the singular, unlike Spanish
		assertThat(format("agreements", "fr", "agreements.tally.counts", new Object[] { 2, 0, 0, 0, 1, 0 }))
			.startsWith("2 accords :").contains("0 réalisé,").contains("1 annulé");
		assertThat(format("agreements", "es", "agreements.tally.counts", new Object[] { 2, 0, 0, 0, 2, 0 }))
			.contains("0 cumplidos,").contains("2 cancelados;");
	}

	/**
	 * A refused field is named in its message ("«Título (español)»: …"): Spring hands the message the field's name as a
	 * code, so each validated field of every form needs its label in the bundles.
	 */
	/** The types whose text a form's binding can fail to read (a date, a time, a number typed by hand). */
	private static final Set<Class<?>> TYPED_VALUES = Set.of(java.time.LocalDate.class, java.time.LocalTime.class,
			java.time.LocalDateTime.class, java.time.YearMonth.class, Integer.class, int.class, Long.class, long.class,
			java.math.BigDecimal.class, Double.class, double.class);

	@Test
	void everyValidatedFieldHasALabelForItsMessages() throws IOException, ClassNotFoundException {
		Set<String> known = new TreeSet<>();
		try (Stream<Path> files = Files.list(BUNDLES)) {
			for (Path base : files.filter(p -> !p.getFileName().toString().contains("_")).toList()) {
				known.addAll(keys(base));
			}
		}
		List<String> problems = new ArrayList<>();
		Path classes = Path.of("target/classes");
		try (Stream<Path> files = Files.walk(classes.resolve("org/puente"))) {
			for (Path file : files.filter(p -> p.toString().endsWith("Form.class")).toList()) {
				String name = classes.relativize(file).toString().replace('/', '.').replace(".class", "");
				for (java.lang.reflect.Field field : Class.forName(name).getDeclaredFields()) {
					// a date, a time or a number typed wrong is refused by the binding, with the field's name too
					// ("« endsOn » : saisissez une date valide", walk 19): such fields need their label as well
					boolean validated = java.util.Arrays.stream(field.getAnnotations())
						.anyMatch(a -> a.annotationType().getPackageName().equals("jakarta.validation.constraints"))
							|| TYPED_VALUES.contains(field.getType()) && !field.getName().equals("version");
					// a multilingual field is refused on each translation's input: title.es, title.en…
					List<String> inputs = field.getType() == org.puente.i18n.MultilingualField.class
							? org.puente.i18n.Language.CODES.stream().map(l -> field.getName() + "." + l).toList()
							: List.of(field.getName());
					for (String input : inputs) {
						if (validated && !known.contains(input)) {
							problems.add(name + "." + input + " has no label");
						}
					}
				}
			}
		}
		assertThat(problems).isEmpty();
	}

	private static String format(String bundle, String lang, String key, Object[] args) throws IOException {
		Path file = BUNDLES.resolve(bundle + (lang.equals("es") ? "" : "_" + lang) + ".properties");
		return new MessageFormat(properties(file).getProperty(key), java.util.Locale.forLanguageTag(lang)).format(args);
	}

	private static Properties properties(Path file) throws IOException {
		Properties properties = new Properties();
		try (var reader = new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

	private static Set<String> keys(Path file) throws IOException {
		Properties properties = new Properties();
		try (var reader = new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return new TreeSet<>(properties.stringPropertyNames());
	}
}
