package org.puente.drafting;

import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.puente.accounts.AccountSummary;
import org.puente.accounts.Role;
import org.puente.directory.Conference;
import org.puente.directory.Directory;
import org.puente.refusal.RefusalKind;
import org.puente.refusal.RefusedException;
import org.springframework.stereotype.Component;

/**
 * Who may do what with a text. The secretariats of the text's conferences manage it and decide on amendments; a
 * focal point speaks for its country, a secretariat for its conference; only member states of the CRM or the CSM
 * propose or support; observers read and discuss nothing.
 */
@Component
class DraftingPolicy {

	static final Set<String> CONFERENCES = Set.copyOf(Conference.codes(Conference.BOTH));

	private final Directory directory;

	DraftingPolicy(Directory directory) {
		this.directory = directory;
	}

	/** Whether the open rounds are listed on this person's home: secretariats', focal points' and administrators'. */
	static boolean followsRounds(AccountSummary reader) {
		return reader.role() == Role.SECRETARIAT || reader.role() == Role.FOCAL_POINT || reader.isAdmin();
	}

	/** Whether a text's open round is listed for this person: a secretariat follows its own conference's texts. */
	static boolean followsRoundOf(DraftText text, AccountSummary reader) {
		return reader.role() != Role.SECRETARIAT || text.getProcesses().contains(reader.processCode());
	}

	boolean mayManage(DraftText text, AccountSummary actor) {
		return actor.isAdmin() || (actor.role() == Role.SECRETARIAT
				&& (text.getProcesses().isEmpty() || text.getProcesses().contains(actor.processCode())));
	}

	void requireManager(DraftText text, AccountSummary actor) {
		if (!mayManage(text, actor)) {
			throw new RefusedException(RefusalKind.FORBIDDEN, "drafting.forbidden.manage");
		}
	}

	/** On whose behalf this person may propose: their country, their conference, or (an administrator) either conference. */
	List<String> proponentsFor(AccountSummary actor) {
		if (actor.isAdmin()) {
			return Conference.codes(Conference.BOTH);
		}
		if (actor.role() == Role.SECRETARIAT && actor.processCode() != null) {
			return List.of(actor.processCode());
		}
		if (actor.role() == Role.FOCAL_POINT && actor.countryIso2() != null && isMemberState(actor.countryIso2())) {
			return List.of(actor.countryIso2());
		}
		return List.of();
	}

	/** Checks that the person may speak for this proponent, and that the proponent is a member or a conference. */
	void requireProponent(@Nullable String proponent, AccountSummary actor) {
		List<String> mine = proponentsFor(actor);
		if (mine.isEmpty()) { // an observer speaks for nobody, whoever the body names (or none)
			throw new RefusedException(RefusalKind.FORBIDDEN, "drafting.proponent.forbidden");
		}
		if (proponent == null || proponent.isBlank()) { // naming nobody is not naming a non-member: say what is missing
			throw new RefusedException(RefusalKind.INVALID, "drafting.proponent.required");
		}
		if (!CONFERENCES.contains(proponent) && !isMemberState(proponent)) {
			throw new RefusedException(RefusalKind.INVALID, "drafting.proponent.notMember", proponent);
		}
		if (!mine.contains(proponent)) {
			throw new RefusedException(RefusalKind.FORBIDDEN, "drafting.proponent.forbidden");
		}
	}

	boolean maySupport(AccountSummary actor) {
		return actor.role() == Role.FOCAL_POINT && actor.countryIso2() != null && isMemberState(actor.countryIso2());
	}

	boolean mayDiscuss(AccountSummary actor) {
		return actor.role() != Role.OBSERVER;
	}

	boolean speaksFor(Amendment amendment, AccountSummary actor) {
		return actor.isAdmin() || proponentsFor(actor).contains(amendment.getProponent());
	}

	boolean isMemberState(String iso2) {
		return iso2.length() == 2 && !directory.processesOf(iso2).isEmpty();
	}
}
