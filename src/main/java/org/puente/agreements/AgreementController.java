package org.puente.agreements;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.puente.i18n.Language;
import org.puente.accounts.AccountSummary;
import org.puente.refusal.RefusalKind;
import org.puente.web.EditConflict;
import org.puente.web.FormSubmission;
import org.springframework.context.i18n.LocaleContextHolder;
import org.puente.refusal.NotFoundException;
import org.puente.refusal.RefusedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The follow-up: the board, "my actions", one agreement with its history, progress reports and following. */
@Controller
class AgreementController {

	/**
	 * Longest progress note: a paragraph or two, as the board and the mails show it; a longer report is a document to
	 * link (seen in the walk-through: 12,000 characters were stored and shown whole on the agreement's page).
	 */
	static final int MAX_NOTE = 5000;

	private final Agreements agreements;

	private final PartyCatalogue parties;

	private final MeetingProposals proposals;

	private final ReportConflicts conflicts;

	private final ActingPresidency presidency;

	AgreementController(Agreements agreements, PartyCatalogue parties, MeetingProposals proposals,
			ReportConflicts conflicts, ActingPresidency presidency) {
		this.presidency = presidency;
		this.conflicts = conflicts;
		this.proposals = proposals;
		this.agreements = agreements;
		this.parties = parties;
	}

	/** Agreements per page of the board: every agreement on one page grew with the register (perf21). */
	static final int BOARD_PAGE = 25;

	/** One URL, whole page or (for htmx) the results only, so the filters work with and without JavaScript. */
	@GetMapping("/agreements/board")
	String board(@RequestParam(required = false) @Nullable String process,
			@RequestParam(required = false) @Nullable AgreementStatus status,
			@RequestParam(required = false) @Nullable String responsible,
			@RequestParam(required = false) @Nullable String theme,
			@RequestParam(defaultValue = "false") boolean overdue, @RequestParam(defaultValue = "1") int page,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model, Locale locale) {
		AgreementBoard.Page shown = agreements.board(
				new Agreements.Filter(process, status, responsible, theme, null, overdue), page, BOARD_PAGE);
		model.addAttribute("agreements", shown.agreements());
		model.addAttribute("page", shown);
		model.addAttribute("tally", shown.tally());
		model.addAttribute("statuses", AgreementStatus.values());
		List<PartyCatalogue.Choice> choices = parties.choices(locale);
		AgreementBoard.Choices chosen = agreements.boardChoices(choices.stream().map(PartyCatalogue.Choice::id).toList());
		model.addAttribute("choices", choices.stream().filter(c -> chosen.responsible().contains(c.id())).toList());
		// each theme with the language it is written in (the minutes'): an option in Spanish on an English board is
		// read in Spanish (walk 10 #18, walk17 #12)
		model.addAttribute("themes", chosen.themes());
		model.addAttribute("f", new BoardFilter(process, status, responsible, theme, overdue));
		return htmx != null ? "agreements/board :: results" : "agreements/board";
	}

	/** The board's current filter, to keep the choices selected and to link its other pages. */
	record BoardFilter(@Nullable String process, @Nullable AgreementStatus status, @Nullable String responsible,
			@Nullable String theme, boolean overdue) {

		/** The board's page {@code number} (from 1) with this filter, the empty choices left out. */
		public String page(int number) {
			return "/agreements/board" + org.puente.web.ListDownloads.queryOf(java.util.Arrays.asList("process", process, "status", status,
					"responsible", responsible, "theme", theme, "overdue", overdue, "page", number));
		}
	}

	/** Lines of "my actions" per page: open ones first, so the first page holds what needs doing. */
	static final int MINE_PAGE = 100;

	@GetMapping("/agreements/mine")
	String mine(@RequestParam(defaultValue = "0") int page, Model model) {
		MyAgreements.Page mine = agreements.minePage(page, MINE_PAGE);
		model.addAttribute("open", mine.open());
		model.addAttribute("closed", mine.closed());
		model.addAttribute("page", mine);
		return "agreements/mine";
	}

	@GetMapping("/agreements/items/{id}")
	String detail(@PathVariable UUID id, Model model, Optional<AccountSummary> reader) {
		AgreementSummary agreement = agreements.find(id).orElseThrow(() -> new NotFoundException("agreements.notFound"));
		return showDetail(agreement, reader, model, null);
	}

