package org.puente.practices;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;
import org.puente.directory.Conference;
import org.puente.refusal.RefusalKind;
import org.puente.refusal.RefusedException;

/**
 * A good practice of one or more countries. It guards its own life: its country edits it while it is a draft or
 * returned for changes, submits it, and a secretariat returns it with a note or accepts it; an accepted practice
 * is public and changes no more.
 */
@Entity
@Table(name = "practice")
class Practice {

	@Id
	private UUID id;

	private String process = Conference.CRM.name();

	@JdbcTypeCode(SqlTypes.ARRAY)
	private List<String> countries = new ArrayList<>();

	private String originalLanguage = "es";

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "practice_text", joinColumns = @JoinColumn(name = "practice_id"))
	@MapKeyColumn(name = "language")
	private Map<String, PracticeText> texts = new LinkedHashMap<>();

	@JdbcTypeCode(SqlTypes.ARRAY)
	private List<Integer> thematicSessions = new ArrayList<>();

	@JdbcTypeCode(SqlTypes.ARRAY)
	private List<Integer> objectives = new ArrayList<>();

	@JdbcTypeCode(SqlTypes.ARRAY)
	private List<String> targetGroups = new ArrayList<>();

	private int periodFrom;

	private @Nullable Integer periodTo;

	private @Nullable String results;

	private @Nullable String contactName;

	private @Nullable String contactEmail;

	@JdbcTypeCode(SqlTypes.ARRAY)
	private List<UUID> documents = new ArrayList<>();

	@Enumerated(EnumType.STRING)
	private PracticeStatus status = PracticeStatus.DRAFT;

	private @Nullable String reviewNote;

	private boolean demo;

	private String createdBy = "";

	private Instant createdAt = Instant.now();

	private @Nullable Instant submittedAt;

	private @Nullable Instant acceptedAt;

	@Version
	private long version;

	protected Practice() {
		this.id = UUID.randomUUID();
	}

	Practice(String process, String createdBy, boolean demo) {
		this.id = UUID.randomUUID();
		this.process = process;
		this.createdBy = createdBy;
		this.demo = demo;
	}

	/** Replaces what the country wrote; only while the practice is still the country's to change. */
	void fill(PracticeContent content) {
		if (!status.editable()) {
			throw new RefusedException(RefusalKind.CONFLICT, "practices.error.notEditable");
		}
		this.countries = new ArrayList<>(content.countries());
		this.originalLanguage = content.originalLanguage();
		this.texts.clear();
		this.texts.putAll(content.texts());
		this.thematicSessions = new ArrayList<>(content.sessions());
		this.objectives = new ArrayList<>(content.objectives());
		this.targetGroups = content.targetGroups().stream().map(Enum::name).collect(java.util.stream.Collectors.toCollection(ArrayList::new));
		this.periodFrom = content.periodFrom();
		this.periodTo = content.periodTo();
		this.results = content.results();
		this.contactName = content.contactName();
		this.contactEmail = content.contactEmail();
		this.documents = new ArrayList<>(content.documents());
	}

	void submit() {
		if (!status.editable()) {
			throw new RefusedException(RefusalKind.CONFLICT, "practices.error.notSubmittable");
		}
		status = PracticeStatus.SUBMITTED;
		submittedAt = Instant.now();
	}

	void requestChanges(String note) {
		if (status != PracticeStatus.SUBMITTED) {
			throw new RefusedException(RefusalKind.CONFLICT, "practices.error.notUnderReview");
		}
		status = PracticeStatus.CHANGES_REQUESTED;
		reviewNote = note;
	}

	void accept() {
		if (status != PracticeStatus.SUBMITTED) {
			throw new RefusedException(RefusalKind.CONFLICT, "practices.error.notUnderReview");
		}
		status = PracticeStatus.ACCEPTED;
		reviewNote = null;
		acceptedAt = Instant.now();
	}

	/** The text in the language asked for, or in the original language when it has no translation. */
	public PracticeText text(String language) {
		PracticeText text = texts.get(language);
		return text != null ? text : original();
	}

	/** The language of {@link #text(String)}: the one asked for when translated, else the original's. */
	public String textLanguage(String language) {
		return texts.containsKey(language) ? language : texts.containsKey(originalLanguage) ? originalLanguage
				: texts.keySet().iterator().next();
	}

	public PracticeText original() {
		PracticeText text = texts.get(originalLanguage);
		return text != null ? text : texts.values().iterator().next();
	}

	public UUID getId() {
		return id;
	}

	public String getProcess() {
		return process;
	}

	public List<String> getCountries() {
		return List.copyOf(countries);
	}

	public String getOriginalLanguage() {
		return originalLanguage;
	}

	public Map<String, PracticeText> getTexts() {
		return Map.copyOf(texts);
	}

	public List<Integer> getThematicSessions() {
		return List.copyOf(thematicSessions);
	}

	public List<Integer> getObjectives() {
		return List.copyOf(objectives);
	}

	public List<TargetGroup> getTargetGroups() {
		return targetGroups.stream().map(TargetGroup::valueOf).toList();
	}

	public int getPeriodFrom() {
		return periodFrom;
	}

	public @Nullable Integer getPeriodTo() {
		return periodTo;
	}

	public @Nullable String getResults() {
		return results;
	}

	public @Nullable String getContactName() {
		return contactName;
	}

	public @Nullable String getContactEmail() {
		return contactEmail;
	}

	public List<UUID> getDocuments() {
		return List.copyOf(documents);
	}

	public PracticeStatus getStatus() {
		return status;
	}

	public @Nullable String getReviewNote() {
		return reviewNote;
	}

	public boolean isDemo() {
		return demo;
	}

	public String getCreatedBy() {
		return createdBy;
	}

	public @Nullable Instant getSubmittedAt() {
		return submittedAt;
	}

	public long getVersion() {
		return version;
	}
}
