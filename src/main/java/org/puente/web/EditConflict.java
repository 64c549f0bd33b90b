package org.puente.web;

import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.BeanWrapper;
import org.springframework.beans.BeanWrapperImpl;

/**
 * Someone else saved a record while this person was editing it: Puente's one way to answer it, on every form with
 * optimistic locking. The form comes back (409) with what this person typed still in its fields, and beside each
 * field that now differs from the stored record the stored value, who saved it and when; the form's hidden version
 * stays the one the person started from. Each differing field offers "keep what I typed"; unticked, the stored value
 * stays. So saving again unchanged never undoes the other person's change: only a field the person chose replaces
 * theirs (as Indico, Decidim or Loomio let one decide field by field).
 *
 * <p>
 * A form sent again after the conflict carries {@link Answer}: the version it was shown ({@code conflictVersion}) and
 * the fields kept ({@code keepMine}). When that version is still the stored one, {@link #saving} merges field by
 * field and saves under it; when yet another save came in between, the form is refused and shown again the same way.
 * A script (JSON) gets a 409 problem report with the current version and values instead ({@link ErrorPages}).
 *
 * @param startedFrom the version the person's form was made from, kept in the form until they save after the conflict
 * @param current the stored version, the one the person has now seen
 * @param changedBy who saved it last, when known
 * @param changedAt when, when known
 */
