package org.puente.agreements;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.puente.directory.Conference;
import org.puente.directory.Countries;
import org.puente.directory.Presidencies;
import org.puente.directory.RoleHolder;
import org.puente.directory.RoleKind;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a presidency takes on when it takes office (walk19 #7): the open agreements addressed to its conference's PPT
 * and troika, which it follows up ({@link ActingPresidency}), and the sentence that tells its focal points which
 * presidency their country holds or will hold — on their home, on the page of what it inherits, and in its notices.
 */
@Component
class PresidencyHandover {

	/** The page of what a conference's presidency inherits, for one conference ({@code ?process=}) or both. */
	static final String PAGE = "/agreements/presidency";

	/** A presidency a country holds ({@code inOffice}, since its first day) or is recorded to hold from its first day. */
	record Held(String conference, RoleHolder holding, boolean inOffice) {

		String href() {
			return PAGE + "?process=" + conference;
		}
	}

	private final Presidencies presidencies;

	private final Agreements agreements;

	private final MessageSource messages;

	PresidencyHandover(Presidencies presidencies, Agreements agreements, MessageSource messages) {
		this.presidencies = presidencies;
		this.agreements = agreements;
		this.messages = messages;
	}

	/** The presidencies the country holds today or is the next recorded to hold, conference by conference. */
	List<Held> heldBy(String iso2) {
		List<Held> found = new ArrayList<>();
		for (Conference conference : Conference.BOTH) {
			held(conference.name()).filter(h -> iso2.equals(h.holding().countryIso2())).ifPresent(found::add);
			next(conference.name()).filter(h -> iso2.equals(h.holding().countryIso2())).ifPresent(found::add);
		}
		return found;
	}

	/** The presidency in office on the conference's today. */
	Optional<Held> held(String conference) {
		return presidencies.holder(RoleKind.PRO_TEMPORE_PRESIDENCY, conference, presidencies.today(conference))
			.filter(h -> h.countryIso2() != null).map(h -> new Held(conference, h, true));
	}

	/** The presidency recorded to come next, after the conference's today. */
	Optional<Held> next(String conference) {
		return presidencies.next(RoleKind.PRO_TEMPORE_PRESIDENCY, conference, presidencies.today(conference))
			.filter(h -> h.countryIso2() != null).map(h -> new Held(conference, h, false));
	}

	/** "Panamá holds the CRM's pro tempore presidency from 1 January 2027" (or "since", in office), in {@code locale}. */
	String sentence(Held held, Locale locale) {
		String country = Countries.nameOf(held.holding().countryIso2(), locale);
		String conference = messages.getMessage("process." + held.conference(), null, locale);
		return messages.getMessage(held.inOffice() ? "agreements.presidency.since" : "agreements.presidency.from",
				new Object[] { country, conference, held.holding().startsOn() }, locale);
	}

	/** The open agreements addressed to the conference's PPT or troika: what its presidency follows up. */
	@Transactional(readOnly = true)
	List<AgreementSummary> inherited(String conference) {
		return agreements.list(Agreements.Filter.all()).stream()
			.filter(a -> a.status().isOpen() && (a.isResponsible(ActingPresidency.ROLE + conference)
					|| a.isResponsible(ActingPresidency.TROIKA + conference)))
			.toList();
	}
}
