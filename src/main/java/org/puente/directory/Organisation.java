package org.puente.directory;

import java.util.Locale;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;
import org.puente.i18n.MultilingualText;

/**
 * An organisation (a technical secretariat, IOM, OAS, UNHCR, SICA, a ministry) or a body of the conferences (a troika,
 * the Ad Hoc Group on extra-regional migrants, the plenary). {@link OrganisationKind} tells which.
 */
@Entity
class Organisation {

	@Id
	private UUID id = UUID.randomUUID();

	private String code = "";

	@Enumerated(EnumType.STRING)
	private OrganisationKind kind = OrganisationKind.OTHER;

	private @Nullable String processCode;

	private String nameEs = "";

	private String nameEn = "";

	private String namePt = "";

	private String nameFr = "";

	@Version
	private long version;

	protected Organisation() {
	}

	Organisation(String code, OrganisationKind kind, @Nullable String processCode, MultilingualText name) {
		this.code = code;
		this.kind = kind;
		this.processCode = processCode;
		rename(name);
	}

	void reclassify(OrganisationKind kind, @Nullable String processCode) {
		this.kind = kind;
		this.processCode = processCode;
	}

	void rename(MultilingualText name) {
		this.nameEs = name.es();
		this.nameEn = name.en();
		this.namePt = name.pt();
		this.nameFr = name.fr();
	}

	public UUID getId() { return id; }
	public String getCode() { return code; }
	public OrganisationKind getKind() { return kind; }
	public @Nullable String getProcessCode() { return processCode; }
	MultilingualText names() { return new MultilingualText(nameEs, nameEn, namePt, nameFr); }
	String name(Locale locale) { return names().in(locale); }
	public long getVersion() { return version; }
}
