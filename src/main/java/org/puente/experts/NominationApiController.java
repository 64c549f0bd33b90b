package org.puente.experts;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.puente.accounts.AccountSummary;
import org.puente.i18n.Language;
import org.puente.web.InvalidInput;
import org.puente.web.Paging;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DirectFieldBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The nomination rounds over HTTP, as their page has them for the signed-in: a secretariat opens a round (apitwins21),
 * a member state (its focal point) or a conference's secretariat proposes an expert, the conference's secretariat
 * agrees or declines, the proposer withdraws, each conference's presidency approves the joint list. The same checks
 * ({@link RoundForm#check}, {@link ProposalForm#check}) and rules ({@link Nominations}); each step
 * audited as on the page.
 */
@RestController
@PreAuthorize("isAuthenticated()")
@Tag(name = "Experts", description = "The roster of experts the CRM and the CSM propose as speakers")
class NominationApiController {

	private final Nominations nominations;

	NominationApiController(Nominations nominations) {
		this.nominations = nominations;
	}

	/** A decision on a proposal: AGREED or DECLINED, the reason (for a decline), the nomination's version read. */
	record Decision(@Schema(description = "AGREED or DECLINED") String outcome, @Nullable String reason,
			long version) {
	}

	/** A conference's approval of the joint list: CRM or CSM, and the round's version read. */
	record Approval(String conference, long version) {
	}

	/** A nomination as the round shows it, with its round. */
	record NominationJson(UUID roundId, RoundView.NominationView nomination) {
	}

	/** A nomination's own address: the nominate operation's Location (before apigaps20 it was the round's). */
	static URI address(UUID nominationId) {
		return URI.create("/api/v1/experts/nominations/" + nominationId);
	}

	@GetMapping("/api/v1/experts/rounds")
	@Operation(operationId = "listNominationRounds", summary = "The nomination rounds, as their page lists them")
	@ApiResponse(responseCode = "200", description = "One page of rounds; X-Total-Count and Link say the rest")
	ResponseEntity<List<RoundView.Summary>> rounds(@RequestParam(required = false) @Nullable String page,
			@RequestParam(required = false) @Nullable String size) {
		return Paging.of(page, size).answer(nominations.rounds());
	}

	@GetMapping("/api/v1/experts/rounds/{id}")
	@Operation(operationId = "getNominationRound", summary = "A round: per thematic session and conference its "
			+ "nominees with their state and version, the balance, the refusals kept, the approvals")
	@ApiResponse(responseCode = "200", description = "The round")
	@ApiResponse(responseCode = "404", description = "No such round")
	RoundView round(@PathVariable UUID id) {
		return nominations.view(id);
	}

	// focal points and observers open no round: 403 before the body's mistakes are listed
	@PostMapping("/api/v1/experts/rounds")
	@PreAuthorize("hasAnyRole('ADMIN', 'SECRETARIAT')")
	@Operation(operationId = "openNominationRound", summary = "Open a nomination round (the secretariats), as the "
			+ "rounds page's form", description = "JSON: title, sessions (the thematic sessions' numbers, 1 to 6), "
					+ "quota (nominations per session and conference, 1 to 20), deadline (the last day for proposals, "
					+ "yyyy-MM-dd, today or later). The title is taken as written in the request's language "
					+ "(Accept-Language), as the page takes it in the page's. Audited as on the page.")
	@ApiResponse(responseCode = "201", description = "Opened: the round; its address in Location "
			+ "(GET /api/v1/experts/rounds/{id}), where nominations are then proposed")
	@ApiResponse(responseCode = "403", description = "A focal point or an observer")
	@ApiResponse(responseCode = "422", description = "A missing title, sessions or deadline, a quota out of 1 to 20, "
			+ "a deadline unreadable or past, a session that does not exist; each mistake in errors")
	ResponseEntity<RoundView> open(@RequestBody RoundForm form, AccountSummary actor, Locale locale) {
		BindingResult errors = new DirectFieldBindingResult(form, "roundForm");
		form.check(errors, nominations.today());
		if (errors.hasErrors()) {
			throw new InvalidInput(errors);
		}
		UUID id = nominations.openRound(form.title(), Language.of(locale), form.sessions(), form.quota(),
				form.deadlineDate(), actor);
		return ResponseEntity.created(URI.create("/api/v1/experts/rounds/" + id)).body(nominations.view(id));
	}

	@GetMapping("/api/v1/experts/nominations/{nominationId}")
	@Operation(operationId = "getNomination", summary = "A nomination as its round shows it: the expert, the country, "
			+ "its state, reason and version, and its round's id", description = "Anyone signed in, as the round's page"
			+ " and GET /api/v1/experts/rounds/{id}. Its version is what a decision sends back.")
	@ApiResponse(responseCode = "200", description = "The nomination and its round's id")
	@ApiResponse(responseCode = "404", description = "No such nomination")
	NominationJson nomination(@PathVariable UUID nominationId) {
		return json(nominations.nomination(nominationId).getRoundId(), nominationId); // unknown: 404
	}

	// observers propose no one: 403 before the body's mistakes are listed, as on the page
	@PostMapping("/api/v1/experts/rounds/{id}/nominations")
	@PreAuthorize("hasAnyRole('ADMIN', 'SECRETARIAT', 'FOCAL_POINT')")
	@Operation(operationId = "nominateExpert", summary = "Propose an expert of the roster for a session of the round",
			description = "JSON: session, conference (CRM or CSM), country (ISO 3166-1 alpha-2), expertId. A focal "
					+ "point proposes for its own country, a secretariat for its own conference. A proposal refused "
					+ "for the deadline, the quota, the country's conference or the expert's consent is kept on the "
					+ "round (refusals). An expert proposed for a session they did not name is proposed, "
					+ "sessionsNamed saying so.")
	@ApiResponse(responseCode = "201", description = "Proposed: the nomination; its address in Location "
			+ "(GET /api/v1/experts/nominations/{nominationId}), its round's id in roundId")
	@ApiResponse(responseCode = "403", description = "An observer, or a country or conference not the caller's")
	@ApiResponse(responseCode = "404", description = "No such round")
	@ApiResponse(responseCode = "409", description = "The expert is already proposed for that session, or the list "
			+ "is being approved")
	@ApiResponse(responseCode = "422", description = "A missing field (each in errors), a session not in the round, "
			+ "an unknown expert or conference, past the deadline, the quota full, no consent")
	ResponseEntity<NominationJson> propose(@PathVariable UUID id, @RequestBody ProposalForm form,
			AccountSummary actor) {
		nominations.view(id); // an unknown round: 404 before the body's mistakes
		BindingResult errors = new DirectFieldBindingResult(form, "proposalForm");
		form.check(errors);
		if (errors.hasErrors()) {
			throw new InvalidInput(errors);
		}
		UUID nomination = nominations.propose(id, new Nominations.Proposal(form.session(), form.conference(),
				form.country(), form.expertId()), actor);
		return ResponseEntity.created(address(nomination)).body(json(id, nomination));
	}

	@PostMapping("/api/v1/experts/nominations/{nominationId}/decision")
	@Operation(operationId = "decideNomination", summary = "Agree to a proposal or decline it (the secretariat of "
			+ "the conference it is for); send the nomination's version")
	@ApiResponse(responseCode = "200", description = "Decided: the nomination")
	@ApiResponse(responseCode = "400", description = "An outcome other than AGREED or DECLINED")
	@ApiResponse(responseCode = "403", description = "Not the secretariat of the nomination's conference")
	@ApiResponse(responseCode = "404", description = "No such nomination")
	@ApiResponse(responseCode = "409", description = "Decided or changed since the version sent (currentVersion), or "
			+ "the list is being approved")
	@ApiResponse(responseCode = "422", description = "A reason longer than 1000 characters")
	NominationJson decide(@PathVariable UUID nominationId, @RequestBody Decision decision, AccountSummary actor) {
		UUID round = nominations.nomination(nominationId).getRoundId(); // 404 for an unknown one
		nominations.decide(nominationId, NominationRoundsController.outcome(decision.outcome()), decision.reason(),
				decision.version(), actor);
		return json(round, nominationId);
	}

	@PostMapping("/api/v1/experts/nominations/{nominationId}/withdraw")
	@Operation(operationId = "withdrawNomination", summary = "Withdraw a nominee, freeing a place in the quota (the "
			+ "proposing country's focal point, or the conference's secretariat)")
	@ApiResponse(responseCode = "200", description = "Withdrawn: the nomination")
	@ApiResponse(responseCode = "403", description = "Neither the proposing country nor the conference's secretariat")
	@ApiResponse(responseCode = "404", description = "No such nomination")
	@ApiResponse(responseCode = "409", description = "Already declined or withdrawn, or the list is being approved")
	NominationJson withdraw(@PathVariable UUID nominationId, AccountSummary actor) {
		UUID round = nominations.nomination(nominationId).getRoundId(); // 404 for an unknown one
		nominations.withdraw(nominationId, actor);
		return json(round, nominationId);
	}

	@PostMapping("/api/v1/experts/rounds/{id}/approve")
	@Operation(operationId = "approveNominationList", summary = "Approve a conference's joint list (its pro tempore "
			+ "presidency's focal point, or its secretariat on its behalf); send the round's version")
	@ApiResponse(responseCode = "200", description = "Approved: the round")
	@ApiResponse(responseCode = "403", description = "Neither the presidency nor the conference's secretariat")
	@ApiResponse(responseCode = "404", description = "No such round")
	@ApiResponse(responseCode = "409", description = "Proposals still undecided, none agreed, or the round changed "
			+ "since the version sent (currentVersion)")
	@ApiResponse(responseCode = "422", description = "An unknown conference")
	RoundView approve(@PathVariable UUID id, @RequestBody Approval approval, AccountSummary actor) {
		nominations.approve(id, approval.conference(), approval.version(), actor);
		return nominations.view(id);
	}

	private NominationJson json(UUID roundId, UUID nominationId) {
		return new NominationJson(roundId, nominations.view(roundId).sessions().stream()
			.flatMap(s -> s.conferences().stream()).flatMap(c -> c.nominations().stream())
			.filter(n -> n.id().equals(nominationId)).findFirst().orElseThrow());
	}
}
