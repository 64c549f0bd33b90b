package org.puente;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.BadSqlGrammarException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * Puts the demo accounts' languages back as {@code demo/accounts.csv} gives them after each test class. A page opened
 * with {@code ?lang=pt} remembers Portuguese on the signed-in account (LanguageSwitch), and every test class shares
 * one database: without this, a class that reads fp-panama's home in Portuguese left the next class's Spanish
 * assertions reading Portuguese, depending on the order the suite ran them in.
 */
public class DemoLanguagesRestored extends AbstractTestExecutionListener {

	private static final Map<String, String> LANGUAGES = demoLanguages();

	@Override
	public void afterTestClass(TestContext testContext) {
		if (!testContext.hasApplicationContext()) {
			return;
		}
		ApplicationContext context = testContext.getApplicationContext();
		if (context.getBeanNamesForType(JdbcTemplate.class).length == 0) {
			return;
		}
		JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
		try {
			LANGUAGES.forEach((username, language) -> jdbc.update(
					"update account set language = ? where username = ? and language is distinct from ?", language,
					username, language));
		}
		catch (BadSqlGrammarException noAccountTable) {
			// a context built on another schema (no accounts) has nothing to put back
		}
	}

	private static Map<String, String> demoLanguages() {
		Map<String, String> languages = new LinkedHashMap<>();
		try (Reader reader = new InputStreamReader(new ClassPathResource("demo/accounts.csv").getInputStream(),
				StandardCharsets.UTF_8)) {
			for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
				languages.put(row.get("username"), row.get("language"));
			}
		}
		catch (IOException e) {
			throw new IllegalStateException("demo/accounts.csv unreadable", e);
		}
		return languages;
	}
}
