package org.puente.practices;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.puente.accounts.AccountSummary;
import org.puente.audit.AuditTrail;
import org.puente.audit.AuditedEntity;
import org.puente.directory.Countries;
import org.puente.refusal.RefusalKind;
import org.puente.refusal.RefusedException;
import org.puente.web.EditConflict;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.validation.BeanPropertyBindingResult;

/**
 * How a practice's form reads when two people changed the practice at once ({@link EditConflict}): the practice as
 * stored now with who saved it last, and each field by its label (a text per language: "Title — Spanish").
 */
@Component
class PracticeConflicts {

	/** The edited fields in the form's order, with their labels (the error summary follows it too). */
	static final Map<String, String> FIELDS = new LinkedHashMap<>();

	static {
		FIELDS.putAll(EditConflict.labels("practices.field.", "countries", "originalLanguage"));
		for (String lang : PracticeForm.LANGUAGES) {
			for (String text : new String[] { "Title", "Summary", "Why", "How" }) {
				FIELDS.put(lang + text, "practices.field." + text.toLowerCase(Locale.ROOT) + " practices.lang." + lang);
			}
		}
		FIELDS.putAll(EditConflict.labels("practices.field.", "sessions", "objectives", "targetGroups", "periodFrom",
				"periodTo", "results", "contactName", "contactEmail", "documents"));
	}

	private final PracticeCatalogue catalogue;

	private final AuditTrail audit;

	private final MessageSource messages;

	PracticeConflicts(PracticeCatalogue catalogue, AuditTrail audit, MessageSource messages) {
		this.catalogue = catalogue;
		this.audit = audit;
		this.messages = messages;
	}

	EditConflict.Stored<PracticeForm> stored(UUID id, AccountSummary reader) {
		PracticeForm now = PracticeForm.of(catalogue.readable(id, Optional.of(reader)));
		return audit.lastChange(AuditedEntity.PRACTICE, id,
				(by, at) -> new EditConflict.Stored<>(now, now.getVersion(), by, at));
	}

	EditConflict.Fields<PracticeForm> fields(Locale locale) {
		return new EditConflict.Fields<>(FIELDS, (field, value) -> {
			if (field.equals("countries") && value instanceof java.util.List<?> codes) {
				return EditConflict.plain(codes.stream().map(c -> Countries.nameOf(String.valueOf(c), locale)).toList());
			}
			if (field.equals("originalLanguage") && value instanceof String lang) {
				return messages.getMessage("practices.lang." + lang, null, lang, locale);
			}
			if (field.equals("targetGroups") && value instanceof java.util.List<?> groups) {
				return EditConflict.plain(groups.stream().map(g -> messages.getMessage("practices.targetGroup." + g,
						null, String.valueOf(g), locale)).toList());
			}
			return EditConflict.plain(value);
		});
	}

	/** The practice's content from a form merged after a conflict, checked again as a whole. */
	static PracticeContent content(PracticeForm form) {
		PracticeContent content = form.check(new BeanPropertyBindingResult(form, "practiceForm"));
		if (content == null) { // theirs and mine mixed into something the form would refuse: say so, save nothing
			throw new RefusedException(RefusalKind.INVALID, "error.422.message");
		}
		return content;
	}
}
