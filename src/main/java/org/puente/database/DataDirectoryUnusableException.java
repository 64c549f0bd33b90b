package org.puente.database;

import java.nio.file.Path;

import org.jspecify.annotations.Nullable;

/** The data folder for the embedded PostgreSQL cannot be created, written or locked. */
class DataDirectoryUnusableException extends RuntimeException {

	private final Path folder;

	DataDirectoryUnusableException(Path folder, @Nullable Throwable cause) {
		super("Cannot use " + folder + " for the database files", cause);
		this.folder = folder;
	}

	Path folder() {
		return folder;
	}
}
