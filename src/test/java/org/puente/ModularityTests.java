package org.puente;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The capabilities stay separate modules: no cycles, no reaching into another module's internals. The diagram of the
 * docs, {@code docs/modules.puml}, is Spring Modulith's own of the modules the code has: never edited by hand,
 * rewritten by {@code mvn -o -q test -Dtest=ModularityTests -Dpuente.write-docs=true}.
 */
class ModularityTests {

	static final Path DIAGRAM = Path.of("docs/modules.puml");

	private final ApplicationModules modules = ApplicationModules.of(PuenteApplication.class);

	@Test
	void modulesRespectTheirBoundaries() {
		modules.verify();
	}

	@Test
	void theDocsDiagramIsTheOneTheModulesDraw() throws IOException {
		Path folder = Path.of("target/modulith-docs");
		Documenter documenter = new Documenter(modules,
				Documenter.Options.defaults().withOutputFolder(folder.toString()))
			.writeModulesAsPlantUml();
		Path drawn = folder.resolve("components.puml");
		if (Boolean.getBoolean("puente.write-docs")) {
			Files.copy(drawn, DIAGRAM, StandardCopyOption.REPLACE_EXISTING);
			// one diagram per module, for whoever asked for the docs: nothing compares them, and drawing them was most
			// of this test's time in every run (suite19)
			documenter.writeIndividualModulesAsPlantUml();
		}
		assertThat(sorted(DIAGRAM))
			.as("docs/modules.puml is not the modules' diagram: rewrite it with "
					+ "mvn -o -q test -Dtest=ModularityTests -Dpuente.write-docs=true")
			.isEqualTo(sorted(drawn));
	}

	/**
	 * The table of modules in {@code docs/architecture.md}: one row per module the code has, none other, and in each
	 * row's last column ("talks to") every module it uses but the four every one may use.
	 */
	@Test
	void theArchitectureDocsNameTheModulesAndWhomEachUses() throws IOException {
		Map<String, Set<String>> documented = ModuleTable.read(Path.of("docs/architecture.md"));
		Map<String, Set<String>> actual = new TreeMap<>();
		modules.forEach(module -> actual.put(module.getName(), module.getDirectDependencies(modules)
			.uniqueModules()
			.map(ApplicationModule::getName)
			.filter(name -> !ModuleTable.EVERYONES.contains(name))
			.collect(Collectors.toCollection(TreeSet::new))));
		assertThat(documented).as("the modules of docs/architecture.md (expected: the code's)").isEqualTo(actual);
	}

	/** The diagram's lines in order: the Documenter lists modules and relations in no stable order. */
	private static List<String> sorted(Path diagram) throws IOException {
		return Files.readAllLines(diagram).stream().map(String::strip).sorted().toList();
	}
}
