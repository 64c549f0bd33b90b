package org.puente.documents;

import java.util.UUID;

/** A new version of a document was stored; its text is extracted and indexed in the background. */
public record DocumentVersionUploaded(UUID documentId, int number) {
}
