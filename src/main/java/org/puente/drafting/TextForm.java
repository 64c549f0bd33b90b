package org.puente.drafting;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.puente.i18n.MultilingualField;

/**
 * The new-text form: what it is, its titles, its conferences, and its base text pasted in. Bound through its
 * constructor; what was not sent reads as a bi-regional input with nothing typed.
 */
record TextForm(TextKind kind, @NotBlank @Size(max = 500) MultilingualField title,
		@Min(1) @Max(6) @Nullable Integer thematicSession, @NotEmpty List<String> processes,
		@NotBlank @Size(max = AmendmentChange.MAX_BASE_TEXT) String body) {

	TextForm {
		kind = kind == null ? TextKind.BIREGIONAL_INPUT : kind;
		title = title == null ? new MultilingualField() : title;
		processes = processes == null ? List.of() : List.copyOf(processes);
		body = body == null ? "" : body;
	}

	/** An empty form, for the conferences given (the secretariat's own, or none). */
	static TextForm blank(List<String> processes) {
		return new TextForm(TextKind.BIREGIONAL_INPUT, new MultilingualField(), null, processes, "");
	}

	DraftingManagement.NewText toNewText() {
		return new DraftingManagement.NewText(kind, title.getEs(), title.getEn(), title.getPt(), title.getFr(),
				thematicSession, processes, body);
	}
}
