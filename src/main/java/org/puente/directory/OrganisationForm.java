package org.puente.directory;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.puente.i18n.MultilingualField;
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
	private MultilingualField name = new MultilingualField();

	private long version;

	static OrganisationForm of(Organisation o) {
		OrganisationForm f = new OrganisationForm();
		f.code = o.getCode();
		f.kind = o.getKind();
		f.processCode = o.getProcessCode();
		f.name = MultilingualField.of(o.names());
		f.version = o.getVersion();
		return f;
	}

	MultilingualText names() {
		return name.stripped();
	}

	public String getCode() { return code; }
	public void setCode(String code) { this.code = code.strip().toUpperCase(java.util.Locale.ROOT); }
	public OrganisationKind getKind() { return kind; }
	public void setKind(OrganisationKind kind) { this.kind = kind; }
	public @Nullable String getProcessCode() { return processCode; }
	public void setProcessCode(@Nullable String processCode) { this.processCode = processCode; }
	public MultilingualField getName() { return name; }
	public void setName(MultilingualField name) { this.name = name; }
	public long getVersion() { return version; }
	public void setVersion(long version) { this.version = version; }
}