	@PostMapping("/agreements/items/{id}/updates")
	String report(@PathVariable UUID id, @RequestParam long version, @RequestParam(defaultValue = "") String note,
			@RequestParam(required = false) @Nullable String evidenceUrl,
			@RequestParam(required = false) @Nullable AgreementStatus status,
			@RequestParam(required = false) @Nullable String noteLanguage, EditConflict.Answer answer, Model model,
			RedirectAttributes redirect, HttpServletResponse response, Optional<AccountSummary> reader,
			Locale locale) {
		AgreementSummary agreement = agreements.find(id).orElseThrow(() -> new NotFoundException("agreements.notFound"));
		String error = mistake(note, evidenceUrl, status, agreement.status());
		Typed typed = new Typed(note, evidenceUrl, status);
		String mistake = error;
		// a mistake is refused as a rule's refusal: the page again with 422, or the problem report for a script;
		// someone else's report meanwhile: their status beside the one chosen here (EditConflict), the note kept
		return FormSubmission.edit(response,
				new EditConflict.Edit<>(typed, version, answer, () -> conflicts.stored(id, typed),
						conflicts.fields(locale)),
				saving -> {
					// who may report first, as the API does: an observer's report with a mistake got 422 and the
					// agreement's page, which shows an observer no form and so no reason (walk of 5 December, evening)
					if (reader.map(r -> !agreements.mayReport(r, id)).orElse(true)) {
						throw new RefusedException(RefusalKind.FORBIDDEN, "agreements.update.forbidden");
					}
					if (mistake != null) {
						throw new RefusedException(RefusalKind.INVALID, mistake);
					}
					// the note is in the language of the page it was typed on (the form says which), else the request's
					agreements.report(id, saving.version(), note,
							Language.isCode(noteLanguage) ? noteLanguage : Language.of(locale).code(), evidenceUrl,
							saving.form().status());
					return FormSubmission.redirect(redirect, "agreements.update.success", "/agreements/items/" + id);
				}, refusal -> showTyped(id, typed, reader, model, refusal.messageKey()), (refusal, conflict) -> {
					model.addAttribute("conflict", conflict);
					return showTyped(id, typed, reader, model, refusal.messageKey());
				}, RefusalKind.FORBIDDEN);
	}

	/** What is wrong with a progress report, as the page and the API refuse it (422); {@code null}: nothing. */
	static @Nullable String mistake(String note, @Nullable String evidenceUrl, @Nullable AgreementStatus status,
			AgreementStatus current) {
		if (evidenceUrl != null && !evidenceUrl.isBlank() && !org.puente.web.WebUrl.Check.isWebUrl(evidenceUrl)) {
			return "agreements.update.badLink";
		}
		if (note.isBlank() && (status == null || status == current)) {
			return "agreements.update.empty";
		}
		return note.strip().length() > MAX_NOTE ? "agreements.update.tooLong" : null;
	}

	/** The agreement's page again, with the report refused for {@code error} and what the reporter typed. */
	private String showTyped(UUID id, Typed typed, Optional<AccountSummary> reader, Model model, String error) {
		model.addAttribute("typed", typed);
		return showDetail(agreements.find(id).orElseThrow(), reader, model, error);
	}

	/** What the reporter typed, kept when the report is refused. */
	record Typed(String note, @Nullable String evidenceUrl, @Nullable AgreementStatus status) {
	}

	@PostMapping("/agreements/items/{id}/follow")
	String follow(@PathVariable UUID id, @RequestParam(defaultValue = "true") boolean follow,
			RedirectAttributes redirect) {
		agreements.follow(id, follow);
		return FormSubmission.redirect(redirect, follow ? "agreements.follow.success" : "agreements.unfollow.success",
				"/agreements/items/" + id);
	}

	private String showDetail(AgreementSummary agreement, Optional<AccountSummary> reader, Model model,
			@Nullable String error) {
		model.addAttribute("a", agreement);
		model.addAttribute("proposals", reader.filter(AccountSummary::isSecretariatOrAdmin)
			.map(r -> proposals.of(agreement, LocaleContextHolder.getLocale()))
			.orElse(List.of()));
		model.addAttribute("statuses", AgreementStatus.values());
		// a presidency handed over since the meeting: who follows the agreement now, or who held it when it closed
		model.addAttribute("handovers", presidency.handovers(agreement));
		// the troika's countries, of today (or the closing day) and of the meeting's date
		model.addAttribute("troikas", presidency.troikas(agreement));
		model.addAttribute("error", error);
		reader.ifPresent(signedIn -> {
			model.addAttribute("mayReport", agreements.mayReport(signedIn, agreement.id()));
			model.addAttribute("follows", agreements.follows(signedIn.id(), agreement.id()));
		});
		if (!model.containsAttribute("typed")) {
			model.addAttribute("typed", new Typed("", null, agreement.status()));
		}
		return "agreements/detail";
	}
}
