package org.puente.glossary;

import java.util.LinkedHashMap;
import java.util.Map;

import org.puente.audit.AuditTrail;
import org.puente.audit.AuditedEntity;
import org.puente.i18n.Language;
import org.puente.web.EditConflict;
import org.springframework.stereotype.Component;

/**
 * How a term reads when two secretariats corrected it at once ({@link EditConflict}): the term as stored now with who
 * saved it last, compared language by language. The term form and the API's twin compare the same.
 */
@Component
class TermConflicts {

	/** A term's fields as a conflict compares and names them: each language of its label and synonyms, the note. */
	private static final EditConflict.Fields<TermForm> FIELDS = fields();

	private final Glossary glossary;

	private final AuditTrail audit;

	TermConflicts(Glossary glossary, AuditTrail audit) {
		this.glossary = glossary;
		this.audit = audit;
	}

	/** A correction typed from {@code version}: saved against it, or compared with the term stored since. */
	EditConflict.Edit<TermForm> edit(String slug, TermForm form, long version, EditConflict.Answer answer) {
		return new EditConflict.Edit<>(form, version, answer, () -> {
			GlossaryTerm now = glossary.term(slug);
			return audit.lastChange(AuditedEntity.TERM, now.getId(),
					(by, at) -> new EditConflict.Stored<>(TermForm.of(now), now.getVersion(), by, at));
		}, FIELDS);
	}

	private static EditConflict.Fields<TermForm> fields() {
		Map<String, String> fields = new LinkedHashMap<>();
		Language.CODES.forEach(code -> fields.put("label." + code, "glossary.conflict.label." + code));
		Language.CODES.forEach(code -> fields.put("synonyms." + code, "glossary.conflict.synonyms." + code));
		fields.put("note", "glossary.form.note");
		return new EditConflict.Fields<>(fields);
	}
}
