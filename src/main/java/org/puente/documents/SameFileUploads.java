package org.puente.documents;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.puente.accounts.AccountSummary;
import org.puente.digest.Sha256;
import org.puente.refusal.RefusalKind;
import org.puente.refusal.RefusedException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The same file uploaded twice by a person. A new version identical to the latest is refused. A new document whose
 * file a document of the same meeting (or, of no meeting, of the same conference) already holds — the same report
 * sent by two people, or chosen again by mistake — used to become a second document nobody told apart: it is now
 * refused with 409 and the document that holds it, unless the person confirms. Confirmed, it is a second document (a
 * new version would be identical to the other's, which {@link #addVersion} refuses) whose audit entry names the
 * first. Only documents the person may read are looked at, so a reserved document is never hinted at. Other
 * modules' own files (minutes, approved texts) do not pass here.
 */
@Service
class SameFileUploads {

	/** What a form or a script sends to confirm the upload of a file already there. */
	static final String CONFIRMED = "allow";

	private final Documents documents;

	private final DocumentStore store;

	SameFileUploads(Documents documents, DocumentStore store) {
		this.documents = documents;
		this.store = store;
	}

	/** @throws AlreadyThere when the file is there and the upload was not confirmed */
	@Transactional
	DocumentSummary publish(DocumentMetadata metadata, UploadedFile file, AccountSummary author, boolean confirmed) {
		DocumentPolicy.requireAuthor(metadata, author);
		metadata.requireValid();
		Optional<DocumentRow> same = store.sameFile(Optional.of(author), Sha256.hex(file.bytes()), metadata);
		if (same.isPresent() && !confirmed) {
			throw new AlreadyThere(same.get());
		}
		return documents.store(metadata, file, author.username(),
				same.<Map<String, Object>>map(row -> Map.of("sameFileAs", row.id())).orElse(Map.of()));
	}

	/**
	 * A new version uploaded by a person from the document's page: the same bytes as the latest version are refused
	 * (a file chosen twice, the old copy taken by mistake), which would only add a version identical to the one before.
	 * An older version uploaded again is taken: going back to it is a change. Other modules' versions (minutes,
	 * approved texts) keep {@link Documents#addVersion}.
	 */
	@Transactional
	int addVersion(UUID id, UploadedFile file, @Nullable String note, AccountSummary actor) {
		DocumentPolicy.requireEditor(documents.visibleRow(id, Optional.of(actor)), actor);
		String sha256 = Sha256.hex(file.bytes());
		store.versions(id).stream().findFirst().filter(latest -> latest.sha256().equals(sha256)).ifPresent(latest -> {
			throw new RefusedException(RefusalKind.CONFLICT, "documents.version.same", latest.number());
		});
		return documents.addVersion(id, file, note, actor);
	}

	/** The refusal of a file already held by {@link #existing}, named in the reader's language. */
	static final class AlreadyThere extends RefusedException {

		private final transient DocumentRow existing;

		AlreadyThere(DocumentRow existing) {
			super(RefusalKind.CONFLICT, "documents.upload.sameFile", existing.title(LocaleContextHolder.getLocale()));
			this.existing = existing;
		}

		DocumentRow existing() {
			return existing;
		}
	}
}
