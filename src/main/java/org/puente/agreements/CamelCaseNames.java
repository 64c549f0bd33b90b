package org.puente.agreements;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The extraction's snake_case JSON (the command line's, which the minutes benchmarks read) with the camelCase names of
 * the rest of the API, for a script that asks for them: the same members and values, only the names differ.
 */
final class CamelCaseNames {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Pattern SNAKE = Pattern.compile("_([a-z0-9])");

	private CamelCaseNames() {
	}

	static String of(String json) {
		return JSON.writeValueAsString(renamed(JSON.readTree(json)));
	}

	private static JsonNode renamed(JsonNode node) {
		if (node.isObject()) {
			ObjectNode out = JSON.createObjectNode();
			node.properties().forEach(member -> out.set(camel(member.getKey()), renamed(member.getValue())));
			return out;
		}
		if (node.isArray()) {
			ArrayNode out = JSON.createArrayNode();
			node.forEach(item -> out.add(renamed(item)));
			return out;
		}
		return node;
	}

	static String camel(String name) {
		Matcher m = SNAKE.matcher(name);
		StringBuilder out = new StringBuilder();
		while (m.find()) {
			m.appendReplacement(out, m.group(1).toUpperCase(java.util.Locale.ROOT));
		}
		return m.appendTail(out).toString();
	}
}
