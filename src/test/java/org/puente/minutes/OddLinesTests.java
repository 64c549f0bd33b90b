package org.puente.minutes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Lines that text converted from Word or PDF files carries between paragraphs — emphasis marks alone, form feeds,
 * zero-width or non-breaking spaces — are not text: reading never fails on them (a line of emphasis marks alone, which
 * folds to nothing, once ended the reading of a converted Word file with an exception), and the items around them are
 * read.
 */
class OddLinesTests {

	@ParameterizedTest
	@ValueSource(strings = { "**", "****", "__", "\f", "\u200B", "\u00A0", "\u000B", "\u2028", "\u3000", "** **",
			"`", "``", "|", "||", "~~", "_ _" })
	void readsAroundALineThatHoldsNoText(String odd) {
		String text = "Ata da reunião\n\n" + odd + "\nDecisões\n\n" + odd + "\n1. Entregar o relatório até sexta-feira.\n"
				+ odd + "\n2. Marcar a próxima reunião.\n";
		assertThatCode(() -> TestFiles.readText(text, "pt")).doesNotThrowAnyException();
		assertThat(TestFiles.readText(text, "pt").items()).extracting(MinutesItem::text)
			.anySatisfy(item -> assertThat(item).startsWith("Entregar o relatório até sexta-feira."));
	}

	@Test
	void readsATextMadeOnlyOfOddLines() {
		assertThat(TestFiles.readText("**\n\f\n__\n\u200B\n", "es").items()).isEmpty();
	}
}
