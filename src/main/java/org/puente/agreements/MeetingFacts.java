package org.puente.agreements;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;
import org.puente.directory.Conference;

/**
 * The meeting some minutes, and the agreements confirmed from them, belong to: a calendar meeting's id (if any), its
 * title and date, and its conferences; the title's language (a code of i18n.Language, null when unknown: minutes kept
 * before it was recorded). Kept in the review's and in each agreement's own columns.
 */
@Embeddable
record MeetingFacts(@Column(name = "meeting_id") @Nullable UUID id, @Column(name = "meeting_title") String title,
		@Column(name = "meeting_date") LocalDate date,
		@Column(name = "processes") @JdbcTypeCode(SqlTypes.ARRAY) @Enumerated(EnumType.STRING) List<Conference> processes,
		@Column(name = "meeting_title_language") @Nullable String titleLanguage) {

	/** The same meeting under the title (and its language) a new version of its minutes gives it. */
	MeetingFacts retitled(String newTitle, @Nullable String newTitleLanguage) {
		return new MeetingFacts(id, newTitle, date, processes, newTitleLanguage);
	}
}
