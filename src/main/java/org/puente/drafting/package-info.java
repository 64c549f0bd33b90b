/**
 * Joint drafting of bi-regional texts: a text in numbered paragraphs (Spanish master, aligned translations),
 * amendments proposed per paragraph by countries and conferences in rounds, supported and discussed, decided by a
 * secretariat or a plenary, compiled clean or with tracked changes (HTML, DOCX, PDF), and approved in plenary as a
 * new version of a document in the repository.
 */
@org.jspecify.annotations.NullMarked
package org.puente.drafting;
