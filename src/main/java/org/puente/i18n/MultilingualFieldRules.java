package org.puente.i18n;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.hibernate.validator.HibernateValidatorConfiguration;
import org.hibernate.validator.cfg.ConstraintMapping;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.validation.autoconfigure.ValidationConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Teaches Bean Validation the two rules a {@link MultilingualField} takes, so that forms write them as for any text:
 * {@code @Size(max = 300)} limits each translation, {@code @NotBlank} asks for the Spanish one (the default
 * language). Each refusal is reported on the translation's own input ({@code title.es}) with the usual
 * {@code Size} or {@code NotBlank} message, labelled by that input's name in the bundles.
 */
@Configuration(proxyBeanMethods = false)
class MultilingualFieldRules {

	@Bean
	ValidationConfigurationCustomizer multilingualFieldConstraints() {
		return configuration -> {
			if (configuration instanceof HibernateValidatorConfiguration hibernate) {
				ConstraintMapping mapping = hibernate.createConstraintMapping();
				mapping.constraintDefinition(Size.class).includeExistingValidators(true).validatedBy(EachSize.class);
				mapping.constraintDefinition(NotBlank.class).includeExistingValidators(true)
					.validatedBy(SpanishNotBlank.class);
				hibernate.addMapping(mapping);
			}
		};
	}

	/** {@code @Size}: every translation within the bounds. */
	static class EachSize implements ConstraintValidator<Size, MultilingualField> {

		private int min;

		private int max;

		@Override
		public void initialize(Size size) {
			this.min = size.min();
			this.max = size.max();
		}

		@Override
		public boolean isValid(@Nullable MultilingualField field, ConstraintValidatorContext context) {
			boolean valid = true;
			for (Language language : Language.values()) {
				int length = field == null ? min : field.get(language).length();
				if (length < min || length > max) {
					refuse(context, language);
					valid = false;
				}
			}
			return valid;
		}
	}

	/** {@code @NotBlank}: the Spanish translation is written. */
	static class SpanishNotBlank implements ConstraintValidator<NotBlank, MultilingualField> {

		@Override
		public boolean isValid(@Nullable MultilingualField field, ConstraintValidatorContext context) {
			if (field != null && !field.get(Language.ES).isBlank()) {
				return true;
			}
			refuse(context, Language.ES);
			return false;
		}
	}

	private static void refuse(ConstraintValidatorContext context, Language language) {
		context.disableDefaultConstraintViolation();
		context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
			.addPropertyNode(language.code())
			.addConstraintViolation();
	}
}
