package org.puente.directory;

import java.util.Locale;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.puente.i18n.MultilingualField;
import org.puente.i18n.MultilingualText;

/**
 * What a secretariat types to add or rename an organisation or body, in the four languages, bound through its
 * constructor; the code is kept stripped and in capitals.
 *
 * @param code its pattern lets through the empty code and one over the limit, so each mistake is said once: "required"
 *        for an empty code, "too long" for a long one, and the pattern's sentence only for a wrong character
 */
record OrganisationForm(
		@NotBlank @Size(max = 40) @Pattern(regexp = "[A-Z0-9-]*|.{41,}") String code,
		@NotNull OrganisationKind kind,
		@Pattern(regexp = "|CRM|CSM") @Nullable String processCode,
		@NotBlank @Size(max = 300) MultilingualField name,
		Long version) {

	OrganisationForm {
		code = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
		kind = kind == null ? OrganisationKind.OTHER : kind;
		name = name == null ? new MultilingualField() : name;
		version = version == null ? 0L : version;
	}

	/** A new organisation's form. */
	static OrganisationForm blank() {
		return new OrganisationForm("", OrganisationKind.OTHER, null, new MultilingualField(), 0L);
	}

	static OrganisationForm of(Organisation o) {
		return new OrganisationForm(o.getCode(), o.getKind(), o.getProcessCode(), MultilingualField.of(o.names()),
				o.getVersion());
	}

	MultilingualText names() {
		return name.stripped();
	}
}
