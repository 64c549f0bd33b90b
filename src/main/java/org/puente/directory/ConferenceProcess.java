package org.puente.directory;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.puente.i18n.MultilingualText;

/** A regional consultative process (CRM or CSM), loaded from the reference data. */
@Entity
@Table(name = "process")
class ConferenceProcess {

	@Id
	private String code = "";

	private String nameEs = "";

	private String nameEn = "";

	private String namePt = "";

	private String nameFr = "";

	private String region = "";

	protected ConferenceProcess() {
	}

	ConferenceProcess(String code, MultilingualText name, String region) {
		this.code = code;
		this.nameEs = name.es();
		this.nameEn = name.en();
		this.namePt = name.pt();
		this.nameFr = name.fr();
		this.region = region;
	}

	public String getCode() { return code; }
	public String getRegion() { return region; }

	MultilingualText names() {
		return new MultilingualText(nameEs, nameEn, namePt, nameFr);
	}
}
