package org.puente.minutes.dates;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

import org.jspecify.annotations.Nullable;

/** What a rule's resolver reads: the tokens its pattern matched (whole or by group) and the {@link Reading}. */
final class Match {

	private final Matcher matcher;

	final Reading reading;

	Match(Matcher matcher, Reading reading) {
		this.matcher = matcher;
		this.reading = reading;
	}

	int from() {
		return matcher.start();
	}

	int to() {
		return matcher.end();
	}

	int from(int group) {
		return group == 0 ? matcher.start() : matcher.start(group);
	}

	int to(int group) {
		return group == 0 ? matcher.end() : matcher.end(group);
	}

	boolean has(int group) {
		return matcher.group(group) != null;
	}

	Token token(int index) {
		return reading.tokens.get(index);
	}

	/** The token before the match, or null at the start of the text. */
	@Nullable Token before() {
		return from() > 0 ? token(from() - 1) : null;
	}

	/** The first token of one of these classes in the match (group 0) or in a group, or null. */
	@Nullable Token first(String classes) {
		return first(classes, 0);
	}

	@Nullable Token first(String classes, int group) {
		if (group > 0 && !has(group)) {
			return null;
		}
		for (int i = from(group); i < to(group); i++) {
			if (classes.indexOf(token(i).cls()) >= 0) {
				return token(i);
			}
		}
		return null;
	}

	@Nullable Token last(String classes) {
		for (int i = to() - 1; i >= from(); i--) {
			if (classes.indexOf(token(i).cls()) >= 0) {
				return token(i);
			}
		}
		return null;
	}

	List<Token> all(String classes, int group) {
		List<Token> found = new ArrayList<>();
		if (group > 0 && !has(group)) {
			return found;
		}
		for (int i = from(group); i < to(group); i++) {
			if (classes.indexOf(token(i).cls()) >= 0) {
				found.add(token(i));
			}
		}
		return found;
	}

	/** Written without spaces, as numeric dates are ("12/04/2025"), from the token after {@code from} to the end. */
	boolean tight(int from) {
		for (int i = from + 1; i < to(); i++) {
			if (!token(i).tight()) {
				return false;
			}
		}
		return true;
	}

	/** A day of the month, from digits or an ordinal ("14", "14th", "1er", "primero"), or -1. */
	static int dayOf(@Nullable Token token) {
		return token == null || token.value() < 1 || token.value() > 31 ? -1 : token.value();
	}
}
