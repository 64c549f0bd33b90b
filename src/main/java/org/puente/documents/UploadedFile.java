package org.puente.documents;

/** A file as it arrived: the name the person's computer gave it and its bytes. */
public record UploadedFile(String fileName, byte[] bytes) {
}
