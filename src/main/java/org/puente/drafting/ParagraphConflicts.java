package org.puente.drafting;

import java.util.Map;
import java.util.UUID;

import org.puente.audit.AuditTrail;
import org.puente.audit.AuditedEntity;
import org.puente.web.EditConflict;
import org.springframework.stereotype.Component;

/**
 * How a paragraph's master wording reads when two secretariats reworded it at once ({@link EditConflict}): the
 * wording as stored now with who saved it last. The text page's rewording form and the API's twin compare the same.
 */
@Component
class ParagraphConflicts {

	/** A paragraph's wording as the rewording form (or a script) sends it. */
	record Wording(String body) {
	}

	static final EditConflict.Fields<Wording> FIELDS = new EditConflict.Fields<>(
			Map.of("body", "drafting.paragraph.master"));

	private final ParagraphWriting writing;

	private final AuditTrail audit;

	ParagraphConflicts(ParagraphWriting writing, AuditTrail audit) {
		this.writing = writing;
		this.audit = audit;
	}

	/** A rewording typed from {@code version}: saved against it, or compared with the wording stored since. */
	EditConflict.Edit<Wording> edit(UUID paragraphId, String body, long version, EditConflict.Answer answer) {
		return new EditConflict.Edit<>(new Wording(body), version, answer, () -> stored(paragraphId), FIELDS);
	}

	private EditConflict.Stored<Wording> stored(UUID paragraphId) {
		DraftParagraph now = writing.paragraph(paragraphId);
		return audit.lastChange(AuditedEntity.PARAGRAPH, paragraphId,
				(by, at) -> new EditConflict.Stored<>(new Wording(now.getBody()), now.getVersion(), by, at));
	}
}
