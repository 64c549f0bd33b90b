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
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules of issue 17 that a machine can check: the domain says why it refuses, not with which HTTP status, and
 * only the web layer speaks HTTP statuses; a controller goes through its module's door, never a repository, and uses
 * only what other modules expose; roles are compared only in accounts and the modules' policy classes; the
 * languages are listed in one place, and so are the two conferences (demo data and the directory's reference data
 * excepted); only the audit trail writes audit entries; a page hands the layout its title as text.
 */
class ArchitectureRulesTests {

	private static final JavaClasses PUENTE = PuenteClasses.MAIN;

	private static final DescribedPredicate<JavaClass> CONTROLLERS = DescribedPredicate.describe("are controllers",
			type -> type.isAnnotatedWith(org.springframework.stereotype.Controller.class)
					|| type.isAnnotatedWith(org.springframework.web.bind.annotation.RestController.class));

	@Test
	void entitiesAndServicesKnowNothingOfHttpOrOfTheWebLayer() {
		noClasses().that().areAnnotatedWith(jakarta.persistence.Entity.class)
			.or().areAnnotatedWith(org.springframework.stereotype.Service.class)
			.should().dependOnClassesThat().resideInAnyPackage("org.springframework.http..", "org.puente.web..")
			.because("a refusal carries its kind (refusal.RefusalKind); web.RefusalStatus alone turns it into a status")
			.check(PUENTE);
	}

	@Test
	void controllersAndHomePanelsGoThroughTheirModulesDoorAndNeverReadARepository() {
		classes().that(CONTROLLERS).or().implement(org.puente.home.HomePanel.class)
			.and().haveNameNotMatching(".*\\$\\$SpringCGLIB\\$\\$.*") // the build's proxies of @Transactional panels
			.should(useNoRepository())
			.because("a controller binds, calls its module's door (Meetings, Directory, Accounts, …) and picks a view;"
					+ " a home panel, too, asks its module's door")
			.check(PUENTE);
	}

	@Test
	void aControllerUsesOneServiceOfItsModule() {
		classes().that().areAnnotatedWith(org.springframework.stereotype.Controller.class)
			.or().areAnnotatedWith(org.springframework.web.bind.annotation.RestController.class)
			.should(useAtMostOneServiceOfTheirModule())
			.because("a module's pages go through its door (ConsultationManagement, Documents, DraftingManagement, …),"
					+ " which delegates to what lies behind it")
			.check(PUENTE);
	}

	@Test
	void controllersUseOnlyWhatOtherModulesExpose() {
		ApplicationModules modules = ApplicationModules.of(PuenteApplication.class);
		classes().that(CONTROLLERS)
			.should(useOnlyExposedTypesOfOtherModules(modules))
			.check(PUENTE);
	}

	@Test
	void onlyTheWebLayerSpeaksHttpStatuses() {
		noClasses().that().resideOutsideOfPackage("org.puente.web..")
			.and(DescribedPredicate.not(CONTROLLERS))
			.and(doNotWriteServletResponses())
			.should().dependOnClassesThat().haveFullyQualifiedName(org.springframework.http.HttpStatus.class.getName())
			.because("the domain refuses with a refusal.RefusalKind; a status is chosen where a response is written")
			.check(PUENTE);
	}

	@Test
	void controllersAskAboutPeopleNotAboutRoles() {
		noClasses().that(CONTROLLERS)
			.and().resideOutsideOfPackage("org.puente.accounts..")
			.should().dependOnClassesThat().haveFullyQualifiedName("org.puente.accounts.Role")
			.because("a controller asks its module's policy (MeetingPolicy.mayEdit, ExpertPolicy.mayDecide) or the"
					+ " account (isSecretariatOrAdmin, isFocalPoint, mayEditProcess), never compares roles itself")
			.check(PUENTE);
	}

