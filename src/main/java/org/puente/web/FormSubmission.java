package org.puente.web;

import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletResponse;
import org.puente.refusal.RefusedException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.validation.BindingResult;

/**
 * How every form in Puente answers a submit: invalid → the same form again with 422; refused by a rule → the form
 * with the rule's status and sentence; someone else saved first → the form with 409. In each case what the person
 * typed is still in the form; only a successful save redirects.
 */
public final class FormSubmission {

	private FormSubmission() {
	}

	/**
	 * @param form the view name of the form, shown again on any refusal
	 * @param save performs the change and returns the view to go to (usually a redirect)
	 */
	public static String handle(BindingResult errors, HttpServletResponse response, String form,
			Supplier<String> save) {
		if (errors.hasErrors()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return form;
		}
		try {
			return save.get();
		}
		catch (RefusedException ex) {
			errors.reject(ex.messageKey(), ex.arguments(), ex.messageKey());
			response.setStatus(RefusalStatus.of(ex).value());
			return form;
		}
		catch (OptimisticLockingFailureException ex) {
			errors.reject("error.conflict.message");
			response.setStatus(HttpStatus.CONFLICT.value());
			return form;
		}
	}
}
