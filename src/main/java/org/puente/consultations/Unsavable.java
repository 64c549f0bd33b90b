package org.puente.consultations;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Why an answer as typed cannot be saved, found by one walk of the checks for the autosave and for the submit alike;
 * each says it in its own sentence: the autosave beside the field, the submit in its list of questions to fix.
 */
enum Unsavable {

	SCALE(Answering.SCALE_RANGE, Answering.SCALE_RANGE),

	TOO_LONG("consultations.answer.tooLong", "consultations.submit.tooLong"),

	CHOICE(Answering.UNKNOWN_CHOICE, Answering.UNKNOWN_CHOICE);

	final String autosaveKey;

	final String submitKey;

	Unsavable(String autosaveKey, String submitKey) {
		this.autosaveKey = autosaveKey;
		this.submitKey = submitKey;
	}

	/**
	 * The first check the answer fails, or null when it can be saved: a scale's value from 1 to
	 * {@value Answering#SCALE_MAX} ({@code onScale}, read by the caller from what it holds), a text of at most
	 * {@value Answering#MAX_TEXT} characters, and only the question's options (one, on a single choice).
	 */
	static @Nullable Unsavable of(ConsultationQuestion question, @Nullable String text, List<String> choices,
			boolean onScale) {
		if (!onScale) {
			return SCALE;
		}
		if (text != null && text.length() > Answering.MAX_TEXT) {
			return TOO_LONG;
		}
		boolean unknown = !question.getOptions().containsAll(choices)
				|| question.getKind() == QuestionKind.SINGLE_CHOICE && choices.size() > 1;
		return unknown ? CHOICE : null;
	}
}
