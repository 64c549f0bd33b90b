package org.puente.directory;

import java.util.UUID;

import org.puente.audit.AuditableEvent;
import org.puente.audit.AuditedChange;

/** What changes in the directory, in the past tense (the audit trail records each one). */
public final class DirectoryEvents {

	private DirectoryEvents() {
	}

	/** A person was added to the directory or their details corrected. */
	public record PersonSaved(UUID personId, AuditedChange audited) implements AuditableEvent {
	}

	/** An organisation was added or renamed or reclassified. */
	public record OrganisationSaved(UUID organisationId, AuditedChange audited) implements AuditableEvent {
	}

	/** A role (presidency, secretariat, focal point…) was given or its holder or term changed. */
	public record RoleAssigned(UUID roleId, AuditedChange audited) implements AuditableEvent {
	}

	/** A place name the gazetteer recognises was added or removed. */
	public record GazetteerAliasChanged(String alias, AuditedChange audited) implements AuditableEvent {
	}
}
