package org.puente.documents;

import java.util.List;

import org.puente.accounts.AccountSummary;
import org.puente.accounts.Role;
import org.puente.refusal.RefusalKind;
import org.puente.refusal.RefusedException;

/**
 * Who reads and moves what in the repository: secretariats and administrators read what is reserved to the
 * secretariats and move the bi-regional inputs; observers follow the latest documents from their home.
 */
final class DocumentPolicy {

	private DocumentPolicy() {
	}

	/** An administrator, or a secretariat of one of these conferences (of none: one that may edit without any). */
	static boolean serves(List<String> processes, AccountSummary actor) {
		return actor.isAdmin() || (processes.isEmpty() ? actor.mayEditProcess(null)
				: processes.stream().anyMatch(actor::mayEditProcess));
	}

	/** Refuses a person who may not edit the document ({@link Documents#mayEdit}). */
	static void requireEditor(DocumentRow row, AccountSummary actor) {
		if (!Documents.mayEdit(row, actor)) {
			throw new RefusedException(RefusalKind.FORBIDDEN, "documents.edit.forbidden");
		}
	}

	/** The conferences a document is given to must include one its author serves (any, for an administrator). */
	static void requireAuthor(DocumentMetadata metadata, AccountSummary author) {
		if (!serves(metadata.processes(), author)) {
			throw new RefusedException(RefusalKind.FORBIDDEN, "documents.form.notYourConference");
		}
	}

	/** Whether this person reads the documents reserved to the secretariats. */
	static boolean readsSecretariats(AccountSummary reader) {
		return reader.role() == Role.ADMIN || reader.role() == Role.SECRETARIAT;
	}

	/** Whether this person's home lists the inputs waiting for a secretariat (its conference's, or all). */
	static boolean followsInputs(AccountSummary reader) {
		return reader.role() == Role.SECRETARIAT || reader.isAdmin();
	}

	/** Whether this person's home lists the latest documents: an observer's. */
	static boolean followsLatest(AccountSummary reader) {
		return reader.role() == Role.OBSERVER;
	}
}
