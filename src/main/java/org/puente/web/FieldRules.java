package org.puente.web;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.validation.metadata.PropertyDescriptor;
import org.jspecify.annotations.Nullable;
import org.puente.i18n.Language;
import org.springframework.stereotype.Component;

/**
 * What the server will check on a form field, read from the form's Bean Validation annotations, so that the page can
 * say it too ({@code required}, {@code maxlength}) and the two never disagree. Templates use it as
 * {@code @fieldRules.of(form, 'titleEs')}; the shared field fragments do so for every field.
 */
@Component("fieldRules")
public class FieldRules {

	/** The browser-side twin of a field's server rules; {@code maxLength} null when unlimited. */
	public record Rules(boolean required, @Nullable Integer maxLength) {

		static final Rules NONE = new Rules(false, null);
	}

	private final Validator validator;

	private final Map<String, Rules> cache = new ConcurrentHashMap<>();

	FieldRules(Validator validator) {
		this.validator = validator;
	}

	public Rules of(@Nullable Object form, String field) {
		if (form == null) {
			return Rules.NONE;
		}
		return cache.computeIfAbsent(form.getClass().getName() + "#" + field, k -> read(form.getClass(), field));
	}

	/** A field's rules; for one translation of a multilingual field ({@code title.es}), the rules of that input. */
	private Rules read(Class<?> type, String field) {
		int dot = field.indexOf('.');
		String name = dot < 0 ? field : field.substring(0, dot);
		@Nullable String translation = dot < 0 ? null : field.substring(dot + 1);
		PropertyDescriptor property = validator.getConstraintsForClass(type).getConstraintsForProperty(name);
		if (property == null) {
			return Rules.NONE;
		}
		boolean required = false;
		Integer max = null;
		for (ConstraintDescriptor<?> constraint : property.getConstraintDescriptors()) {
			Object annotation = constraint.getAnnotation();
			if (translation != null) {
				// MultilingualField: @NotBlank asks for the Spanish translation, @Size limits each one
				required |= annotation instanceof NotBlank && translation.equals(Language.ES.code());
			}
			else if (annotation instanceof NotBlank || annotation instanceof NotEmpty
					|| annotation instanceof NotNull && !(isSelectable(type, field))) {
				required = true;
			}
			if (annotation instanceof Size size && size.max() < Integer.MAX_VALUE) {
				max = size.max();
			}
		}
		return new Rules(required, max);
	}

	/** An enum or a boolean always has a value chosen in its list; "required" would only add noise. */
	private static boolean isSelectable(Class<?> type, String field) {
		try {
			Class<?> fieldType = type.getDeclaredField(field).getType();
			return fieldType.isEnum() || fieldType == boolean.class || fieldType == Boolean.class;
		}
		catch (NoSuchFieldException ex) {
			return false;
		}
	}
}
