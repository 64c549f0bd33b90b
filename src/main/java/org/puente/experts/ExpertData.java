package org.puente.experts;

import java.util.List;

/** What the roster holds about an expert, apart from consent: checked before it is saved. */
public record ExpertData(String fullName, String email, String affiliation, String country, List<String> languages,
		List<Integer> sessions, List<Integer> objectives, String bio, List<String> links, Gender gender,
		Region region) {
}
