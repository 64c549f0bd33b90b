/** Fingerprints of content: the SHA-256 of a file, a text or a page, written in hexadecimal. */
@org.jspecify.annotations.NullMarked
package org.puente.digest;
