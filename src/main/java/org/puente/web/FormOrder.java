package org.puente.web;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.puente.i18n.Language;
import org.puente.i18n.MultilingualField;
import org.springframework.stereotype.Component;
import org.thymeleaf.spring6.util.DetailedError;

/**
 * The error summary of a form lists its mistakes in the order of the form's fields, top to bottom, as the person
 * reads and corrects them (the validator's order is none in particular: "Start year", the sixtieth field of a good
 * practice, came first). A sentence about the whole form comes before them. The order is the form's own when it says
 * it ({@link FieldOrder}), else its record's components, else its fields as declared, a parent's before its own;
 * templates call it as {@code @formOrder.sorted(#fields.detailedErrors(), #object)}.
 */
@Component("formOrder")
public class FormOrder {

	public List<DetailedError> sorted(List<DetailedError> errors, @Nullable Object form) {
		List<String> order = order(form);
		// a stable sort: mistakes on one field, or on fields the order does not name, stay as they came
		return errors.stream().sorted(Comparator.comparingInt(e -> position(e, order))).toList();
	}

	static int position(DetailedError error, List<String> order) {
		if (error.isGlobal() || error.getFieldName() == null) {
			return -1;
		}
		String field = error.getFieldName();
		int index = order.indexOf(field);
		if (index < 0) {
			// a part of a field (title.es, countries[0]) stands where its field does
			int end = field.length();
			for (char sign : new char[] { '.', '[' }) {
				end = field.indexOf(sign) < 0 ? end : Math.min(end, field.indexOf(sign));
			}
			index = order.indexOf(field.substring(0, end));
		}
		return index < 0 ? order.size() : index;
	}

	static List<String> order(@Nullable Object form) {
		if (form == null) {
			return List.of();
		}
		if (form instanceof FieldOrder declared) {
			return declared.fieldOrder();
		}
		if (form instanceof Record) {
			return Arrays.stream(form.getClass().getRecordComponents()).map(RecordComponent::getName).toList();
		}
		Deque<Class<?>> classes = new ArrayDeque<>();
		for (Class<?> type = form.getClass(); type != null && type != Object.class; type = type.getSuperclass()) {
			classes.push(type);
		}
		List<String> fields = new ArrayList<>();
		for (Class<?> type : classes) {
			Arrays.stream(type.getDeclaredFields()).filter(f -> !Modifier.isStatic(f.getModifiers()))
				.map(Field::getName).forEach(fields::add);
		}
		return fields;
	}

	/**
	 * Where the summary's line about {@code field} leads: the field itself, or, for a rule about a whole
	 * {@link MultilingualField} ("write the title in at least one language", rejected on {@code title}), its input in
	 * the reader's language, the first of the group in the order that person reads it (walk of 5 Dec night #1: the
	 * line led a Portuguese reader to the Spanish box).
	 */
	public String anchor(String field, @Nullable Object form, Locale locale) {
		return form != null && type(form.getClass(), field) == MultilingualField.class
				? field + "." + Language.of(locale).code() : field;
	}

	private static @Nullable Class<?> type(Class<?> form, String name) {
		for (Class<?> type = form; type != null && type != Object.class; type = type.getSuperclass()) {
			for (Field field : type.getDeclaredFields()) {
				if (field.getName().equals(name) && !Modifier.isStatic(field.getModifiers())) {
					return field.getType();
				}
			}
		}
		return null;
	}
}
