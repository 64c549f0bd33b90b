package org.puente.agreements;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.puente.PuenteTest;
import org.puente.WebTestSupport;
import org.springframework.beans.factory.annotation.Autowired;

import static org.puente.PageContent.holds;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The review pages answer as the API does (walk of 5 December, minutes, "Left"): an unknown review is a 404 for
 * everyone, an observer included, before the rights; a review that exists is refused to an observer (403) and opened
 * for a secretariat.
 */
@PuenteTest
class ReviewPagesNotFoundFirstTests extends WebTestSupport {

	@Autowired
	private Reviews reviews;

	@Test
	void anUnknownReviewIsNotFoundForEveryoneAndAKnownOneIsRefusedToAnObserver() throws Exception {
		String unknown = "/agreements/reviews/" + UUID.randomUUID();
		for (String who : new String[] { "observer-oim", "st-crm" }) {
			mvc.perform(get(unknown).with(as(who)).header("Accept-Language", "fr"))
				.andExpect(status().isNotFound())
				.andExpect(holds("Cette révision n&#39;existe pas."));
			// a sending without its version: the unknown review first, not the missing parameter nor the rule
			mvc.perform(post(unknown + "/confirm").with(as(who)).with(csrf())).andExpect(status().isNotFound());
			mvc.perform(post(unknown + "/items").with(as(who)).with(csrf())).andExpect(status().isNotFound());
		}
		String known = "/agreements/reviews/" + reviews.confirmed().get(0).getId();
		mvc.perform(get(known).with(as("observer-oim"))).andExpect(status().isForbidden());
		mvc.perform(post(known + "/confirm").with(as("observer-oim")).with(csrf())).andExpect(status().isForbidden());
		mvc.perform(get(known).with(as("st-crm"))).andExpect(status().isOk());
	}
}
