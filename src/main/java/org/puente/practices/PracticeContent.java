package org.puente.practices;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** Everything a country writes about a practice, checked (see {@link PracticeForm}) before it reaches the entity. */
record PracticeContent(List<String> countries, String originalLanguage, Map<String, PracticeText> texts,
		List<Integer> sessions, List<Integer> objectives, List<TargetGroup> targetGroups, int periodFrom,
		@Nullable Integer periodTo, @Nullable String results, @Nullable String contactName,
		@Nullable String contactEmail, List<UUID> documents) {
}
