package org.puente.consultations;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/** A country's answer to one question, saved as the focal point types; versioned because two may type at once. */
@Entity
class ConsultationAnswer {

	@Id
	private UUID id = UUID.randomUUID();

	private UUID responseId;

	private UUID questionId;

	private String language = "es";

	private @Nullable String textValue;

	private @Nullable String choiceValues;

	private @Nullable Integer scaleValue;

	private @Nullable String fileName;

	private @Nullable String fileType;

	private byte @Nullable [] fileContent;

	private @Nullable String updatedBy;

	private Instant updatedAt = Instant.now();

	@Version
	private long version;

	protected ConsultationAnswer() {
		this.responseId = UUID.randomUUID();
		this.questionId = UUID.randomUUID();
	}

	ConsultationAnswer(UUID responseId, UUID questionId) {
		this.responseId = responseId;
		this.questionId = questionId;
	}

	void write(String language, @Nullable String text, List<String> choices, @Nullable Integer scale, String by) {
		this.language = language;
		this.textValue = text;
		this.choiceValues = choices.isEmpty() ? null : String.join("\n", choices);
		this.scaleValue = scale;
		this.updatedBy = by;
		this.updatedAt = Instant.now();
	}

	void attach(String name, String type, byte[] content, String by) {
		this.fileName = name;
		this.fileType = type;
		this.fileContent = content.clone();
		this.updatedBy = by;
		this.updatedAt = Instant.now();
	}

	boolean isBlank() {
		return (textValue == null || textValue.isBlank()) && choiceValues == null && scaleValue == null
				&& fileName == null;
	}

	public UUID getId() { return id; }
	public UUID getResponseId() { return responseId; }
	public UUID getQuestionId() { return questionId; }
	public String getLanguage() { return language; }
	public @Nullable String getTextValue() { return textValue; }
	public List<String> getChoices() {
		return choiceValues == null ? List.of() : Arrays.asList(choiceValues.split("\n"));
	}
	public @Nullable Integer getScaleValue() { return scaleValue; }
	public @Nullable String getFileName() { return fileName; }
	public @Nullable String getFileType() { return fileType; }
	byte @Nullable [] fileContent() { return fileContent == null ? null : fileContent.clone(); }
	public @Nullable String getUpdatedBy() { return updatedBy; }
	public Instant getUpdatedAt() { return updatedAt; }
	public long getVersion() { return version; }

	/** The answer as one line of text, for the compiled exports. */
	public String asText() {
		if (textValue != null && !textValue.isBlank()) {
			return textValue;
		}
		if (choiceValues != null) {
			return String.join("; ", getChoices());
		}
		if (scaleValue != null) {
			return String.valueOf(scaleValue);
		}
		return fileName == null ? "" : fileName;
	}
}
