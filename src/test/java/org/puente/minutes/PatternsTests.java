package org.puente.minutes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The patterns compiled to try only where a match can begin ({@link Patterns}) find exactly what the expression finds,
 * at the same places with the same groups; where the places cannot be told, the expression is compiled as it is.
 */
class PatternsTests {

	private static final List<String> TEXTS = List.of("se acordo enviar el acta. Decidimos: Ana will send it",
			"- Ana, will you? maybe; is it decided", "Is this decided? is it", "**Calum:** Populate the board",
			"aaab b ab aab, x", "acordamos", "", "  → ver", "decididos y acordados a las 10:30 del 1/2/2025",
			"Pablo enviará el acta. La comisión aprobó.", "mandat: foo_bar a-b willing will");

	@Test
	void triesWordsOnlyWhereTheyBeginAndFindsTheSame() {
		String regex = "\\b(?:acord\\p{L}*|decid\\p{L}*|will)\\b";
		assertThat(Patterns.lookahead(regex)).isEqualTo("\\b(?=[\\x{61}\\x{64}\\x{77}])");
		assertSameFinds(regex);
	}

	@Test
	void readsAnchorsClassesEscapesAndQuantifiers() {
		// "^" anchors one alternative: the match may begin at the start whatever the character
		String anchored = "(?:^|[,;:]\\s*)(?!It\\b)[\\p{Lu}][\\p{L}]+\\s+will|\\bser(?:a|ont)\\b";
		assertThat(Patterns.lookahead(anchored)).isEqualTo("(?:^|(?=[\\x{2c}\\x{3a}\\x{3b}\\x{73}]))");
		assertSameFinds(anchored);
		// a boundary in one alternative only is not checked first
		String partly = "\\b(?:maybe|might)\\b|^(?:is|are)\\b(?:[^.?]{0,200}\\?)?";
		assertThat(Patterns.lookahead(partly)).isEqualTo("(?:^|(?=[\\x{6d}]))");
		assertSameFinds(partly);
		assertThat(Patterns.lookahead("[-*•]\\s+\\p{L}")).isEqualTo("(?=[\\x{2a}\\x{2d}\\x{2022}])");
		assertThat(Patterns.lookahead("a{0,2}b|\\d{2}[/.]")).isEqualTo("(?=[\\x{30}\\x{31}\\x{32}\\x{33}\\x{34}\\x{35}"
				+ "\\x{36}\\x{37}\\x{38}\\x{39}\\x{61}\\x{62}])");
		assertThat(Patterns.lookahead("a{2}b")).isEqualTo("(?=[\\x{61}])");
		assertThat(Patterns.lookahead("(?<name>x)|(?<=\\s)y")).isEqualTo("(?=[\\x{78}\\x{79}])");
		for (String regex : List.of("a{0,2}b|\\d{2}[/.]", "(?<name>a+)|(?<=\\s)b", "[-*•]\\s+\\p{L}", "\\b\\p{Ll}+ara\\b")) {
			assertSameFinds(regex);
		}
	}

	@Test
	void compilesAsItIsWhatItCannotTell() {
		// any letter may open it, it may match nothing, or it is read case-insensitively or with back-references
		for (String regex : List.of("\\b\\p{L}{3,}(?:ara|era)\\b", "(?:foo)?", "a*", ".x", "[^a]b", "(\\w)\\1", "(?i)ab",
				"\\Qa\\E")) {
			assertThat(Patterns.compile(regex).pattern()).as(regex).isEqualTo(regex);
			assertSameFinds(regex);
		}
		assertThat(Patterns.compile("ab", Pattern.CASE_INSENSITIVE).pattern()).isEqualTo("ab");
	}

	private static void assertSameFinds(String regex) {
		for (String text : TEXTS) {
			assertThat(finds(Patterns.compile(regex), text)).as(regex + " in " + text)
				.isEqualTo(finds(Pattern.compile(regex), text));
		}
	}

	/** Every match's start and end and its groups', in order. */
	private static List<Integer> finds(Pattern pattern, String text) {
		List<Integer> found = new ArrayList<>();
		Matcher m = pattern.matcher(text);
		while (m.find()) {
			for (int g = 0; g <= m.groupCount(); g++) {
				found.add(m.start(g));
				found.add(m.end(g));
			}
		}
		return found;
	}
}
