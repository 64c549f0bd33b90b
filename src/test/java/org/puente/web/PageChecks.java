package org.puente.web;

import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * What {@link SiteCrawlTests} asks of every page in one language: it says its language in {@code <html lang>}, has
 * one {@code <h1>} and a title, and shows no unresolved message, no raw ICU pattern and no Spanish bundle text when
 * it is in another language.
 */
final class PageChecks {

	static final Pattern UNRESOLVED = Pattern.compile("\\?\\?[^?\\s]+\\?\\?");

	static final Pattern RAW_PATTERN = Pattern
		.compile("\\{\\d+\\}|\\{\\s*\\w+\\s*,\\s*(plural|select|selectordinal|number|date|time)\\b");

	/**
	 * Data that happens to equal a Spanish bundle value, shown as its author typed it (not a missing translation):
	 * a demo person's job title "Secretaría Técnica" in the directory.
	 */
	static final Map<String, String> DATA_AS_TYPED = Map.of("/directory/people", "Secretaría Técnica");

	private final String language;

	private final Map<String, String> spanishOnly;

	PageChecks(String language) throws Exception {
		this.language = language;
		this.spanishOnly = language.equals("es") ? Map.of() : spanishOnlyTexts(language);
	}

	/** The problems of the page at {@code url}, each said in a few words. */
	List<String> problems(String url, Document page) {
		List<String> problems = new ArrayList<>();
		String lang = page.selectFirst("html") == null ? "" : page.selectFirst("html").attr("lang");
		if (!language.equals(lang)) {
			problems.add("<html lang=\"" + lang + "\">");
		}
		int headings = page.select("h1").size();
		if (headings != 1) {
			problems.add(headings + " <h1> elements");
		}
		if (page.title().isBlank()) {
			problems.add("no <title>");
		}
		Set<String> reported = new HashSet<>();
		for (Element element : page.getAllElements()) {
			List<String> texts = new ArrayList<>();
			texts.add(element.ownText().trim());
			for (Attribute attribute : element.attributes()) {
				if (!attribute.getKey().equals("href") && !attribute.getKey().startsWith("data-hx")) {
					texts.add(attribute.getValue().trim());
				}
			}
			for (String text : texts) {
				if (text.isEmpty() || !reported.add(text)) {
					continue;
				}
				if (UNRESOLVED.matcher(text).find()) {
					problems.add("unresolved message: " + text);
				}
				else if (RAW_PATTERN.matcher(text).find()) {
					problems.add("raw message pattern: " + text);
				}
				else if (spanishOnly.containsKey(text) && !"es".equals(effectiveLanguage(element))
						&& DATA_AS_TYPED.entrySet().stream().noneMatch(data -> url.startsWith(data.getKey())
								&& data.getValue().equals(text))) {
					problems.add("Spanish text \"" + text + "\" (" + spanishOnly.get(text) + ")");
				}
			}
		}
		return problems;
	}

	private static String effectiveLanguage(Element element) {
		for (Element e = element; e != null; e = e.parent()) {
			if (e.hasAttr("lang")) {
				return e.attr("lang");
			}
		}
		return "";
	}

	/**
	 * Spanish bundle values that differ in the given language, keyed to one of their keys: found as the whole text
	 * of an element (or a label attribute) on a page in that language, they are an untranslated leftover. Values the
	 * language also uses for some key (a name, "Puente") and short or patterned ones are left out.
	 */
	static Map<String, String> spanishOnlyTexts(String language) throws Exception {
		Map<String, String> spanish = new HashMap<>();
		Set<String> translated = new HashSet<>();
		var resolver = new PathMatchingResourcePatternResolver();
		for (Resource base : resolver.getResources("classpath*:i18n/*.properties")) {
			String name = base.getFilename();
			if (name == null || name.matches(".*_[a-z]{2}\\.properties")) {
				continue;
			}
			Properties es = load(base);
			Properties other = load(base.createRelative(name.replace(".properties", "_" + language + ".properties")));
			for (String key : es.stringPropertyNames()) {
				String value = es.getProperty(key).trim();
				String theirs = other.getProperty(key);
				if (theirs != null && !theirs.trim().equals(value) && value.length() >= 4 && !value.contains("{")
						&& !value.contains("'")) {
					spanish.putIfAbsent(value, key);
				}
			}
			other.stringPropertyNames().forEach(key -> translated.add(other.getProperty(key).trim()));
		}
		spanish.keySet().removeAll(translated);
		return spanish;
	}

	private static Properties load(Resource resource) throws Exception {
		Properties properties = new Properties();
		if (resource.exists()) {
			try (Reader reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
				properties.load(reader);
			}
		}
		return properties;
	}
}
