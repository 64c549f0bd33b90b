package org.puente.experts;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.puente.accounts.AccountSummary;
import org.puente.directory.Conference;
import org.puente.directory.Countries;
import org.puente.directory.Directory;
import org.puente.i18n.Language;
import org.puente.refusal.RefusalKind;
import org.puente.web.FormSubmission;
import org.puente.web.Refusal;
import org.puente.refusal.RefusedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The nomination pages: the rounds, a round with its nominees per session and conference, the balance shown while
 * choosing and the refusals; proposing, deciding, approving (the joint letter is {@link JointLetterController}'s).
 */
@Controller
@PreAuthorize("isAuthenticated()")
class NominationRoundsController {

	static final String ROUND = "experts/round";

	static final String ROUNDS = "experts/rounds";

	private final Nominations nominations;

	private final Directory directory;

	private final ExpertReference areas;

	private final Countries countries;

	NominationRoundsController(Nominations nominations, Directory directory, ExpertReference areas,
			Countries countries) {
		this.nominations = nominations;
		this.directory = directory;
		this.areas = areas;
		this.countries = countries;
	}

	@GetMapping("/experts/rounds")
	String rounds(Model model, AccountSummary actor) {
		model.addAttribute("roundForm", RoundForm.blank());
		return showRounds(model, actor);
	}

	private String showRounds(Model model, AccountSummary actor) {
		model.addAttribute("rounds", nominations.rounds());
		model.addAttribute("mayOpen", ExpertPolicy.isSecretariat(actor));
		model.addAttribute("sessionNumbers", areas.sessions());
		return ROUNDS;
	}

	@PostMapping("/experts/rounds")
	String open(@ModelAttribute("roundForm") RoundForm form, BindingResult errors, HttpServletResponse response,
			Model model, RedirectAttributes redirect, AccountSummary actor, Locale locale) {
		form.check(errors, nominations.today());
		showRounds(model, actor);
		return FormSubmission.handle(errors, response, ROUNDS, () -> {
			UUID id = nominations.openRound(form.title(), Language.of(locale), form.sessions(),
					form.quota(), form.deadlineDate(), actor);
			return FormSubmission.redirect(redirect, "experts.round.opened", "/experts/rounds/" + id);
		});
	}

	@GetMapping("/experts/rounds/{id}")
	String round(@PathVariable UUID id, Model model, Locale locale, AccountSummary actor) {
		String country = "";
		String conference = "";
		if (actor.isFocalPoint() && actor.countryIso2() != null) {
			country = actor.countryIso2();
			conference = directory.processesOf(country).stream().findFirst().orElse("");
		}
		else if (actor.processCode() != null) {
			conference = actor.processCode();
		}
		model.addAttribute("proposalForm", new ProposalForm(null, conference, country, null));
		return page(id, model, actor, locale);
	}

	private String page(UUID id, Model model, AccountSummary actor, Locale locale) {
		RoundView round = nominations.view(id);
		model.addAttribute("round", round);
		model.addAttribute("mayPropose", ExpertPolicy.mayPropose(actor) && !round.approvalStarted());
		model.addAttribute("maySign", Nominations.CONFERENCES.stream()
			.filter(c -> nominations.mayApprove(c, round.deadline(), actor)).toList());
		model.addAttribute("actor", actor);
		model.addAttribute("access", new ExpertPolicy.Of(actor));
		model.addAttribute("consented", nominations.nominable());
		model.addAttribute("proposingCountries", proposingCountries(actor, locale));
		model.addAttribute("conferences", proposingConferences(actor));
		model.addAttribute("pptCrm", nominations.presidency(Conference.CRM.name(), round.deadline()).orElse(""));
		model.addAttribute("pptCsm", nominations.presidency(Conference.CSM.name(), round.deadline()).orElse(""));
		return ROUND;
	}

	/**
	 * The conferences this person may propose on behalf of: their country's for a focal point (Chile's was offered the
	 * CRM too, and a proposal for it was always refused — walk of 5 December, night), both for a secretariat.
	 */
	private List<String> proposingConferences(AccountSummary actor) {
		if (actor.isFocalPoint() && actor.countryIso2() != null) {
			List<String> own = directory.processesOf(actor.countryIso2());
			return Nominations.CONFERENCES.stream().filter(own::contains).toList();
		}
		return Nominations.CONFERENCES;
	}

	/** The countries this person may propose for: their own, or every member state for a secretariat. */
	private List<String> proposingCountries(AccountSummary actor, Locale locale) {
		if (actor.isFocalPoint()) {
			return actor.countryIso2() == null ? List.of() : List.of(actor.countryIso2());
		}
		return countries.sortedByName(directory.allMemberStates(), locale);
	}

	// observers propose no one: 403 before the form's mistakes are listed (walk 8: 422 and the form again)
	@PostMapping("/experts/rounds/{id}/nominations")
	@PreAuthorize("hasAnyRole('ADMIN', 'SECRETARIAT', 'FOCAL_POINT')")
	String propose(@PathVariable UUID id, @ModelAttribute("proposalForm") ProposalForm form, BindingResult errors,
			HttpServletResponse response, Model model, Locale locale, RedirectAttributes redirect,
			AccountSummary actor) {
		form.check(errors);
		String view = FormSubmission.handle(errors, response, ROUND, () -> {
			nominations.propose(id, new Nominations.Proposal(form.session(), form.conference(),
					form.country(), form.expertId()), actor);
			// proposed for a session the expert did not name: recorded, and said (the round shows it to the ST too)
			boolean outside = nominations.nominable().stream().filter(e -> e.id().equals(form.expertId()))
				.anyMatch(e -> Nomination.outside(e.data().sessions(), form.session()));
			return FormSubmission.redirect(redirect,
					outside ? "experts.nomination.proposedOutside" : "experts.nomination.proposed",
					"/experts/rounds/" + id + "#session-" + form.session());
		});
		if (ROUND.equals(view)) {
			page(id, model, actor, locale);
		}
		return view;
	}

	/** A decision's outcome as sent (AGREED or DECLINED); anything else is a 400. */
	static NominationStatus outcome(String outcome) {
		try {
			return NominationStatus.valueOf(outcome);
		}
		catch (IllegalArgumentException ex) {
			throw new RefusedException(RefusalKind.MALFORMED, "experts.decide.outcome");
		}
	}

	/** A decision refused: on which nomination, why, and the reason typed for it (shown again, not saved). */
	record RefusedDecision(UUID nominationId, Refusal refusal, @Nullable String reason) {
	}

	@PostMapping("/experts/nominations/{nominationId}/decision")
	String decide(@PathVariable UUID nominationId, @RequestParam UUID roundId, @RequestParam String outcome,
			@RequestParam(required = false) @Nullable String reason, @RequestParam long version, Model model,
			Locale locale, HttpServletResponse response, RedirectAttributes redirect, AccountSummary actor) {
		NominationStatus status = outcome(outcome);
		// overtaken by another decision, or a reason too long: the round again, with the sentence and the reason typed
		return FormSubmission.act(response, () -> {
			nominations.decide(nominationId, status, reason, version, actor);
			return FormSubmission.redirect(redirect, "experts.nomination.decided." + status,
					"/experts/rounds/" + roundId);
		}, refusal -> {
			model.addAttribute("refusedDecision", new RefusedDecision(nominationId, refusal, reason));
			model.addAttribute("proposalForm", new ProposalForm(null, "", "", null));
			return page(roundId, model, actor, locale);
		}, RefusalKind.FORBIDDEN);
	}

	@PostMapping("/experts/nominations/{nominationId}/withdraw")
	String withdraw(@PathVariable UUID nominationId, @RequestParam UUID roundId, RedirectAttributes redirect,
			AccountSummary actor) {
		nominations.withdraw(nominationId, actor);
		return FormSubmission.redirect(redirect, "experts.nomination.withdrawn", "/experts/rounds/" + roundId);
	}

	@PostMapping("/experts/rounds/{id}/approve")
	String approve(@PathVariable UUID id, @RequestParam String conference, @RequestParam long version,
			RedirectAttributes redirect, AccountSummary actor) {
		nominations.approve(id, conference, version, actor);
		return FormSubmission.redirect(redirect, "experts.round.approvedBy", "/experts/rounds/" + id);
	}

}
