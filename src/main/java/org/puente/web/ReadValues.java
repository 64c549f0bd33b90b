package org.puente.web;

import java.beans.PropertyDescriptor;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.puente.digest.Sha256;
import org.springframework.beans.BeanWrapperImpl;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * What an edit form's fields held when it was made, sent back with it as a hidden field ({@code readValues}: each
 * field's name and a digest of its value), so that a conflict ({@link EditConflict}) tells the fields the other
 * person changed from those only this person changed: the stored value of a field is compared with the value read.
 * A form refused and shown again keeps the values first read, as it keeps its first version. A form that does not
 * send them is compared as before: every field stored differently from what was typed.
 */
@Component("readValues")
public class ReadValues {

	/** The request parameter. */
	public static final String PARAMETER = "readValues";

	/** For the form's hidden field: the values the request brought back, else those of the form shown now. */
	public String of(@Nullable Object form) {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request instanceof ServletRequestAttributes servlet) {
			String sent = servlet.getRequest().getParameter(PARAMETER);
			if (sent != null && !sent.isBlank()) {
				return sent;
			}
		}
		return form == null ? "" : digests(form);
	}

	/** Each editable field of the form (a record's components, a form's properties with setters) but its version. */
	static String digests(Object form) {
		StringBuilder text = new StringBuilder();
		if (form instanceof Record) {
			for (var component : form.getClass().getRecordComponents()) {
				append(text, form, component.getName());
			}
		}
		else {
			for (PropertyDescriptor property : new BeanWrapperImpl(form).getPropertyDescriptors()) {
				if (property.getReadMethod() != null && property.getWriteMethod() != null) {
					append(text, form, property.getName());
				}
			}
		}
		return text.toString();
	}

	private static void append(StringBuilder text, Object form, String field) {
		if (field.equals("version")) {
			return;
		}
		text.append(text.isEmpty() ? "" : ";").append(field).append(':').append(digest(EditConflict.value(form, field)));
	}

	static Map<String, String> parse(@Nullable String sent) {
		Map<String, String> read = new LinkedHashMap<>();
		if (sent == null) {
			return read;
		}
		for (String pair : sent.split(";")) {
			int colon = pair.indexOf(':');
			if (colon > 0) {
				read.put(pair.substring(0, colon).strip(), pair.substring(colon + 1).strip());
			}
		}
		return read;
	}

	/**
	 * Whether the stored record holds {@code field} as it was read: the other person left it alone. A field of one
	 * language ({@code title.es}) is compared as its whole field was read. Unknown (nothing read) is never unchanged.
	 */
	static boolean unchanged(Map<String, String> read, Object stored, String field) {
		String whole = read.containsKey(field) || !field.contains(".") ? field : field.substring(0, field.indexOf('.'));
		String then = read.get(whole);
		return then != null && then.equals(digest(EditConflict.value(stored, whole)));
	}

	/** A short digest of the value as the conflict panel compares values (an empty text and none are alike). */
	static String digest(@Nullable Object value) {
		return Sha256.hexPrefix(EditConflict.plain(value).strip().getBytes(StandardCharsets.UTF_8), 8);
	}
}
