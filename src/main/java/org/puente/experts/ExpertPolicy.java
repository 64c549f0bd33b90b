package org.puente.experts;

import java.util.Optional;
import java.util.function.Supplier;

import org.puente.accounts.AccountSummary;
import org.puente.accounts.Role;
import org.puente.refusal.RefusalKind;
import org.puente.refusal.RefusedException;

/**
 * Who may do what with the roster and the nominations: editors (administrators, secretariats, focal points) add
 * experts and edit the entries they created; the secretariat exports, erases, imports and opens rounds; a focal
 * point proposes for its own country, a secretariat for its own conference.
 */
final class ExpertPolicy {

	private ExpertPolicy() {
	}

	static boolean mayEdit(AccountSummary actor) {
		return actor.isAdmin() || actor.role() == Role.SECRETARIAT || actor.role() == Role.FOCAL_POINT;
	}

	static boolean isSecretariat(AccountSummary actor) {
		return actor.isAdmin() || actor.role() == Role.SECRETARIAT;
	}

	static boolean mayEditEntry(String createdBy, AccountSummary actor) {
		return isSecretariat(actor) || (actor.role() == Role.FOCAL_POINT && createdBy.equals(actor.username()));
	}

	/** Whether this person may propose, and for which conference and country they may. */
	static boolean mayPropose(AccountSummary actor) {
		return actor.isAdmin() || actor.role() == Role.SECRETARIAT
				|| (actor.role() == Role.FOCAL_POINT && actor.countryIso2() != null);
	}

	/**
	 * The presidency's focal point (the country holding it, asked only of a focal point), the conference's
	 * secretariat on its behalf, or an administrator approves a conference's list.
	 */
	static boolean mayApprove(String conference, Supplier<Optional<String>> presidency, AccountSummary actor) {
		if (actor.isAdmin() || (actor.role() == Role.SECRETARIAT && conference.equals(actor.processCode()))) {
			return true;
		}
		return actor.role() == Role.FOCAL_POINT && actor.countryIso2() != null
				&& presidency.get().filter(actor.countryIso2()::equals).isPresent();
	}

	static void requireEditor(AccountSummary actor) {
		if (!mayEdit(actor)) {
			throw new RefusedException(RefusalKind.FORBIDDEN, "experts.forbidden.edit");
		}
	}

	static void requireEditorOf(Expert expert, AccountSummary actor) {
		if (!mayEditEntry(expert.getCreatedBy(), actor)) {
			throw new RefusedException(RefusalKind.FORBIDDEN, "experts.forbidden.edit");
		}
	}

	static void requireSecretariat(AccountSummary actor) {
		if (!isSecretariat(actor)) {
			throw new RefusedException(RefusalKind.FORBIDDEN, "experts.forbidden.secretariat");
		}
	}

	static void requireProposer(AccountSummary actor, String conference, String country) {
		if (actor.isAdmin()) {
			return;
		}
		if (actor.role() == Role.SECRETARIAT && conference.equals(actor.processCode())) {
			return;
		}
		if (actor.role() == Role.FOCAL_POINT && country.equals(actor.countryIso2())) {
			return;
		}
		throw new RefusedException(RefusalKind.FORBIDDEN, "experts.forbidden.propose");
	}

	/** The conference's secretariat (or an administrator) decides on a nomination. */
	static boolean mayDecide(String conference, AccountSummary actor) {
		return actor.mayEditProcess(conference) && isSecretariat(actor);
	}

	/** The proposing country's focal point, or the conference's secretariat, withdraws a nominee. */
	static boolean mayWithdraw(String conference, String country, AccountSummary actor) {
		return actor.role() == Role.FOCAL_POINT && country.equals(actor.countryIso2()) || mayDecide(conference, actor);
	}

	/** The same answers for one person, for the pages ({@code access.mayDecide(c.conference)}). */
	record Of(AccountSummary actor) {

		public boolean mayDecide(String conference) {
			return ExpertPolicy.mayDecide(conference, actor);
		}

		public boolean mayWithdraw(String conference, String country) {
			return ExpertPolicy.mayWithdraw(conference, country, actor);
		}
	}

	static void requireDecider(Nomination n, AccountSummary actor) {
		if (!mayDecide(n.getConference(), actor)) {
			throw new RefusedException(RefusalKind.FORBIDDEN, "experts.forbidden.decide", n.getConference());
		}
	}

	static void requireWithdrawer(Nomination n, AccountSummary actor) {
		if (!mayWithdraw(n.getConference(), n.getCountryIso2(), actor)) {
			throw new RefusedException(RefusalKind.FORBIDDEN, "experts.forbidden.withdraw");
		}
	}
}
