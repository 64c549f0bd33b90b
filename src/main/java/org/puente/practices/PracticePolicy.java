package org.puente.practices;

import java.util.List;
import java.util.Optional;

import org.puente.accounts.AccountSummary;
import org.puente.accounts.Role;
import org.puente.directory.Directory;
import org.puente.refusal.RefusalKind;
import org.puente.refusal.RefusedException;

/**
 * Who may do what with good practices: a focal point writes those of their country, a secretariat those of its
 * conference and reviews them, an administrator does both; everyone reads the accepted ones.
 */
final class PracticePolicy {

	private PracticePolicy() {
	}

	/** Whether this person reviews practices (those of their conference, or every one for an administrator). */
	static boolean reviews(AccountSummary reader) {
		return reader.isAdmin() || reader.role() == Role.SECRETARIAT;
	}

	/** Whether this person writes the practices of their country: a focal point. */
	static boolean writesForCountry(AccountSummary reader) {
		return reader.role() == Role.FOCAL_POINT;
	}

	static boolean mayRead(Practice practice, Optional<AccountSummary> reader) {
		if (practice.getStatus() == PracticeStatus.ACCEPTED) {
			return true;
		}
		return reader.map(r -> mayWrite(practice.getProcess(), practice.getCountries(), r) || mayReview(practice, r))
			.orElse(false);
	}

	static boolean mayWrite(String process, List<String> countries, AccountSummary actor) {
		return switch (actor.role()) {
			case ADMIN -> true;
			case SECRETARIAT -> process.equals(actor.processCode());
			case FOCAL_POINT -> actor.countryIso2() != null && countries.contains(actor.countryIso2());
			case OBSERVER -> false;
		};
	}

	static boolean mayReview(Practice practice, AccountSummary actor) {
		return actor.isAdmin() || (actor.role() == Role.SECRETARIAT && practice.getProcess().equals(actor.processCode()));
	}

	static boolean mayEdit(Practice practice, AccountSummary actor) {
		return practice.getStatus().editable() && mayWrite(practice.getProcess(), practice.getCountries(), actor);
	}

	static void requireMayWrite(String process, List<String> countries, AccountSummary actor) {
		if (!mayWrite(process, countries, actor)) {
			throw new RefusedException(RefusalKind.FORBIDDEN,
					actor.role() == Role.FOCAL_POINT ? "practices.error.ownCountry" : "practices.error.forbidden");
		}
	}

	static void requireMayReview(Practice practice, AccountSummary actor) {
		if (!mayReview(practice, actor)) {
			throw new RefusedException(RefusalKind.FORBIDDEN, "practices.error.reviewForbidden");
		}
	}

	/** The countries this person may rank for: a focal point its own, a secretariat those of its conference. */
	static List<String> countriesToRank(AccountSummary actor, Directory directory) {
		return switch (actor.role()) {
			case FOCAL_POINT -> actor.countryIso2() == null || directory.processesOf(actor.countryIso2()).isEmpty()
					? List.of() : List.of(actor.countryIso2());
			case SECRETARIAT -> directory.allMemberStates()
				.stream()
				.filter(c -> directory.processesOf(c).contains(actor.processCode()))
				.toList();
			case ADMIN -> directory.allMemberStates();
			case OBSERVER -> List.of();
		};
	}
}
