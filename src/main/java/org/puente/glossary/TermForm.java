package org.puente.glossary;

import java.util.Arrays;
import java.util.List;

import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.puente.i18n.Language;
import org.springframework.validation.Errors;

/** A term's labels and synonyms (one per line) in the four languages, and a note for terminologists. */
class TermForm {

	@Size(max = 200) private @Nullable String labelEs;
	@Size(max = 200) private @Nullable String labelEn;
	@Size(max = 200) private @Nullable String labelPt;
	@Size(max = 200) private @Nullable String labelFr;
	@Size(max = 2000) private String synonymsEs = "";
	@Size(max = 2000) private String synonymsEn = "";
	@Size(max = 2000) private String synonymsPt = "";
	@Size(max = 2000) private String synonymsFr = "";
	@Size(max = 4000) private @Nullable String note;
	private @Nullable Long version;

	static TermForm of(GlossaryTerm term) {
		TermForm form = new TermForm();
		form.labelEs = term.label("es");
		form.labelEn = term.label("en");
		form.labelPt = term.label("pt");
		form.labelFr = term.label("fr");
		form.synonymsEs = String.join("\n", term.synonyms("es"));
		form.synonymsEn = String.join("\n", term.synonyms("en"));
		form.synonymsPt = String.join("\n", term.synonyms("pt"));
		form.synonymsFr = String.join("\n", term.synonyms("fr"));
		form.note = term.getNote();
		form.version = term.getVersion();
		return form;
	}

	void check(Errors errors) {
		if (Language.CODES.stream().allMatch(l -> label(l) == null || label(l).isBlank())) {
			errors.rejectValue("labelEs", "glossary.form.labelRequired");
		}
	}

	@Nullable String label(String lang) {
		return switch (lang) {
			case "en" -> labelEn;
			case "pt" -> labelPt;
			case "fr" -> labelFr;
			default -> labelEs;
		};
	}

	List<String> synonyms(String lang) {
		String raw = switch (lang) {
			case "en" -> synonymsEn;
			case "pt" -> synonymsPt;
			case "fr" -> synonymsFr;
			default -> synonymsEs;
		};
		return Arrays.stream(raw.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
	}

	/** The first label given, for the URL name. */
	String firstLabel() {
		return Language.CODES.stream().map(this::label).filter(l -> l != null && !l.isBlank()).findFirst().orElse("");
	}

	public @Nullable String getLabelEs() { return labelEs; }
	public void setLabelEs(@Nullable String v) { labelEs = v; }
	public @Nullable String getLabelEn() { return labelEn; }
	public void setLabelEn(@Nullable String v) { labelEn = v; }
	public @Nullable String getLabelPt() { return labelPt; }
	public void setLabelPt(@Nullable String v) { labelPt = v; }
	public @Nullable String getLabelFr() { return labelFr; }
	public void setLabelFr(@Nullable String v) { labelFr = v; }
	public String getSynonymsEs() { return synonymsEs; }
	public void setSynonymsEs(String v) { synonymsEs = v == null ? "" : v; }
	public String getSynonymsEn() { return synonymsEn; }
	public void setSynonymsEn(String v) { synonymsEn = v == null ? "" : v; }
	public String getSynonymsPt() { return synonymsPt; }
	public void setSynonymsPt(String v) { synonymsPt = v == null ? "" : v; }
	public String getSynonymsFr() { return synonymsFr; }
	public void setSynonymsFr(String v) { synonymsFr = v == null ? "" : v; }
	public @Nullable String getNote() { return note; }
	public void setNote(@Nullable String v) { note = v; }
	public @Nullable Long getVersion() { return version; }
	public void setVersion(@Nullable Long v) { version = v; }
}
