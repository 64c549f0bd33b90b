package org.puente.consultations;

/** What a question asks for. A term definition becomes the country's definition in the glossary when submitted. */
enum QuestionKind {
	TERM_DEFINITION, FREE_TEXT, SINGLE_CHOICE, MULTIPLE_CHOICE, SCALE, FILE;

	public boolean isText() {
		return this == TERM_DEFINITION || this == FREE_TEXT;
	}

	public boolean hasOptions() {
		return this == SINGLE_CHOICE || this == MULTIPLE_CHOICE;
	}
}
