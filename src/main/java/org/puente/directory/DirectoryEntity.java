package org.puente.directory;

import java.util.Map;

/**
 * An actor of the directory with its display label per language.
 *
 * @param id for example {@code org:ST-CRM}
 * @param kind process, country, organisation, role or body
 * @param labels label by language code (es, en, pt, fr); a missing language falls back to Spanish
 */
public record DirectoryEntity(String id, String kind, Map<String, String> labels) {

	public DirectoryEntity {
		labels = Map.copyOf(labels);
	}
}
