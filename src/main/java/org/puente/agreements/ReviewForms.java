package org.puente.agreements;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.puente.directory.Conference;

/** What the review pages post: the upload of minutes, and the correction of one proposed item. */
final class ReviewForms {

	private ReviewForms() {
	}

	/** Uploading minutes for a meeting: one picked in the calendar, or a title and date typed by hand. */
	static class Upload {

		private @Nullable String meetingId;

		private @Nullable String meetingTitle;

		private @Nullable String meetingDate;

		private List<String> processes = new ArrayList<>(Conference.codes(Conference.BOTH));

		private @Nullable String lang;

		private boolean newVersion;

		/** The date typed by hand; a picked meeting gives its own when none is typed. */
		Optional<LocalDate> typedDate() {
			try {
				return meetingDate == null || meetingDate.isBlank() ? Optional.empty()
						: Optional.of(LocalDate.parse(meetingDate.strip()));
			}
			catch (DateTimeParseException ex) {
				return Optional.empty(); // reported as a missing date unless a meeting was picked
			}
		}

		public boolean isNewVersion() {
			return newVersion;
		}

		public void setNewVersion(boolean newVersion) {
			this.newVersion = newVersion;
		}

		public @Nullable String getMeetingId() {
			return meetingId;
		}

		public void setMeetingId(@Nullable String meetingId) {
			this.meetingId = meetingId;
		}

		public @Nullable String getMeetingTitle() {
			return meetingTitle;
		}

		public void setMeetingTitle(@Nullable String meetingTitle) {
			this.meetingTitle = meetingTitle;
		}

		public @Nullable String getMeetingDate() {
			return meetingDate;
		}

		public void setMeetingDate(@Nullable String meetingDate) {
			this.meetingDate = meetingDate;
		}

		public List<String> getProcesses() {
			return processes;
		}

		public void setProcesses(List<String> processes) {
			this.processes = processes;
		}

		public @Nullable String getLang() {
			return lang;
		}

		public void setLang(@Nullable String lang) {
			this.lang = lang;
		}
	}

	/** One proposed item as the reviewer corrected it. */
	static class Item {

		private String number = "";

		private @Nullable String theme;

		private String text = "";

		private List<String> responsible = new ArrayList<>();

		private String named = "";

		private List<DateRow> dates = new ArrayList<>();

		public String getNumber() {
			return number;
		}

		public void setNumber(String number) {
			this.number = number;
		}

		public @Nullable String getTheme() {
			return theme;
		}

		public void setTheme(@Nullable String theme) {
			this.theme = theme;
		}

		public String getText() {
			return text;
		}

		public void setText(String text) {
			this.text = text;
		}

		public List<String> getResponsible() {
			return responsible;
		}

		public void setResponsible(List<String> responsible) {
			this.responsible = responsible;
		}

		/** Other people who must act, typed by the reviewer, separated by commas or semicolons. */
		public String getNamed() {
			return named;
		}

		public void setNamed(@Nullable String named) {
			this.named = named == null ? "" : named;
		}

		/** The ticked parties and the typed names, each typed name as a {@code text:} id. */
		List<String> allResponsible() {
			List<String> all = new ArrayList<>(responsible);
			for (String name : named.split("[,;]")) {
				if (!name.isBlank() && !all.contains(PartyReference.NAMED + name.strip())) {
					all.add(PartyReference.NAMED + name.strip());
				}
			}
			return all;
		}

		public List<DateRow> getDates() {
			return dates;
		}

		public void setDates(List<DateRow> dates) {
			this.dates = dates;
		}
	}

	/** A date of an item: the words, the days they cover, and whether it is a deadline. */
	static class DateRow {

		private String expression = "";

		private String start = "";

		private String end = "";

		private String kind = "DEADLINE";

		private String precision = "DAY";

		private boolean remove;

		public String getExpression() {
			return expression;
		}

		public void setExpression(String expression) {
			this.expression = expression;
		}

		public String getStart() {
			return start;
		}

		public void setStart(String start) {
			this.start = start;
		}

		public String getEnd() {
			return end;
		}

		public void setEnd(String end) {
			this.end = end;
		}

		public String getKind() {
			return kind;
		}

		public void setKind(String kind) {
			this.kind = kind;
		}

		public String getPrecision() {
			return precision;
		}

		public void setPrecision(String precision) {
			this.precision = precision;
		}

		public boolean isRemove() {
			return remove;
		}

		public void setRemove(boolean remove) {
			this.remove = remove;
		}
	}
}
