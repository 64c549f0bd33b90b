package org.puente.documents;

import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.metadata.filter.MetadataFilter;

/**
 * Runs in a parser child, on what it is about to send back: the write limit counts characters of text only, so a
 * file of millions of empty paragraphs could still send a huge XHTML; this cuts it at a fixed size (set by the
 * parent with {@code -Dpuente.parser.max-chars}), so the parent never holds more than that per read.
 */
public final class ParserOutputCap extends MetadataFilter {

	static final String PROPERTY = "puente.parser.max-chars";

	static final String CUT = "puente:output-cut";

	@Override
	public void filter(Metadata metadata) {
		int max = Integer.getInteger(PROPERTY, 20_000_000);
		String content = metadata.get(TikaCoreProperties.TIKA_CONTENT);
		if (content != null && content.length() > max) {
			metadata.set(TikaCoreProperties.TIKA_CONTENT, content.substring(0, max));
			metadata.set(CUT, "true");
		}
	}
}
