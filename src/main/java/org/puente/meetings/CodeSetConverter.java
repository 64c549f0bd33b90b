package org.puente.meetings;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.jspecify.annotations.Nullable;

/** Stores a small set of codes or ids ("CRM,CSM") in one text column; sorted so equal sets compare equal. */
@Converter
class CodeSetConverter implements AttributeConverter<Set<String>, String> {

	@Override
	public String convertToDatabaseColumn(@Nullable Set<String> codes) {
		return codes == null ? "" : String.join(",", new TreeSet<>(codes));
	}

	@Override
	public Set<String> convertToEntityAttribute(@Nullable String column) {
		TreeSet<String> codes = new TreeSet<>();
		if (column != null) {
			Arrays.stream(column.split(",")).map(String::strip).filter(s -> !s.isEmpty()).forEach(codes::add);
		}
		return codes;
	}
}
