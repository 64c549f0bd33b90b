package org.puente.directory;

import java.util.List;

/**
 * A name of the directory found in a text.
 *
 * @param start offset of the first character in the text
 * @param end offset just after the last character
 * @param text the words as written in the text
 * @param entityIds the entities the words stand for, more than one for a collective name
 */
public record GazetteerMatch(int start, int end, String text, List<String> entityIds) {

	public GazetteerMatch {
		entityIds = List.copyOf(entityIds);
	}
}
