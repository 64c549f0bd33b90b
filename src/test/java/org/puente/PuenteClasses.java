package org.puente;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * Puente's main classes as ArchUnit reads them, imported once per test JVM for every rule test that reads them
 * (ArchitectureRulesTests, RefusalRulesTests, AuditedMutationsTests, OneNodeJobsTests). Each used to import the
 * same 800 classes into its own copy, seconds of CPU each; the classes are read only, so one copy serves all.
 */
public final class PuenteClasses {

	public static final JavaClasses MAIN = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.puente");

	private PuenteClasses() {
	}
}
