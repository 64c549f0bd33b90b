package org.puente.drafting;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** The amendment form: what to change, why, on whose behalf, and which wording of the paragraph was read. */
class AmendmentForm {

	@NotNull
	private AmendmentKind kind = AmendmentKind.REPLACE;

	@Size(max = AmendmentChange.MAX_TEXT)
	private @Nullable String original;

	@Size(max = AmendmentChange.MAX_TEXT)
	private @Nullable String replacement;

	@NotBlank
	@Size(max = AmendmentChange.MAX_TEXT)
	private String reason = "";

	@NotBlank
	private String proponent = "";

	private int seenRevision;

	AmendmentChange change() {
		return AmendmentChange.of(kind, original, replacement, reason);
	}

	public AmendmentKind getKind() {
		return kind;
	}

	public void setKind(AmendmentKind kind) {
		this.kind = kind;
	}

	public @Nullable String getOriginal() {
		return original;
	}

	public void setOriginal(@Nullable String original) {
		this.original = original;
	}

	public @Nullable String getReplacement() {
		return replacement;
	}

	public void setReplacement(@Nullable String replacement) {
		this.replacement = replacement;
	}

	public String getReason() {
		return reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

	public String getProponent() {
		return proponent;
	}

	public void setProponent(String proponent) {
		this.proponent = proponent;
	}

	public int getSeenRevision() {
		return seenRevision;
	}

	public void setSeenRevision(int seenRevision) {
		this.seenRevision = seenRevision;
	}
}
