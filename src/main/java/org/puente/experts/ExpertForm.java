package org.puente.experts;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.validation.BindingResult;

/**
 * The expert form: what the roster holds, and the consent with its date. The annotations tell the browser the
 * same limits as {@link ExpertRules}, which does the checking. Bound through its constructor; what was not sent
 * reads as empty, an unchecked box as no, gender as undisclosed, and a region not chosen as the country's.
 * Languages come as several values (the boxes ticked, the "other languages" field), each one or more ISO codes.
 */
record ExpertForm(@NotBlank @Size(max = ExpertRules.NAME_MAX) String fullName,
		@NotBlank @Size(max = ExpertRules.EMAIL_MAX) String email,
		@NotBlank @Size(max = ExpertRules.AFFILIATION_MAX) String affiliation, String country,
		@NotEmpty List<String> languages, List<Integer> sessions, List<Integer> objectives,
		@NotBlank @Size(max = ExpertRules.BIO_MAX) String bio, @Size(max = 3000) String links, Gender gender,
		@Nullable Region region, Boolean consentListed, Boolean consentShareUn, String consentOn, Long version) {

	ExpertForm {
		fullName = orEmpty(fullName);
		email = orEmpty(email);
		affiliation = orEmpty(affiliation);
		country = orEmpty(country);
		languages = languages == null ? List.of() : languages;
		sessions = sessions == null ? List.of() : sessions;
		objectives = objectives == null ? List.of() : objectives;
		bio = orEmpty(bio);
		links = orEmpty(links);
		gender = gender == null ? Gender.UNDISCLOSED : gender;
		consentListed = Boolean.TRUE.equals(consentListed);
		consentShareUn = Boolean.TRUE.equals(consentShareUn);
		consentOn = orEmpty(consentOn);
		version = version == null ? 0L : version;
	}

	/** An empty form, for a new expert. */
	static ExpertForm blank() {
		return new ExpertForm("", "", "", "", List.of(), List.of(), List.of(), "", "", Gender.UNDISCLOSED, null,
				false, false, "", 0L);
	}

	static ExpertForm of(ExpertSummary e) {
		ExpertData d = e.data();
		return new ExpertForm(d.fullName(), d.email(), d.affiliation(), d.country(), d.languages(),
				d.sessions(), d.objectives(), d.bio(), String.join("\n", d.links()), d.gender(), d.region(),
				e.consentListed(), e.consentShareUn(), e.consentOn() == null ? "" : e.consentOn().toString(),
				e.version());
	}

	private static String orEmpty(@Nullable String typed) {
		return typed == null ? "" : typed;
	}

	ExpertData data() {
		return new ExpertData(fullName.strip(), email.strip(), affiliation.strip(),
				country.strip().toUpperCase(Locale.ROOT), ExpertRules.codes(String.join(" ", languages)), List.copyOf(sessions),
				List.copyOf(objectives), bio.strip(),
				Arrays.stream(links.split("\\s+")).map(String::strip).filter(s -> !s.isEmpty()).toList(), gender,
				region != null ? region : Region.of(country.strip().toUpperCase(Locale.ROOT)));
	}

	/** The consent date as typed; unreadable is reported by the controller. */
	@Nullable LocalDate consentDate() {
		try {
			return consentOn.isBlank() ? null : LocalDate.parse(consentOn.strip());
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	boolean consentDateUnreadable() {
		return !consentOn.isBlank() && consentDate() == null;
	}

	/**
	 * The form's mistakes, each on its field — the page's form and the API's body alike: an unreadable consent date,
	 * then the roster's {@code problems} with it ({@link Roster#problems}), a missing field named as every form names it.
	 */
	void check(BindingResult errors, List<ExpertRules.Problem> problems) {
		if (consentDateUnreadable()) {
			errors.rejectValue("consentOn", "experts.field.date", "experts.field.date");
		}
		for (ExpertRules.Problem p : problems) {
			if (errors.hasFieldErrors(p.field())) {
				continue;
			}
			if (p.key().equals("experts.field.required")) { // the summary names the field, as every other form does
				errors.rejectValue(p.field(), "experts.field.requiredNamed", new Object[] {
						new DefaultMessageSourceResolvable("experts.field." + p.field()) }, p.key());
			}
			else {
				errors.rejectValue(p.field(), p.key(), p.args(), p.key());
			}
		}
	}

	Roster.Consent consent() {
		return new Roster.Consent(consentListed, consentShareUn, consentDate());
	}
}
