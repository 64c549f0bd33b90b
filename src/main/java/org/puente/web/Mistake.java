package org.puente.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;

/**
 * One mistake in what a client sent: where it is — a line of a file, a field of a form or a file's column, both or
 * neither — and why, as a sentence of the bundles whose key is {@code code}. A client that asks for JSON gets the
 * mistakes as the {@code errors} member of the problem report ({@link FormSubmission#refuse}): every list of
 * mistakes, a form's, a file's lines or a file's rows, has this one shape.
 */
public record Mistake(@Nullable Long line, @Nullable String field, String code, MessageSourceResolvable sentence) {

	/** A mistake in the field {@code field} (the name the client sent it under). */
	public static Mistake inField(String field, String key, Object... args) {
		return new Mistake(null, field, key, new DefaultMessageSourceResolvable(new String[] { key }, args, key));
	}

	/** A field the client left out ("version: this value is missing"), named as it is sent. */
	public static Mistake missing(String field) {
		return inField(field, "error.400.missing", field);
	}

	/** A mistake on a line of a file, in its column {@code column} when it names one. */
	public static Mistake onLine(long line, @Nullable String column, String key, Object... args) {
		return new Mistake(line, column, key, new DefaultMessageSourceResolvable(new String[] { key }, args, key));
	}

	/** A mistake of a bound form: its field, if any, and the validation's code and sentence. */
	static Mistake of(ObjectError error) {
		return new Mistake(null, error instanceof FieldError field ? field.getField() : null,
				String.valueOf(error.getCode()), error);
	}

	/** The keys of the sentences, as a page that lists the mistakes without their places takes them. */
	public static List<String> codes(List<Mistake> mistakes) {
		return mistakes.stream().map(Mistake::code).toList();
	}

	/** The mistake as the problem report lists it: line and field when it has them, code and sentence. */
	Map<String, Object> report(MessageSource messages, Locale locale) {
		Map<String, Object> mistake = new LinkedHashMap<>();
		if (line != null) {
			mistake.put("line", line);
		}
		if (field != null && !field.isEmpty()) {
			mistake.put("field", field);
		}
		mistake.put("code", code);
		mistake.put("message", messages.getMessage(sentence, locale));
		return mistake;
	}
}
