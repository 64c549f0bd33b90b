package org.puente.consultations;

import java.util.List;

/** A consultation with its sections and their questions, in order, for the builder, the form and the exports. */
record ConsultationView(Consultation consultation, List<Section> sections) {

	/** A section and its questions. */
	record Section(ConsultationSection section, List<ConsultationQuestion> questions) {
	}

	public List<ConsultationQuestion> questions() {
		return sections.stream().flatMap(s -> s.questions().stream()).toList();
	}
}
