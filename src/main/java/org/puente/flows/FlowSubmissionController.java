package org.puente.flows;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.puente.accounts.AccountSummary;
import org.puente.accounts.Accounts;
import org.puente.refusal.RefusalKind;
import org.puente.refusal.RefusedException;
import org.puente.web.FormSubmission;
import org.puente.web.Mistake;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The flows submission pages: a country's counts uploaded, checked with a preview, then committed. */
@Controller
class FlowSubmissionController {

	static final String SUBMIT = "flows/submit";

	/** The ids of the period's fields on the page. */
	private static final String START = "flow-start";

	private static final String END = "flow-end";

	record ProblemView(long line, String column, String message) {
	}

	private final FlowSubmissions submissions;

	private final MessageSource messages;

	private final Accounts accounts;

	FlowSubmissionController(FlowSubmissions submissions, MessageSource messages, Accounts accounts) {
		this.submissions = submissions;
		this.messages = messages;
		this.accounts = accounts;
	}

	@GetMapping("/flows/submit")
	@PreAuthorize("hasAnyRole('ADMIN', 'SECRETARIAT', 'FOCAL_POINT')")
	String submitForm(Model model, Optional<AccountSummary> reader) {
		AccountSummary actor = FlowPolicy.signedIn(reader);
		submitModel(model, actor, actor.countryIso2(), TypedDay.of(START, null), TypedDay.of(END, null));
		return SUBMIT;
	}

	private void submitModel(Model model, AccountSummary actor, @Nullable String country, TypedDay start,
			TypedDay end) {
		boolean any = actor.isSecretariatOrAdmin();
		model.addAttribute("countries", any ? FlowRoute.CHAIN
				: actor.countryIso2() == null ? List.of() : List.of(actor.countryIso2()));
		model.addAttribute("country", country == null ? "" : country);
		model.addAttribute("periodStart", start.typed() == null ? "" : start.typed());
		model.addAttribute("periodEnd", end.typed() == null ? "" : end.typed());
		model.addAttribute("startType", start.fieldType());
		model.addAttribute("endType", end.fieldType());
		List<FlowSubmissions.SubmissionSummary> history = submissions.history(any ? null : actor.countryIso2());
		model.addAttribute("history", history);
		// who sent each revision by the name people know them by (an account since removed: its user name)
		model.addAttribute("senders", history.stream().map(FlowSubmissions.SubmissionSummary::submittedBy).distinct()
			.collect(Collectors.toMap(u -> u, u -> accounts.byUsername(u).map(AccountSummary::displayName).orElse(u))));
		model.addAttribute("problems", List.of());
	}

