package org.puente.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Locale;
import java.util.Set;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A country as an ISO 3166-1 alpha-2 code that exists (the JDK's list of assigned codes: "PA", "CL"; not "ZZ" or
 * "XX", which only look like codes). Empty is allowed; add {@code @NotBlank} when the country is required. The one
 * rule for country codes, for forms, the API and imports alike.
 */
@Documented
@Constraint(validatedBy = CountryCode.Check.class)
@Target({ ElementType.FIELD, ElementType.TYPE_USE, ElementType.PARAMETER })
@Retention(RetentionPolicy.RUNTIME)
public @interface CountryCode {

	String message() default "must be an assigned ISO 3166-1 alpha-2 country code";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** The check itself, usable outside Bean Validation. */
	class Check implements ConstraintValidator<CountryCode, String> {

		private static final Set<String> ASSIGNED = Set.of(Locale.getISOCountries());

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			return value == null || value.isBlank() || isCountryCode(value);
		}

		public static boolean isCountryCode(String value) {
			return ASSIGNED.contains(value.strip().toUpperCase(Locale.ROOT)) && value.strip().length() == 2;
		}
	}
}
