package org.puente.practices;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A practice's words in one language: its title, summary, why it is a good practice and how it helps the PMM. */
@Embeddable
public record PracticeText(@Column(name = "title") String title, @Column(name = "summary") String summary,
		@Column(name = "why") String why, @Column(name = "how") String how) {

	/** Everything it says, as one text to search or compare. */
	String all() {
		return title + "\n" + summary + "\n" + why + "\n" + how;
	}
}
