package org.puente.experts;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The new-round form: a title, the sessions, the quota per session and conference, the last day. Bound through its
 * constructor; what was not sent reads as empty.
 */
record RoundForm(@NotBlank @Size(max = 300) String title, List<Integer> sessions, Integer quota, String deadline) {

	RoundForm {
		title = title == null ? "" : title;
		sessions = sessions == null ? List.of() : sessions;
		deadline = deadline == null ? "" : deadline;
		// an empty quota is out of range, and refused as such
		quota = quota == null ? 0 : quota;
	}

	/** An empty form, three nominations per session and conference. */
	static RoundForm blank() {
		return new RoundForm("", List.of(), 3, "");
	}
}
