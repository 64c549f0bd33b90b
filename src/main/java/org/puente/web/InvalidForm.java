package org.puente.web;

import org.springframework.validation.BindingResult;

/**
 * A form with mistakes sent by a client that asks for JSON: {@link ErrorPages} answers it with a problem report
 * that lists each mistake (field, code, sentence) instead of the form shown again.
 */
final class InvalidForm extends RuntimeException {

	private final transient BindingResult errors;

	InvalidForm(BindingResult errors) {
		super(errors.getErrorCount() + " mistakes in " + errors.getObjectName());
		this.errors = errors;
	}

	BindingResult errors() {
		return errors;
	}
}