	@Test
	void rolesAreComparedOnlyInAccountsAndThePolicies() throws IOException {
		Pattern byName = Pattern.compile("role\\(\\)\\s*\\.name\\(\\)|getRole\\(\\)\\s*\\.name\\(\\)|role\\.name\\(\\)");
		onlyInside("/accounts/", byName,
				"ask the module's policy (MeetingPolicy.mayEdit, ExpertPolicy.mayDecide, …) instead of naming a role");
		assertThat(templatesMatching(byName))
			.as("templates show what the controller's policy answered (mayEdit, access.mayDecide(…))")
			.isEmpty();
		assertThat(filesMatching("src/main/resources/templates", ".html", Pattern.compile("hasAnyRole|hasRole")))
			.as("templates, the layout too, ask accounts.Viewer (staff, member, admin, focalPoint) for a role")
			.isEmpty();
	}

	@Test
	void pagesHandTheLayoutTheirTitleAsText() throws IOException {
		assertThat(templatesMatching(Pattern.compile("<title|~\\{::title}")))
			.as("a page is <html th:replace=\"~{layout :: layout(#{…title}, ~{::section})}\"> then its <section>")
			.isEmpty();
	}

	@Test
	void rolesAreNamedOnlyInAccountsAndThePolicies() {
		DescribedPredicate<com.tngtech.archunit.core.domain.JavaFieldAccess> role = DescribedPredicate.describe(
				"a role (Role.ADMIN, SECRETARIAT, …)", access -> access.getTargetOwner()
					.isEquivalentTo(org.puente.accounts.Role.class)
						&& access.getName().equals(access.getName().toUpperCase(java.util.Locale.ROOT)));
		// the policies do name roles: the rule below is not empty
		classes().that().haveSimpleName("MeetingPolicy").should().accessFieldWhere(role).check(PUENTE);
		noClasses().that().resideOutsideOfPackage("org.puente.accounts..")
			.and(DescribedPredicate.describe("are not a module's policy",
					(JavaClass c) -> !c.getName().replaceAll("\\$.*", "").endsWith("Policy")))
			.should().accessFieldWhere(role)
			.because("who may do what is asked of the module's policy (ConsultationPolicy.sends, AgreementPolicy"
					+ ".countryActedFor, MeetingPolicy.mayEdit, …), one class per module, never decided by naming a role")
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
		onlyInside("/audit/", Pattern.compile("(?i)(insert into|update|delete from) audit_entry"),
				"audit entries are written by audit.AuditTrail only");
	}

	@Test
	void theListOfLanguagesIsWrittenOnlyInI18n() throws IOException {
		Pattern literal = Pattern.compile("\"es\\|en|\"es\", \"en\"|\\(es\\|en\\|pt");
		onlyInside("/i18n/", literal, "use i18n.Language (CODES, isCode, of) instead of typing the languages");
	}

	@Test
	void theConferencesAreNamedOnlyByDirectoryConference() throws IOException {
		Pattern literal = Pattern.compile("(?<![\\w@])\"(CRM|CSM)\"");
		assertThat(sourcesOutside("/directory/", literal).stream()
			.filter(p -> !Path.of(p).getFileName().toString().startsWith("Demo")))
			.as("use directory.Conference (CRM, CSM, BOTH, of, isCode) instead of typing the codes")
			.isEmpty();
	}

	/** Checks that the pattern occurs in no main source outside the module's folder; advice says what to do instead. */
	private static void onlyInside(String folder, Pattern pattern, String advice) throws IOException {
		assertThat(sourcesOutside(folder, pattern)).as(advice).isEmpty();
	}

	/** The main sources outside a module's folder in which the pattern occurs. */
	private static List<String> sourcesOutside(String folder, Pattern pattern) throws IOException {
		return filesMatching("src/main/java/org/puente", ".java", pattern).stream()
			.filter(p -> !p.contains(folder))
			.toList();
	}

	/** The page templates (the layout and the shared fragments aside) in which the pattern occurs. */
	private static List<String> templatesMatching(Pattern pattern) throws IOException {
		return filesMatching("src/main/resources/templates", ".html", pattern).stream()
			.filter(p -> !p.endsWith("layout.html") && !p.contains("/fragments/"))
			.toList();
	}

