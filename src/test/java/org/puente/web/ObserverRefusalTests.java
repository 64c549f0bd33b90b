package org.puente.web;

import org.junit.jupiter.api.Test;
import org.puente.PuenteTest;
import org.puente.WebTestSupport;

import static org.puente.PageContent.holds;
import static org.puente.PageContent.lacks;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A page refused to an observer says what an observer may do and where to read, in the observer's language
 * (walk-through of the evening #16: only "Votre compte n'est pas autorisé à faire cela"), truly: also what is reserved
 * to the conferences, not only what is public (walk-through of the night #16); other refusals do not.
 */
@PuenteTest
class ObserverRefusalTests extends WebTestSupport {

	@Test
	void anObserversRefusalSaysWhatObserversMayDoAndLinksWhereToRead() throws Exception {
		mvc.perform(get("/agreements/reviews").with(as("observer-oim")).header("Accept-Language", "fr"))
			.andExpect(status().isForbidden())
			.andExpect(holds("Accès refusé", "Un compte d’observateur lit ce qui est public et aussi les réunions et "
					+ "les documents réservés aux conférences"));
		mvc.perform(get("/agreements/reviews").with(as("fp-panama")).header("Accept-Language", "fr"))
			.andExpect(status().isForbidden())
			.andExpect(lacks("Un compte d’observateur"));
	}
}
