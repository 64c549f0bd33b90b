package org.puente.web;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.puente.refusal.RefusalKind;
import org.puente.refusal.RefusedException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * How every form in Puente answers a submit: invalid → the same form again with 422; refused by a rule → the form
 * with the rule's status and sentence; someone else saved first → the form with 409. In each case what the person
 * typed is still in the form; only a successful save redirects. A client that asks for JSON gets the same status
 * with a problem report instead of the form.
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
		return handle(errors, response, () -> form, save);
	}

	/**
	 * The same for a form that stands on a page which must be prepared to be shown again.
	 *
	 * @param page prepares the page holding the form and returns its view name
	 */
	public static String handle(BindingResult errors, HttpServletResponse response, Supplier<String> page,
			Supplier<String> save) {
		return handle(errors, response, page, save, refusal -> page.get());
	}

	/**
	 * The same for a form whose page, once refused, depends on the refusal (the form on a paragraph reworded
	 * meanwhile, say): {@code refused} prepares it, the reason already among the form's errors.
	 */
	public static String handle(BindingResult errors, HttpServletResponse response, Supplier<String> page,
			Supplier<String> save, Function<Refusal, String> refused) {
		if (errors.hasErrors()) {
			if (askedForJson()) {
				throw new InvalidInput(errors);
			}
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return page.get();
		}
		return act(response, save, refusal -> {
			errors.reject(refusal.messageKey(), refusal.args(), refusal.messageKey());
			return refused.apply(refusal);
		});
	}

	/**
	 * How an action posted from a page without a bound form (a button, a note, a file) answers: done → the view
	 * {@code action} returns; refused by a rule, or overtaken by someone who saved first → the response gets the
	 * refusal's status ({@code BUSY} with Retry-After, as on the error page) and {@code refused} prepares the page
	 * again with the reason; a client that asks for JSON gets the problem report instead.
	 *
	 * @param passedOn kinds of refusal not shown on the page but answered by the error page ({@link ErrorPages}), as
	 *        for any other request — usually {@code FORBIDDEN}, when the page has no place to say it
	 */
	public static String act(HttpServletResponse response, Supplier<String> action, Function<Refusal, String> refused,
			RefusalKind... passedOn) {
		Refusal refusal;
		try {
			return action.get();
		}
		catch (RefusedException ex) {
			if (java.util.Arrays.asList(passedOn).contains(ex.kind()) || askedForJson()) {
				throw ex;
			}
			refusal = Refusal.of(ex);
		}
		catch (OptimisticLockingFailureException ex) {
			if (askedForJson()) {
				throw ex;
			}
			refusal = Refusal.overtaken();
		}
		response.setStatus(refusal.status().value());
		if (refusal.kind() == RefusalKind.BUSY) {
			ErrorPages.retryLater(response);
		}
		return refused.apply(refusal);
	}

	/**
	 * Mistakes found in what was sent that no bound form holds — a file's lines or rows, a page's own fields: a
	 * browser gets the page {@code page} prepares again, with 422; a client that asks for JSON the problem report
	 * whose sentence is {@code key} (with {@code args}) and whose {@code errors} member lists the mistakes.
	 */
	public static String refuse(HttpServletResponse response, List<Mistake> mistakes, Supplier<String> page,
			String key, Object... args) {
		if (askedForJson()) {
			throw new InvalidInput(mistakes, key, args);
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return page.get();
	}

	/**
	 * A refusal a page shows its own way (a conflict beside the other person's version): a browser gets the page
	 * {@code page} prepares, with the refusal's status; a client that asks for JSON the problem report.
	 */
	public static String refuse(HttpServletResponse response, RefusedException refusal, Supplier<String> page) {
		return act(response, () -> {
			throw refusal;
		}, ignored -> page.get());
	}

	/**
	 * A change to a stored record, answered as {@link #handle} does, except when someone else saved the record since
	 * the form was made: then {@link EditConflict} — the form again with 409, what was typed in its fields and the
	 * stored values beside them (model attribute {@code conflict}), or for a script a 409 problem report with the
	 * current version and values. A form sent again after that is merged field by field before {@code save}.
	 *
	 * @param save saves the form against the version given and returns the view to go to
	 */
	public static <F> String edit(BindingResult errors, HttpServletResponse response, Model model,
			Supplier<String> page, EditConflict.Edit<F> edit, Function<EditConflict.Saving<F>, String> save) {
		if (errors.hasErrors()) {
			return handle(errors, response, page, page);
		}
		return edit(response, edit, save, refusal -> {
			errors.reject(refusal.messageKey(), refusal.args(), refusal.messageKey());
			return page.get();
		}, (refusal, conflict) -> {
			errors.reject(refusal.messageKey(), refusal.args(), refusal.messageKey());
			model.addAttribute("conflict", conflict);
			return page.get();
		});
	}

	/**
	 * {@link #edit} for a form that shows its refusals its own way (the review page, one form per item): {@code refused}
	 * prepares the page for a refusal by a rule, {@code conflicted} for someone else's save, with the conflict to show
	 * beside what was typed; the status is set, and a script gets the problem report.
	 *
	 * @param passedOn kinds of refusal answered by the error page, as in {@link #act}
	 */
	public static <F> String edit(HttpServletResponse response, EditConflict.Edit<F> edit,
			Function<EditConflict.Saving<F>, String> save, Function<Refusal, String> refused,
			java.util.function.BiFunction<Refusal, EditConflict, String> conflicted, RefusalKind... passedOn) {
		EditConflict.Saving<F> saving = edit.saving();
		java.util.concurrent.atomic.AtomicReference<@Nullable EditConflict> overtaken = new java.util.concurrent.atomic.AtomicReference<>();
		return act(response, () -> {
			try {
				return save.apply(saving);
			}
			catch (RefusedException | OptimisticLockingFailureException ex) {
				EditConflict conflict = overtaken(edit, saving, ex);
				if (conflict != null && askedForJson()) {
					throw new ConflictingEdit(conflict,
							ex instanceof RefusedException rule ? rule.messageKey() : "error.conflict.message");
				}
				overtaken.set(conflict);
				throw ex;
			}
		}, refusal -> {
			EditConflict conflict = overtaken.get();
			return conflict == null ? refused.apply(refusal) : conflicted.apply(refusal, conflict);
		}, passedOn);
	}

	/**
	 * A script's change to a stored record (a JSON PUT), saved against the version it sent; when someone else saved
	 * the record since, the 409 problem report with the current version and values, as a form's script gets.
	 */
	public static <F, R> R change(EditConflict.Edit<F> edit, Function<EditConflict.Saving<F>, R> save) {
		EditConflict.Saving<F> saving = edit.saving();
		try {
			return save.apply(saving);
		}
		catch (RefusedException | OptimisticLockingFailureException ex) {
			EditConflict conflict = overtaken(edit, saving, ex);
			if (conflict != null) {
				throw new ConflictingEdit(conflict,
						ex instanceof RefusedException rule ? rule.messageKey() : "error.conflict.message");
			}
			throw ex;
		}
	}

	/** The conflict to show when {@code refusal} came from someone else's save since {@code saving}'s version. */
	private static <F> @Nullable EditConflict overtaken(EditConflict.Edit<F> edit, EditConflict.Saving<F> saving,
			RuntimeException refusal) {
		// refused by a rule (a duplicate code is a conflict too, with the record unchanged): not overtaken
		if (refusal instanceof RefusedException rule && rule.kind() != RefusalKind.CONFLICT) {
			return null;
		}
		EditConflict.Stored<F> now = edit.stored().get();
		return now.version() != saving.version()
				? EditConflict.between(edit.typed(), edit.startedFrom(), edit.answer(), now, edit.fields()) : null;
	}

	/** {@link #edit} for the usual save: on success the announcement {@code flash} on the page {@code save} returns. */
	public static <F> String edit(BindingResult errors, HttpServletResponse response, Model model,
			Supplier<String> page, RedirectAttributes redirect, String flash, EditConflict.Edit<F> edit,
			Function<EditConflict.Saving<F>, String> save) {
		return edit(errors, response, model, page, edit, saving -> redirect(redirect, flash, save.apply(saving)));
	}

	/**
	 * A client that asks for JSON (a script) gets the refusal as the problem report {@link ErrorPages} writes, with
	 * the same status and sentence, rather than the page a browser shows again.
	 */
	private static boolean askedForJson() {
		return org.springframework.web.context.request.RequestContextHolder
			.getRequestAttributes() instanceof org.springframework.web.context.request.ServletRequestAttributes servlet
				&& ErrorPages.wantsJson(servlet.getRequest());
	}

	/**
	 * {@link #handle} for the usual save: on success the announcement {@code flash} is shown on the page whose path
	 * {@code save} returns.
	 */
	public static String handle(BindingResult errors, HttpServletResponse response, String form,
			RedirectAttributes redirect, String flash, Supplier<String> save) {
		return handle(errors, response, () -> form, redirect, flash, save);
	}

	/** {@link #handle} for the usual save of a form that stands on a page prepared by {@code page}. */
	public static String handle(BindingResult errors, HttpServletResponse response, Supplier<String> page,
			RedirectAttributes redirect, String flash, Supplier<String> save) {
		return handle(errors, response, page, () -> redirect(redirect, flash, save.get()));
	}

	/**
	 * A refused form shown again from its sending address (the review's "/items/i3", say) stands, for the browser,
	 * at that address: a reload would ask to send the form again. The page names the address it belongs at
	 * ({@code data-address} on its body), and puente.js puts it in the address bar with {@code history.replaceState},
	 * which also makes a reload read that page instead of sending again. The refusal keeps its status (422, 409) and
	 * what was typed stays on the page — a redirect with flash attributes would lose the status, and keep the typed
	 * text in the stored session. Without script the old address stays, and opening it leads to the page.
	 *
	 * @param path the page's address, with the fragment to land on ("#item-i3")
	 */
	public static void shownAt(Model model, String path) {
		model.addAttribute("pageAddress", path);
	}

	/**
	 * The same for a change whose refusal is an exception answered by {@link ErrorPages} (a stale version, say): the
	 * error page is drawn in this request, so an attribute of the request names its address. Set before the change;
	 * a change that succeeds redirects and the attribute goes with the request.
	 *
	 * @param path the page's address, with the fragment to land on ("#item-i3")
	 */
	public static void shownAt(HttpServletRequest request, String path) {
		request.setAttribute("pageAddress", path);
	}

	/** The usual end of a change: the page at {@code path}, with the announcement {@code flash} shown on it. */
	public static String redirect(RedirectAttributes redirect, String flash, String path) {
		redirect.addFlashAttribute("flash", flash);
		return "redirect:" + path;
	}

	/**
	 * Shows a form as model attribute {@code form}: without an id the blank one, to create; with an id the stored
	 * record's, and the id as {@code idAttribute} (the page's heading and address depend on it).
	 */
	public static <K> String show(Model model, String form, String idAttribute, @Nullable K id, Supplier<?> blank,
			Function<K, ?> existing) {
		if (id == null) {
			model.addAttribute("form", blank.get());
			return form;
		}
		model.addAttribute("form", existing.apply(id));
		model.addAttribute(idAttribute, id);
		return form;
	}
}
