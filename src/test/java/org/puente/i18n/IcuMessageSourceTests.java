package org.puente.i18n;

import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.DefaultMessageSourceResolvable;

import static org.assertj.core.api.Assertions.assertThat;

/** The application's messages are formatted by ICU: plural rules per language, dates in the reader's language. */
class IcuMessageSourceTests {

	private final IcuMessageSource messages = messages();

	private static IcuMessageSource messages() {
		IcuMessageSource source = new IcuMessageSource();
		source.setBasenames("i18n/messages", "i18n/agreements", "i18n/meetings");
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		return source;
	}

	@Test
	void countsAgreeWithTheirNumber() {
		Locale es = Locale.forLanguageTag("es");
		assertThat(messages.getMessage("meetings.subscription.daysBefore", new Object[] { 1 }, es)).isEqualTo("1 día antes");
		assertThat(messages.getMessage("meetings.subscription.daysBefore", new Object[] { 7 }, es)).isEqualTo("7 días antes");
		assertThat(messages.getMessage("agreements.tally.counts", new Object[] { 3, 1, 0, 1, 1, 0 }, es))
			.isEqualTo("3 acuerdos: 1 cumplido, 0 en curso, 1 pendiente, 1 cancelado; 0 vencidos.");
	}

	@Test
	void datesReadAsTheReaderWritesThem() {
		Object[] args = { LocalDate.of(2017, 6, 12), 4 };
		assertThat(messages.getMessage("agreements.mail.dueSoon.body", args, Locale.forLanguageTag("es")))
			.isEqualTo("El plazo de este acuerdo vence el 12 de junio de 2017 (en 4 días).");
		assertThat(messages.getMessage("agreements.mail.dueSoon.body", args, Locale.forLanguageTag("en")))
			.isEqualTo("This agreement is due on June 12, 2017 (in 4 days).");
	}

	@Test
	void validationMessagesNameTheFieldAndSayWhatIsWanted() {
		var field = new DefaultMessageSourceResolvable(new String[] { "form.titleEs", "titleEs" }, "titleEs");
		var size = new DefaultMessageSourceResolvable(new String[] { "Size.form.titleEs", "Size" },
				new Object[] { field, 500, 0 }, null);
		assertThat(messages.getMessage(size, Locale.forLanguageTag("es")))
			.isEqualTo("«Título (español)»: escriba como máximo 500 caracteres.");
		var required = new DefaultMessageSourceResolvable(new String[] { "NotBlank.form.titleEs", "NotBlank" },
				new Object[] { field }, null);
		assertThat(messages.getMessage(required, Locale.forLanguageTag("en"))).startsWith("“Title (Spanish)”: this is required");
	}

	@Test
	void aTextLookedUpAgainIsTheSameAndAMissingCodeStaysMissing() {
		Locale en = Locale.forLanguageTag("en");
		String first = messages.getMessage("agreements.mine.title", null, en);
		assertThat(messages.getMessage("agreements.mine.title", null, en)).isEqualTo(first).isNotBlank();
		assertThat(messages.getMessage("agreements.mine.title", null, Locale.forLanguageTag("es"))).isNotEqualTo(first);
		for (int i = 0; i < 2; i++) {
			assertThat(messages.getMessage("no.such.code", null, "fallback", en)).isEqualTo("fallback");
		}
	}
}
