package org.puente.glossary;

import java.util.Arrays;
import java.util.List;

import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.puente.i18n.MultilingualField;
import org.springframework.validation.Errors;

/**
 * A term's labels and synonyms (one per line) in the four languages, and a note for terminologists, bound through
 * its constructor.
 */
record TermForm(
		@Size(max = 200) MultilingualField label,
		@Size(max = 2000) MultilingualField synonyms,
		@Size(max = 4000) @Nullable String note,
		@Nullable Long version) {

	TermForm {
		label = label == null ? new MultilingualField() : label;
		synonyms = synonyms == null ? new MultilingualField() : synonyms;
	}

	/** A new term's form, empty. */
	static TermForm blank() {
		return new TermForm(new MultilingualField(), new MultilingualField(), null, null);
	}

	static TermForm of(GlossaryTerm term) {
		return new TermForm(MultilingualField.of(l -> term.label(l.code())),
				MultilingualField.of(l -> String.join("\n", term.synonyms(l.code()))), term.getNote(),
				term.getVersion());
	}

	void check(Errors errors) {
		if (label.isEmpty()) {
			errors.rejectValue("label", "glossary.form.labelRequired");
		}
	}

	String label(String lang) {
		return label.get(lang);
	}

	List<String> synonyms(String lang) {
		return Arrays.stream(synonyms.get(lang).split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
	}

	/** The first label given, for the URL name. */
	String firstLabel() {
		return label.written().values().stream().findFirst().orElse("");
	}
}
