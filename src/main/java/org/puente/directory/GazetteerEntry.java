package org.puente.directory;

import java.util.List;

/**
 * One name an entity goes by. An alias may stand for several entities ("ambas Conferencias" is the CRM and the CSM).
 *
 * @param alias the name as written, any case or accents
 * @param lang es, en, pt, fr, or * when the name is the same in every language
 * @param entityIds directory ids such as {@code process:CRM} or {@code country:PA}
 */
public record GazetteerEntry(String alias, String lang, List<String> entityIds) {

	public GazetteerEntry {
		entityIds = List.copyOf(entityIds);
	}
}
