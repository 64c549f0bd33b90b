package org.puente.documents;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** One uploaded version, without its bytes: who uploaded what, and how far the text extraction got. */
record VersionRow(UUID documentId, int number, String fileName, String mediaType, long sizeBytes, String sha256,
		String uploadedBy, Instant uploadedAt, @Nullable String note, String extractionStatus,
		@Nullable String extractionError, boolean truncated) {

	static final String COLUMNS = """
			v.document_id, v.number, v.file_name, v.media_type, v.size_bytes, v.sha256, v.uploaded_by, v.uploaded_at,
			v.note, v.extraction_status, v.extraction_error, v.truncated""";

	static VersionRow map(ResultSet rs, int row) throws SQLException {
		return new VersionRow(rs.getObject("document_id", UUID.class), rs.getInt("number"), rs.getString("file_name"),
				rs.getString("media_type"), rs.getLong("size_bytes"), rs.getString("sha256"),
				rs.getString("uploaded_by"), rs.getTimestamp("uploaded_at").toInstant(), rs.getString("note"),
				rs.getString("extraction_status"), rs.getString("extraction_error"), rs.getBoolean("truncated"));
	}

	public boolean isPending() {
		return "PENDING".equals(extractionStatus) || "RUNNING".equals(extractionStatus);
	}

	public boolean isFailed() {
		return "FAILED".equals(extractionStatus);
	}

	public String url() {
		return "/documents/" + documentId + "/versions/" + number;
	}

	/** The size for people: KB below a megabyte, MB above. */
	public String size() {
		return sizeBytes < 1024 * 1024 ? Math.max(1, sizeBytes / 1024) + " KB"
				: String.format(java.util.Locale.ROOT, "%.1f MB", sizeBytes / (1024.0 * 1024.0));
	}
}