	private static List<String> filesMatching(String folder, String ending, Pattern pattern) throws IOException {
		try (Stream<Path> files = Files.walk(Path.of(folder))) {
			return files.filter(p -> p.toString().endsWith(ending))
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

	private static ArchCondition<JavaClass> useNoRepository() {
		return new ArchCondition<>("use no repository") {
			@Override
			public void check(JavaClass controller, ConditionEvents events) {
				controller.getDirectDependenciesFromSelf().stream()
					.map(d -> d.getTargetClass())
					.filter(t -> t.isAssignableTo(org.springframework.data.repository.Repository.class)
							|| t.isAnnotatedWith(org.springframework.stereotype.Repository.class) || readsTheDatabase(t))
					.distinct()
					.forEach(t -> events.add(SimpleConditionEvent.violated(controller,
							controller.getName() + " uses the repository " + t.getName())));
			}
		};
	}

	/**
	 * A service of a module: a bean of it that reads or writes its data, whether annotated {@code @Service} or a
	 * {@code @Component} that injects a repository or a JDBC client (presentation helpers are neither).
	 */
	private static boolean isServiceOf(JavaClass type, String module) {
		if (!type.getPackageName().equals(module) && !type.getPackageName().startsWith(module + ".")) {
			return false;
		}
		if (type.isAnnotatedWith(org.springframework.stereotype.Service.class)) {
			return true;
		}
		return type.isAnnotatedWith(org.springframework.stereotype.Component.class)
				&& type.getConstructors().stream().flatMap(c -> c.getRawParameterTypes().stream()).anyMatch(t ->
					t.isAssignableTo(org.springframework.data.repository.Repository.class) || readsTheDatabase(t));
	}

	/** JDBC and JPA themselves: a controller that holds one writes SQL instead of asking its module. */
	private static boolean readsTheDatabase(JavaClass type) {
		return type.isAssignableTo(org.springframework.jdbc.core.JdbcOperations.class)
				|| type.isAssignableTo(org.springframework.jdbc.core.simple.JdbcClient.class)
				|| type.isAssignableTo(org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations.class)
				|| type.isAssignableTo(jakarta.persistence.EntityManager.class)
				|| type.isAssignableTo(javax.sql.DataSource.class);
	}

	private static ArchCondition<JavaClass> useAtMostOneServiceOfTheirModule() {
		return new ArchCondition<>("use at most one service of their module") {
			@Override
			public void check(JavaClass controller, ConditionEvents events) {
				String module = moduleOf(controller);
				List<String> services = controller.getConstructors().stream()
					.flatMap(c -> c.getRawParameterTypes().stream())
					.filter(t -> isServiceOf(t, module))
					.map(JavaClass::getSimpleName)
					.distinct()
					.sorted()
					.toList();
				if (services.size() > 1) {
					events.add(SimpleConditionEvent.violated(controller,
							controller.getName() + " uses " + services.size() + " services of its module: " + services));
				}
			}
		};
	}

	/** The top-level package under org.puente a class belongs to. */
	private static String moduleOf(JavaClass type) {
		String[] parts = type.getPackageName().split("\\.");
		return parts.length < 3 ? type.getPackageName() : String.join(".", parts[0], parts[1], parts[2]);
	}

	private static ArchCondition<JavaClass> useOnlyExposedTypesOfOtherModules(ApplicationModules modules) {
		return new ArchCondition<>("use only the public types other modules expose") {
			@Override
			public void check(JavaClass controller, ConditionEvents events) {
				ApplicationModule own = modules.getModuleByType(controller.getName()).orElseThrow();
				controller.getDirectDependenciesFromSelf().stream()
					.map(d -> d.getTargetClass().getBaseComponentType())
					.filter(t -> t.getPackageName().startsWith("org.puente.") && !own.contains(t.getName()))
					.distinct()
					.filter(t -> modules.getModuleByType(t.getName())
						.flatMap(m -> m.getType(t.getName()).filter(m::isExposed))
						.isEmpty())
					.forEach(t -> events.add(SimpleConditionEvent.violated(controller,
							controller.getName() + " uses " + t.getName() + ", internal to another module")));
			}
		};
	}

	/** Filters, entry points and handlers that answer the servlet response themselves. */
	private static DescribedPredicate<JavaClass> doNotWriteServletResponses() {
		return DescribedPredicate.describe("do not write servlet responses", type -> type.getDirectDependenciesFromSelf()
			.stream()
			.noneMatch(d -> d.getTargetClass().getName().equals("jakarta.servlet.http.HttpServletResponse")));
	}
}
