package org.puente;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules of issue 17 that a machine can check: the domain says why it refuses, not with which HTTP status; a
 * controller reads only its own module's repositories; the languages are listed in one place, and so are the two
 * conferences (demo data and the directory's reference data excepted); only the audit trail writes audit entries.
 */
class ArchitectureRulesTests {

	private static final JavaClasses PUENTE = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.puente");

	@Test
	void entitiesAndServicesKnowNothingOfHttpOrOfTheWebLayer() {
		noClasses().that().areAnnotatedWith(jakarta.persistence.Entity.class)
			.or().areAnnotatedWith(org.springframework.stereotype.Service.class)
			.should().dependOnClassesThat().resideInAnyPackage("org.springframework.http..", "org.puente.web..")
			.because("a refusal carries its kind (refusal.RefusalKind); web.RefusalStatus alone turns it into a status")
			.check(PUENTE);
	}

	@Test
	void controllersReadOnlyTheirOwnModulesRepositories() {
		classes().that().areAnnotatedWith(org.springframework.stereotype.Controller.class)
			.or().areAnnotatedWith(org.springframework.web.bind.annotation.RestController.class)
			.should(useOnlyRepositoriesOfTheirModule())
			.check(PUENTE);
	}

	@Test
	void onlyTheAuditTrailWritesAuditEntries() throws IOException {
		noClasses().that().resideOutsideOfPackage("org.puente.audit..")
			.should().callMethodWhere(new DescribedPredicate<JavaMethodCall>("a call of AuditTrail.record") {
				@Override
				public boolean test(JavaMethodCall call) {
					return call.getTargetOwner().isEquivalentTo(org.puente.audit.AuditTrail.class)
							&& call.getName().equals("record");
				}
			})
			.because("a module publishes an audit.AuditableEvent; the trail writes it in the publisher's transaction")
			.check(PUENTE);
		assertThat(sourcesOutside("/audit/", Pattern.compile("(?i)(insert into|update|delete from) audit_entry")))
			.as("audit entries are written by audit.AuditTrail only")
			.isEmpty();
	}

	@Test
	void theListOfLanguagesIsWrittenOnlyInI18n() throws IOException {
		Pattern literal = Pattern.compile("\"es\\|en|\"es\", \"en\"|\\(es\\|en\\|pt");
		assertThat(sourcesOutside("/i18n/", literal))
			.as("use i18n.Language (CODES, isCode, of) instead of typing the languages")
			.isEmpty();
	}

	@Test
	void theConferencesAreNamedOnlyByDirectoryConference() throws IOException {
		Pattern literal = Pattern.compile("(?<![\\w@])\"(CRM|CSM)\"");
		assertThat(sourcesOutside("/directory/", literal).stream()
			.filter(p -> !Path.of(p).getFileName().toString().startsWith("Demo")))
			.as("use directory.Conference (CRM, CSM, BOTH, of, isCode) instead of typing the codes")
			.isEmpty();
	}

	/** The main sources outside a module's folder in which the pattern occurs. */
	private static List<String> sourcesOutside(String folder, Pattern pattern) throws IOException {
		try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/puente"))) {
			return files.filter(p -> p.toString().endsWith(".java"))
				.filter(p -> !p.toString().contains(folder))
				.filter(p -> pattern.matcher(read(p)).find())
				.map(Path::toString)
				.toList();
		}
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	private static ArchCondition<JavaClass> useOnlyRepositoriesOfTheirModule() {
		return new ArchCondition<>("use only repositories of their own module") {
			@Override
			public void check(JavaClass controller, ConditionEvents events) {
				controller.getDirectDependenciesFromSelf().stream()
					.map(d -> d.getTargetClass())
					.filter(t -> t.isAssignableTo(org.springframework.data.repository.Repository.class))
					.filter(t -> !module(t).equals(module(controller)))
					.forEach(t -> events.add(SimpleConditionEvent.violated(controller,
							controller.getName() + " uses " + t.getName() + " of another module")));
			}
		};
	}

	private static String module(JavaClass type) {
		String rest = type.getPackageName().substring("org.puente.".length());
		int dot = rest.indexOf('.');
		return dot < 0 ? rest : rest.substring(0, dot);
	}
}
