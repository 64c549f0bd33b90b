package org.puente.directory;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.puente.i18n.MultilingualText;

/** What a secretariat types to add or rename an organisation or body, in the four languages. */
class OrganisationForm {

	@NotBlank
	@Size(max = 40)
	@Pattern(regexp = "[A-Z0-9-]+")
	private String code = "";

	@NotNull
	private OrganisationKind kind = OrganisationKind.OTHER;

	@Pattern(regexp = "|CRM|CSM")
	private @Nullable String processCode;

	@NotBlank
	@Size(max = 300)
	private String nameEs = "";

	@Size(max = 300)
	private String nameEn = "";

	@Size(max = 300)
	private String namePt = "";

	@Size(max = 300)
	private String nameFr = "";

	private long version;

	static OrganisationForm of(Organisation o) {
		OrganisationForm f = new OrganisationForm();
		f.code = o.getCode();
		f.kind = o.getKind();
		f.processCode = o.getProcessCode();
		MultilingualText n = o.names();
		f.nameEs = n.es();
		f.nameEn = n.en();
		f.namePt = n.pt();
		f.nameFr = n.fr();
		f.version = o.getVersion();
		return f;
	}

	MultilingualText names() {
		return new MultilingualText(nameEs.strip(), nameEn.strip(), namePt.strip(), nameFr.strip());
	}

	public String getCode() { return code; }
	public void setCode(String code) { this.code = code.strip().toUpperCase(java.util.Locale.ROOT); }
	public OrganisationKind getKind() { return kind; }
	public void setKind(OrganisationKind kind) { this.kind = kind; }
	public @Nullable String getProcessCode() { return processCode; }
	public void setProcessCode(@Nullable String processCode) { this.processCode = processCode; }
	public String getNameEs() { return nameEs; }
	public void setNameEs(String nameEs) { this.nameEs = nameEs; }
	public String getNameEn() { return nameEn; }
	public void setNameEn(String nameEn) { this.nameEn = nameEn; }
	public String getNamePt() { return namePt; }
	public void setNamePt(String namePt) { this.namePt = namePt; }
	public String getNameFr() { return nameFr; }
	public void setNameFr(String nameFr) { this.nameFr = nameFr; }
	public long getVersion() { return version; }
	public void setVersion(long version) { this.version = version; }
}
