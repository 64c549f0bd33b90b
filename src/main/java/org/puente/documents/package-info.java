/**
 * The document repository: versioned files with multilingual metadata, text extracted in the background and
 * indexed for full-text search, confidentiality per reader, and the workflow of the bi-regional inputs.
 */
@org.jspecify.annotations.NullMarked
package org.puente.documents;
