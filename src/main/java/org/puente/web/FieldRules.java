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

	private Rules read(Class<?> type, String field) {
		PropertyDescriptor property = validator.getConstraintsForClass(type).getConstraintsForProperty(field);
		if (property == null) {
			return Rules.NONE;
		}
		boolean required = false;
		Integer max = null;
		for (ConstraintDescriptor<?> constraint : property.getConstraintDescriptors()) {
			Object annotation = constraint.getAnnotation();
			if (annotation instanceof NotBlank || annotation instanceof NotEmpty
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
