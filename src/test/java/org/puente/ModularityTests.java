package org.puente;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The capabilities stay separate modules: no cycles, no reaching into another module's internals. */
class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(PuenteApplication.class);

	@Test
	void modulesRespectTheirBoundaries() {
		modules.verify();
	}

	@Test
	void writesTheModuleDiagramForTheDocs() {
		new Documenter(modules, Documenter.Options.defaults().withOutputFolder("target/modulith-docs"))
			.writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml();
	}
}
