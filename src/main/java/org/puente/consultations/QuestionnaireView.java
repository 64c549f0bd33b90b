package org.puente.consultations;

import java.util.List;

/** A questionnaire with its sections and their questions, in order, for the builder, the form and the exports. */
record QuestionnaireView(Questionnaire questionnaire, List<Section> sections) {

	/** A section and its questions. */
	record Section(QuestionnaireSection section, List<QuestionnaireQuestion> questions) {
	}

	public List<QuestionnaireQuestion> questions() {
		return sections.stream().flatMap(s -> s.questions().stream()).toList();
	}
}
