package org.puente;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The table under "## Modules" in the architecture docs, as {@link ModularityTests} compares it with the code: each
 * module named in a row's first column, with the modules named in its last ("talks to": a module's name first in each
 * comma-separated part, what follows in parentheses ignored; "—" for none).
 */
final class ModuleTable {

	/** The modules every module may use, left out of "talks to". */
	static final Set<String> EVERYONES = Set.of("i18n", "refusal", "seeds", "web");

	private static final Pattern NAME = Pattern.compile("`([a-z0-9]+)`");

	private ModuleTable() {
	}

	static Map<String, Set<String>> read(Path docs) throws IOException {
		List<String> lines = Files.readAllLines(docs);
		int start = lines.indexOf("## Modules");
		Map<String, Set<String>> table = new TreeMap<>();
		for (String line : lines.subList(start + 1, lines.size())) {
			if (line.startsWith("## ")) {
				break;
			}
			if (!line.startsWith("| `")) {
				continue;
			}
			String[] cells = line.substring(1, line.length() - 1).split(" \\| ");
			Set<String> talksTo = Arrays.stream(cells[cells.length - 1].replaceAll("\\([^)]*\\)", "").split(","))
				.map(part -> part.strip().replace("`", ""))
				.filter(part -> !part.isEmpty() && !part.equals("—"))
				.map(part -> part.split(" ")[0])
				.collect(Collectors.toCollection(TreeSet::new));
			Matcher names = NAME.matcher(cells[0]);
			while (names.find()) {
				table.put(names.group(1), talksTo);
			}
		}
		return table;
	}
}