	// the form's rule on its sending too, checked before the file is read: an observer was answered 403 with the form
	// again and "You do not represent PA" on the country, a form they may not use (walk 9, as walk 8 #6 for experts)
	@PostMapping("/flows/submit")
	@PreAuthorize("hasAnyRole('ADMIN', 'SECRETARIAT', 'FOCAL_POINT')")
	String upload(@RequestParam(required = false) @Nullable String country,
			@RequestParam(required = false) @Nullable String periodStart,
			@RequestParam(required = false) @Nullable String periodEnd,
			@RequestParam(required = false) @Nullable MultipartFile file, Model model, Locale locale,
			HttpServletResponse response, Optional<AccountSummary> reader) {
		AccountSummary actor = FlowPolicy.signedIn(reader);
		TypedDay startDay = TypedDay.of(START, periodStart);
		TypedDay endDay = TypedDay.of(END, periodEnd);
		submitModel(model, actor, country, startDay, endDay);
		return FormSubmission.act(response, () -> {
			if (country == null || !country.matches("[A-Z]{2}")) {
				throw new RefusedException(RefusalKind.MALFORMED, "flows.submit.noCountry");
			}
			FlowSubmissions.authorise(actor, country, locale);
			LocalDate start = startDay.day();
			LocalDate end = endDay.day();
			FlowSubmissions.checkPeriod(start, end);
			// no file chosen; a chosen file that is empty is read, and refused as having no rows (422)
			if (file == null || (file.isEmpty() && !StringUtils.hasText(file.getOriginalFilename()))) {
				throw new RefusedException(RefusalKind.MALFORMED, "flows.submit.noFile");
			}
			if (file.getSize() > FlowTemplate.MAX_BYTES) {
				throw new RefusedException(RefusalKind.TOO_LARGE, "flows.row.tooBig",
						file.getSize() / (1024 * 1024), FlowTemplate.MAX_BYTES / (1024 * 1024));
			}
			String name = file.getOriginalFilename() == null ? "upload" : file.getOriginalFilename();
			FlowSubmissions.Checked checked = submissions.check(bytes(file), name, country, start, end, actor);
			if (checked.parsed().ok()) {
				model.addAttribute("checked", checked);
				model.addAttribute("byOrigin", checked.parsed().rows().stream().collect(Collectors.groupingBy(
						FlowTemplate.Row::origin, java.util.TreeMap::new, Collectors.summingLong(FlowTemplate.Row::people))));
				model.addAttribute("sample", checked.parsed().rows().stream().limit(20).toList());
				return "flows/preview";
			}
			List<Mistake> mistakes = mistakes(checked.parsed());
			int count = checked.parsed().problemCount();
			return FormSubmission.refuse(response, mistakes, () -> problems(model, mistakes.stream()
				.map(m -> new ProblemView(m.line(), m.field(), messages.getMessage(m.sentence(), locale)))
				.toList(), count), "flows.submit.problems", count);
		}, refusal -> {
			String message = messages.getMessage(refusal, locale);
			String field = field(refusal, periodStart);
			if (field == null) {
				return problems(model, List.of(new ProblemView(0, "", message)), 1);
			}
			model.addAttribute("fieldError", new FieldMistake(field, message));
			return SUBMIT;
		});
	}

	/**
	 * The file's problems (the first {@link FlowTemplate#MAX_REPORTED}) as a script gets them in the problem report:
	 * each with its line, its column as the field, its code and its sentence.
	 */
	static List<Mistake> mistakes(FlowTemplate.Parsed parsed) {
		return parsed.problems().stream()
			.map(p -> Mistake.onLine(p.line(), p.column(), p.key(), p.arguments().toArray()))
			.toList();
	}

	/** A mistake in a field of the form (not in the file): said on the field whose id it names. */
	record FieldMistake(String field, String message) {
	}

	/**
	 * The field a refusal is about — the country, a day of the period (a day that is no date names its own), the file
	 * not chosen — or {@code null} for a refusal of the file itself, listed among its problems.
	 */
	private static @Nullable String field(org.puente.web.Refusal refusal, @Nullable String periodStart) {
		if (refusal.cause() instanceof TypedDay.NoDate noDate) {
			return noDate.field();
		}
		return switch (refusal.messageKey()) {
			case "flows.submit.noCountry", "flows.submit.notYourCountry" -> "flow-country";
			case "flows.submit.noPeriod" -> StringUtils.hasText(periodStart) ? END : START;
			case "flows.submit.badPeriod" -> END;
			case "flows.submit.overlap" -> START;
			case "flows.submit.noFile" -> "flow-file";
			default -> null;
		};
	}

	/**
	 * The form again with what is wrong, line by line (422); a refusal of the whole file is its one problem, with its
	 * kind's status (403 for another country, 413 for a file too large).
	 */
	private static String problems(Model model, List<ProblemView> problems, long count) {
		model.addAttribute("problems", problems);
		model.addAttribute("problemCount", count);
		return SUBMIT;
	}

	private static byte[] bytes(MultipartFile file) {
		try {
			return file.getBytes();
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	@PostMapping("/flows/submit/{id}/commit")
	@PreAuthorize("hasAnyRole('ADMIN', 'SECRETARIAT', 'FOCAL_POINT')")
	String commit(@PathVariable UUID id, Optional<AccountSummary> reader,
			RedirectAttributes redirect) {
		submissions.commit(id, FlowPolicy.signedIn(reader));
		// said on the page it lands on: the dashboard came with no word that anything was saved (walk 9)
		return FormSubmission.redirect(redirect, "flows.submit.committed", "/flows?committed");
	}
}
