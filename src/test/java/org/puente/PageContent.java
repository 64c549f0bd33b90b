package org.puente;

import java.util.function.Function;

import org.hamcrest.Matcher;
import org.springframework.test.web.servlet.ResultMatcher;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

/**
 * What a MockMvc answer's body says: every one of some texts, or none of them. Each text is checked on its own, so a
 * failure names the text that is missing (or there).
 */
public final class PageContent {

	private PageContent() {
	}

	/** The body holds every one of these texts. */
	public static ResultMatcher holds(String... texts) {
		return each(texts, text -> containsString(text));
	}

	/** The body holds none of these texts. */
	public static ResultMatcher lacks(String... texts) {
		return each(texts, text -> not(containsString(text)));
	}

	private static ResultMatcher each(String[] texts, Function<String, Matcher<String>> matcher) {
		return result -> {
			for (String text : texts) {
				content().string(matcher.apply(text)).match(result);
			}
		};
	}
}
