package org.puente.drafting;

/** What an amendment does to its paragraph. */
public enum AmendmentKind {

	/** a new paragraph after this one */
	INSERT_AFTER,
	/** the whole paragraph goes */
	DELETE,
	/** some words of the paragraph become others */
	REPLACE,
	/** no change to the text: a remark the compilation shows beside the paragraph */
	COMMENT;

	boolean changesText() {
		return this != COMMENT;
	}
}
