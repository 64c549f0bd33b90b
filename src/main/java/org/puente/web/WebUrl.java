package org.puente.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A link people will click: an absolute http or https address with a host, nothing else ({@code javascript:},
 * {@code data:}, {@code file:} and relative addresses are refused). Empty is allowed; add {@code @NotBlank} when
 * the link is required. The one rule for links, for forms, the API and imports alike.
 */
@Documented
@Constraint(validatedBy = WebUrl.Check.class)
@Target({ ElementType.FIELD, ElementType.TYPE_USE, ElementType.PARAMETER })
@Retention(RetentionPolicy.RUNTIME)
public @interface WebUrl {

	String message() default "must be an http or https address";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** The check itself, usable outside Bean Validation. */
	class Check implements ConstraintValidator<WebUrl, String> {

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			return value == null || value.isBlank() || isWebUrl(value);
		}

		public static boolean isWebUrl(String value) {
			String url = value.strip();
			if (url.length() > 2000 || url.chars().anyMatch(c -> c < 0x20 || c == 0x7f || Character.isWhitespace(c))) {
				return false;
			}
			try {
				URI uri = new URI(url);
				String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
				return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null
						&& !uri.getHost().isBlank();
			}
			catch (URISyntaxException ex) {
				return false;
			}
		}
	}
}
