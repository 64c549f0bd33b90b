package org.puente.minutes;

/**
 * An item the structure proposes, with where it is and how sure the scoring is.
 *
 * @param span its place in the text when the structure knows it, else {@link TextSpan#NONE} (located afterwards)
 */
record Candidate(Segment segment, TextSpan span, double confidence) {

	static Candidate of(Segment segment) {
		return new Candidate(segment, TextSpan.NONE, 1.0);
	}
}
