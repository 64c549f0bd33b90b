package org.puente.agreements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.puente.minutes.ItemParty;
import org.puente.minutes.MinutesReading;
import org.puente.web.Mistake;

/** People named in the minutes who are not in the directory reach the review, and the reviewer keeps or changes them. */
class NamedPartiesTests {

	private static final PartyCatalogue parties = PartyCatalogue.fromClasspath(MinutesReading.withPackagedDirectory(null));

	@Test
	void anExtractedPersonReachesTheReviewAsANamedParty() {
		List<PartyReference> kept = PartyReference.of(List.of(new ItemParty("process:CRM", "CRM"),
				new ItemParty("text:Tomasz", "Tomasz"), new ItemParty("text:" + "x".repeat(70), "x".repeat(70))));
		assertThat(kept).extracting(PartyReference::id).containsExactly("process:CRM", "text:Tomasz");
	}

	@Test
	void theReviewerKeepsATickedPersonAndAddsOthersByName() {
		ReviewForms.Item form = new ReviewForms.Item("3", null, "Tomasz will send the draft.",
				List.of("text:Tomasz", "process:CRM"), " Ana Souza ; Luis,  ", List.of());
		List<Mistake> errors = new ArrayList<>();
		ReviewItem item = ItemCorrection.of("k", form, parties, errors, Locale.ENGLISH);
		assertThat(errors).isEmpty();
		assertThat(item.responsible()).extracting(PartyReference::id)
			.containsExactly("text:Tomasz", "process:CRM", "text:Ana Souza", "text:Luis");
		assertThat(item.responsible()).extracting(PartyReference::label).contains("Tomasz", "Ana Souza", "Luis");
	}

	@Test
	void aTypedNameTooLongToBeAPersonIsRefused() {
		ReviewForms.Item form = new ReviewForms.Item("1", null, "Something to do.", List.of(), "y".repeat(80),
				List.of());
		List<Mistake> errors = new ArrayList<>();
		ItemCorrection.of("k", form, parties, errors, Locale.ENGLISH);
		assertThat(errors).extracting(Mistake::field, Mistake::code)
			.containsExactly(tuple("responsible", "agreements.review.error.party"));
	}
}