public record EditConflict(long startedFrom, long current, @Nullable String changedBy, @Nullable Instant changedAt,
		List<Difference> differences) {

	/** The request parameter that carries the version shown on the conflict page. */
	public static final String SHOWN_VERSION = "conflictVersion";

	/** The request parameter, once per field, that keeps what the person typed rather than the stored value. */
	public static final String KEEP_MINE = "keepMine";

	public EditConflict {
		differences = List.copyOf(differences);
	}

	/**
	 * A field stored differently from what the person typed.
	 *
	 * @param field the form's field name (as the form posts it)
	 * @param labelKey the bundle key of the field's label, or several separated by spaces, read in turn ("Title —
	 *        Spanish" for a field per language)
	 * @param theirs the stored value as the page shows it
	 * @param mine the typed value as the page shows it
	 */
	public record Difference(String field, String labelKey, String theirs, String mine) {
	}

	/**
	 * What a form sent after a conflict page carries besides its fields; both absent on a first save.
	 *
	 * @param conflictVersion the stored version the conflict page showed
	 * @param keepMine the fields where the person keeps what they typed
	 * @param readValues what the form's fields held when it was made ({@link ReadValues}), if the form says
	 */
	public record Answer(@Nullable Long conflictVersion, @Nullable Set<String> keepMine, @Nullable String readValues) {

		public static final Answer NONE = new Answer(null, Set.of(), null);

		public Answer {
			keepMine = keepMine == null ? Set.of() : Set.copyOf(keepMine);
		}

		public Answer(@Nullable Long conflictVersion, @Nullable Set<String> keepMine) {
			this(conflictVersion, keepMine, null);
		}

		/** The values read, by field; empty when the form did not send them (the conflict then lists every difference). */
		Map<String, String> read() {
			return ReadValues.parse(readValues);
		}

		/** Whether the person was shown the record at {@code version}, and answered field by field. */
		boolean saw(long version) {
			return conflictVersion != null && conflictVersion == version;
		}
	}

	/**
	 * The record as stored now, in the shape of its form, with who last changed it and when (either may be unknown).
	 */
	public record Stored<F>(F form, long version, @Nullable String changedBy, @Nullable Instant changedAt) {
	}

	/** What to save: the form and the version it is saved against. */
	public record Saving<F>(F form, long version) {
	}

	/**
	 * How a form of type {@code F} (a record, or a class with getters and setters) is compared: its fields that a person edits (label keys by field name, in
	 * the form's order), and how a value is shown on the page.
	 */
	public record Fields<F>(Map<String, String> labelKeys, BiFunction<String, @Nullable Object, String> shown) {

		public Fields {
			labelKeys = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(labelKeys));
		}

		/** Values shown as they are, lists joined by commas, nothing as "—". */
		public Fields(Map<String, String> labelKeys) {
			this(labelKeys, (field, value) -> plain(value));
		}

		/**
		 * Differences between what was typed and what is stored, field by field: two values differ when the page
		 * shows them differently (so an empty text and none, or a list of the same names, are the same).
		 */
		List<Difference> between(F mine, F theirs) {
			return between(mine, theirs, Map.of());
		}

		/**
		 * The same, leaving out the fields the other person did not change: those stored as they were when the form
		 * was made ({@code read}, when the form sent it). Listing them offered to "keep what I typed" in a field only
		 * this person had changed, as if the other one had touched it (walk 9 #13).
		 */
		List<Difference> between(F mine, F theirs, Map<String, String> read) {
			List<Difference> differences = new ArrayList<>();
			for (Map.Entry<String, String> field : labelKeys.entrySet()) {
				if (ReadValues.unchanged(read, theirs, field.getKey())) {
					continue;
				}
				String typed = shown.apply(field.getKey(), value(mine, field.getKey()));
				String stored = shown.apply(field.getKey(), value(theirs, field.getKey()));
				if (!typed.strip().equals(stored.strip())) {
					differences.add(new Difference(field.getKey(), field.getValue(), stored, typed));
				}
			}
			return differences;
		}
	}

	/**
	 * A form sent to change a stored record: as typed, made from version {@code startedFrom}, with the answer to a
	 * conflict page if any; {@code stored} reads the record as it is now (only when needed).
	 */
	public record Edit<F>(F typed, long startedFrom, Answer answer,
			java.util.function.Supplier<Stored<F>> stored, Fields<F> fields) {

		/** What to save ({@link EditConflict#saving}); the stored record is read only after a conflict page. */
		Saving<F> saving() {
			return answer.conflictVersion() == null ? new Saving<>(typed, startedFrom)
					: EditConflict.saving(typed, startedFrom, answer, stored.get(), fields);
		}
	}

	/**
	 * The form to save: as typed when it was made from the stored version (or the person has not seen the stored one
	 * yet, which the save then refuses); after a conflict page that showed the stored version, the stored record with
	 * only the fields in {@code answer.keepMine()} taken from what was typed, saved against the stored version.
	 *
	 * @param startedFrom the version the typed form was made from
	 */
	public static <F> Saving<F> saving(F typed, long startedFrom, Answer answer, Stored<F> stored,
			Fields<F> fields) {
		if (startedFrom == stored.version() || !answer.saw(stored.version())) {
			return new Saving<>(typed, startedFrom);
		}
		// what the other person left as it was is this person's to change: it stands as typed, not listed, not lost
		Set<String> mine = new java.util.HashSet<>(answer.keepMine());
		Map<String, String> read = answer.read();
		fields.labelKeys().keySet().stream().filter(f -> ReadValues.unchanged(read, stored.form(), f))
			.forEach(mine::add);
		return new Saving<>(merged(typed, stored.form(), mine, fields.labelKeys().keySet()), stored.version());
	}

	/** The conflict to show: the stored record beside what was typed from version {@code startedFrom}. */
	public static <F> EditConflict between(F typed, long startedFrom, Stored<F> stored,
			Fields<F> fields) {
		return between(typed, startedFrom, Answer.NONE, stored, fields);
	}

	/** The same, listing only the fields the other person changed when the form says what it was made with. */
	public static <F> EditConflict between(F typed, long startedFrom, Answer answer, Stored<F> stored,
			Fields<F> fields) {
		return new EditConflict(startedFrom, stored.version(), stored.changedBy(), stored.changedAt(),
				fields.between(typed, stored.form(), answer.read()));
	}

	/**
	 * The labels of a form's fields, in the form's order: each field's label is {@code prefix} + its name, or, written
	 * {@code field=label}, {@code prefix} + the name after the sign ({@code thematicSessions=sessions}).
	 */
	public static Map<String, String> labels(String prefix, String... fields) {
		Map<String, String> labels = new LinkedHashMap<>();
		for (String field : fields) {
			int sign = field.indexOf('=');
			labels.put(sign < 0 ? field : field.substring(0, sign), prefix + field.substring(sign + 1));
		}
		return labels;
	}

	/** The stored values of the differing fields, by field name, for a script's problem report. */
	public Map<String, String> currentValues() {
		Map<String, String> values = new LinkedHashMap<>();
		differences.forEach(d -> values.put(d.field(), d.theirs()));
		return values;
	}

	/**
	 * Each field of {@code theirs}, but those of {@code editable} listed in {@code keptMine} taken from {@code mine}: a
	 * record built anew, a form with setters ({@code theirs}, just read from the store) set in place.
	 */
	static <F> F merged(F mine, F theirs, Set<String> keptMine, Collection<String> editable) {
		if (!(theirs instanceof Record)) {
			BeanWrapper merged = new BeanWrapperImpl(theirs);
			keptMine.stream().filter(editable::contains)
				.forEach(field -> merged.setPropertyValue(field, value(mine, field)));
			return theirs;
		}
		// a field inside a component (one language of a multilingual field: name.es) is set in theirs, read just now
		keptMine.stream().filter(field -> field.contains(".") && editable.contains(field))
			.forEach(field -> new BeanWrapperImpl(Objects.requireNonNull(value(theirs, field.substring(0,
					field.indexOf('.'))))).setPropertyValue(field.substring(field.indexOf('.') + 1), value(mine, field)));
		RecordComponent[] components = theirs.getClass().getRecordComponents();
		Object[] values = new Object[components.length];
		Class<?>[] types = new Class<?>[components.length];
		for (int i = 0; i < components.length; i++) {
			String name = components[i].getName();
			boolean mineKept = keptMine.contains(name) && editable.contains(name);
			values[i] = value(mineKept ? mine : theirs, name);
			types[i] = components[i].getType();
		}
		try {
			var constructor = theirs.getClass().getDeclaredConstructor(types);
			constructor.setAccessible(true);
			@SuppressWarnings("unchecked")
			F merged = (F) constructor.newInstance(values);
			return merged;
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException("Cannot merge a " + theirs.getClass().getSimpleName(), ex);
		}
	}

	/** A field's value: a record's component or a form's property, nested ones too ({@code title.es}). */
	static @Nullable Object value(Object form, String field) {
		if (!(form instanceof Record)) {
			return new BeanWrapperImpl(form).getPropertyValue(field);
		}
		if (field.contains(".")) {
			Object component = value(form, field.substring(0, field.indexOf('.')));
			return component == null ? null
					: new BeanWrapperImpl(component).getPropertyValue(field.substring(field.indexOf('.') + 1));
		}
		for (RecordComponent component : form.getClass().getRecordComponents()) {
			if (component.getName().equals(field)) {
				try {
					var accessor = component.getAccessor();
					accessor.setAccessible(true);
					return accessor.invoke(form);
				}
				catch (ReflectiveOperationException ex) {
					throw new IllegalStateException("Cannot read " + field, ex);
				}
			}
		}
		throw new IllegalArgumentException(form.getClass().getSimpleName() + " has no field " + field);
	}

	private static @Nullable Object blankAsNull(@Nullable Object value) {
		return value instanceof String s && s.isBlank() ? null : value;
	}

	/** A value as the page shows it: lists joined by commas, nothing (or an empty text) as "—". */
	public static String plain(@Nullable Object value) {
		if (value instanceof Collection<?> list) {
			return list.isEmpty() ? "—" : String.join(", ", list.stream().map(String::valueOf).toList());
		}
		Object shown = blankAsNull(value);
		return shown == null ? "—" : String.valueOf(shown);
	}
}
