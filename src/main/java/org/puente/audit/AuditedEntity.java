package org.puente.audit;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Every kind of record the audit trail knows, with the capability (module) that owns it. Entries store the
 * {@linkplain #storedName() snake_case name}; the audit page shows it through the message {@code audit.entity.<name>}.
 */
public enum AuditedEntity {

	ACCOUNT("accounts"), MAIL_LINK_KEY("accounts"),

	AGREEMENT("agreements"), AGREEMENT_FOLLOWER("agreements"), AGREEMENT_REVIEW("agreements"),

	QUESTIONNAIRE("consultations"), RESPONSE("consultations"), ANSWER("consultations"),

	PERSON("directory"), ORGANISATION("directory"), ROLE_ASSIGNMENT("directory"), GAZETTEER_ALIAS("directory"),

	DOCUMENT("documents"), INPUT("documents"), DOCUMENT_COMMENT("documents"),

	TEXT("drafting"), PARAGRAPH("drafting"), TRANSLATION("drafting"), AMENDMENT("drafting"),
	AMENDMENT_COMMENT("drafting"), DRAFTING_ROUND("drafting"),

	EXPERT("experts"), ROSTER("experts"), NOMINATION_ROUND("experts"), NOMINATION("experts"),
	LETTER_TEMPLATE("experts"),

	FLOW_SUBMISSION("flows"), FLOW_ALERT("flows"),

	TERM("glossary"), COUNTRY_DEFINITION("glossary"), BIREGIONAL_DEFINITION("glossary"),

	MEETING("meetings"), MEETING_FOLLOWER("meetings"),

	MAIL_DELIVERY("notifications"),

	EVENT_PUBLICATION("scheduling"),

	PRACTICE("practices"), RANKING("practices");

	private final String capability;

	AuditedEntity(String capability) {
		this.capability = capability;
	}

	/** The module that owns this kind of record, as stored in {@code audit_entry.capability}. */
	public String capability() {
		return capability;
	}

	/** The name stored in {@code audit_entry.entity_type}, e.g. {@code agreement_review}. */
	public String storedName() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** The kind of record stored under this name, if Puente still knows it. */
	public static Optional<AuditedEntity> ofStoredName(String stored) {
		return Arrays.stream(values()).filter(e -> e.storedName().equals(stored)).findFirst();
	}
}
