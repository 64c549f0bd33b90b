package org.puente.drafting;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** The new-text form: what it is, its titles, its conferences, and its base text pasted in. */
class TextForm {

	@NotNull
	private TextKind kind = TextKind.BIREGIONAL_INPUT;

	@NotBlank
	@Size(max = 500)
	private String titleEs = "";

	@Size(max = 500)
	private @Nullable String titleEn;

	@Size(max = 500)
	private @Nullable String titlePt;

	@Size(max = 500)
	private @Nullable String titleFr;

	@Min(1)
	@Max(6)
	private @Nullable Integer thematicSession;

	@NotEmpty
	private List<String> processes = new ArrayList<>();

	@NotBlank
	@Size(max = AmendmentChange.MAX_BASE_TEXT)
	private String body = "";

	DraftingManagement.NewText toNewText() {
		return new DraftingManagement.NewText(kind, titleEs, titleEn, titlePt, titleFr, thematicSession, processes,
				body);
	}

	public TextKind getKind() {
		return kind;
	}

	public void setKind(TextKind kind) {
		this.kind = kind;
	}

	public String getTitleEs() {
		return titleEs;
	}

	public void setTitleEs(String titleEs) {
		this.titleEs = titleEs;
	}

	public @Nullable String getTitleEn() {
		return titleEn;
	}

	public void setTitleEn(@Nullable String titleEn) {
		this.titleEn = titleEn;
	}

	public @Nullable String getTitlePt() {
		return titlePt;
	}

	public void setTitlePt(@Nullable String titlePt) {
		this.titlePt = titlePt;
	}

	public @Nullable String getTitleFr() {
		return titleFr;
	}

	public void setTitleFr(@Nullable String titleFr) {
		this.titleFr = titleFr;
	}

	public @Nullable Integer getThematicSession() {
		return thematicSession;
	}

	public void setThematicSession(@Nullable Integer thematicSession) {
		this.thematicSession = thematicSession;
	}

	public List<String> getProcesses() {
		return processes;
	}

	public void setProcesses(List<String> processes) {
		this.processes = new ArrayList<>(processes);
	}

	public String getBody() {
		return body;
	}

	public void setBody(String body) {
		this.body = body;
	}
}
