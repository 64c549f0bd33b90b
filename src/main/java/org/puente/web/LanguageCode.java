package org.puente.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import org.puente.i18n.Language;

/**
 * One of the languages Puente speaks ({@link Language}: es, en, pt, fr). Empty is allowed; add {@code @NotBlank}
 * when required. The one rule for a language field, for forms, the API and imports alike.
 */
@Documented
@Constraint(validatedBy = LanguageCode.Check.class)
@Target({ ElementType.FIELD, ElementType.TYPE_USE, ElementType.PARAMETER })
@Retention(RetentionPolicy.RUNTIME)
public @interface LanguageCode {

	String message() default "must be one of es, en, pt, fr";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** Whether the value is a comma-separated list of languages ("es,pt") rather than one. */
	boolean list() default false;

	/** The check itself. */
	class Check implements ConstraintValidator<LanguageCode, String> {

		private boolean list;

		@Override
		public void initialize(LanguageCode constraint) {
			this.list = constraint.list();
		}

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			if (value == null || value.isBlank()) {
				return true;
			}
			return list ? java.util.Arrays.stream(value.split(",", -1)).allMatch(Language::isCode)
					: Language.isCode(value);
		}
	}
}
