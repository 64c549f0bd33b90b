package org.puente.minutes;

/**
 * Where an item's words sit in the text of the minutes, {@code end} exclusive; (-1, -1) when they cannot be found
 * (an item rewritten by a reviewer, a table row whose cells were joined).
 */
public record TextSpan(int start, int end) {

	public static final TextSpan NONE = new TextSpan(-1, -1);

	public boolean located() {
		return start >= 0;
	}
}
