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
import org.puente.i18n.MultilingualField;

/** The new-text form: what it is, its titles, its conferences, and its base text pasted in. */
class TextForm {

	@NotNull
	private TextKind kind = TextKind.BIREGIONAL_INPUT;

	@NotBlank
	@Size(max = 500)
	private MultilingualField title = new MultilingualField();

	@Min(1)
	@Max(6)
	private @Nullable Integer thematicSession;

	@NotEmpty
	private List<String> processes = new ArrayList<>();

	@NotBlank
	@Size(max = AmendmentChange.MAX_BASE_TEXT)
	private String body = "";

	DraftingManagement.NewText toNewText() {
		return new DraftingManagement.NewText(kind, title.getEs(), title.getEn(), title.getPt(), title.getFr(),
				thematicSession, processes, body);
	}

	public TextKind getKind() {
		return kind;
	}

	public void setKind(TextKind kind) {
		this.kind = kind;
	}

	public MultilingualField getTitle() {
		return title;
	}

	public void setTitle(MultilingualField title) {
		this.title = title;
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
