package org.puente.glossary;

import java.util.Arrays;
import java.util.List;

import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.puente.i18n.MultilingualField;
import org.springframework.validation.Errors;

/** A term's labels and synonyms (one per line) in the four languages, and a note for terminologists. */
class TermForm {

	@Size(max = 200) private MultilingualField label = new MultilingualField();
	@Size(max = 2000) private MultilingualField synonyms = new MultilingualField();
	@Size(max = 4000) private @Nullable String note;
	private @Nullable Long version;

	static TermForm of(GlossaryTerm term) {
		TermForm form = new TermForm();
		form.label = MultilingualField.of(l -> term.label(l.code()));
		form.synonyms = MultilingualField.of(l -> String.join("\n", term.synonyms(l.code())));
		form.note = term.getNote();
		form.version = term.getVersion();
		return form;
	}

	void check(Errors errors) {
		if (label.isEmpty()) {
			errors.rejectValue("label.es", "glossary.form.labelRequired");
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

	public MultilingualField getLabel() { return label; }
	public void setLabel(MultilingualField v) { label = v; }
	public MultilingualField getSynonyms() { return synonyms; }
	public void setSynonyms(MultilingualField v) { synonyms = v; }
	public @Nullable String getNote() { return note; }
	public void setNote(@Nullable String v) { note = v; }
	public @Nullable Long getVersion() { return version; }
	public void setVersion(@Nullable Long v) { version = v; }
}
