package org.puente.agreements;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The review's sending addresses opened as pages: after a refused correction the address bar keeps the address the
 * form was sent to, and a reload, a bookmark or a copied link opens it. Each leads back to the review (at the item,
 * when it names one) instead of "method not allowed"; nothing is changed.
 */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'SECRETARIAT')")
class ReviewAddresses {

	@GetMapping({ "/agreements/reviews/{id}/items", "/agreements/reviews/{id}/{step:confirm|discard}",
			"/agreements/reviews/{id}/items/{key:[A-Za-z0-9]+}",
			"/agreements/reviews/{id}/items/{key:[A-Za-z0-9]+}/{step:merge|split|delete}",
			"/agreements/reviews/{id}/suggestions/{suggestion}/{step:add|dismiss}" })
	String backToTheReview(@PathVariable UUID id, @PathVariable(required = false) @Nullable String key) {
		return "redirect:" + (key == null ? of(id) : atItem(id, key));
	}

	/** The review's page. */
	static String of(UUID id) {
		return "/agreements/reviews/" + id;
	}

	/** The review's page at one of its agreements ({@code #item-i3}). */
	static String atItem(UUID id, String key) {
		return of(id) + "#item-" + key;
	}
}
