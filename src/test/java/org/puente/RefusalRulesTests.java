package org.puente;

import java.util.List;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.TryCatchBlock;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.Test;
import org.puente.refusal.RefusedException;
import org.springframework.dao.OptimisticLockingFailureException;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17, "every controller answers refusals through FormSubmission": a controller never catches a refusal or an
 * overtaken save itself. It hands the action to {@code web.FormSubmission} ({@code handle} for a bound form, {@code act}
 * for a button, a note or a file), which sets the status and gives the page the reason as a {@code web.Refusal};
 * whatever the page has no place for goes on to {@code web.ErrorPages}. Only {@code org.puente.web} answers refusals.
 */
class RefusalRulesTests {

	private static final JavaClasses PUENTE = PuenteClasses.MAIN;

	/** What only the web layer answers: a rule's refusal and a save overtaken by someone who saved first. */
	private static final List<Class<?>> ANSWERED_BY_THE_WEB_LAYER = List.of(RefusedException.class,
			OptimisticLockingFailureException.class);

	@Test
	void controllersLeaveRefusalsAndOvertakenSavesToTheWebLayer() {
		classes().that().areAnnotatedWith(org.springframework.stereotype.Controller.class)
			.or().areAnnotatedWith(org.springframework.web.bind.annotation.RestController.class)
			.should(catchNoRefusal())
			.because("a controller hands its action to web.FormSubmission (handle for a bound form, act for a button,"
					+ " a note, a file), which answers a refusal or an overtaken save with its status and the reason on"
					+ " the page, and passes the rest on to web.ErrorPages")
			.check(PUENTE);
	}

	/** The rule can fail: FormSubmission itself is the place that catches both. */
	@Test
	void theRuleSeesACatchOfARefusalAndOfAnOvertakenSave() {
		assertThat(catchesOfRefusals(PUENTE.get(org.puente.web.FormSubmission.class))
			.flatMap(block -> block.getCaughtThrowables().stream())
			.map(JavaClass::getName))
			.contains(RefusedException.class.getName(), OptimisticLockingFailureException.class.getName());
	}

	private static ArchCondition<JavaClass> catchNoRefusal() {
		return new ArchCondition<>("catch no refusal (refusal.RefusedException and its subclasses), no overtaken save"
				+ " (OptimisticLockingFailureException) and nothing broader that would swallow them") {
			@Override
			public void check(JavaClass controller, ConditionEvents events) {
				catchesOfRefusals(controller).forEach(block -> events.add(SimpleConditionEvent.violated(controller,
						controller.getName() + " catches " + block.getCaughtThrowables().stream()
							.map(JavaClass::getName).sorted().toList() + " in " + block.getOwner().getName() + " "
								+ block.getSourceCodeLocation())));
			}
		};
	}

	/** The try/catch blocks of a class and of the classes nested in it (lambdas included) that catch a refusal. */
	private static Stream<TryCatchBlock> catchesOfRefusals(JavaClass type) {
		return Stream.concat(Stream.of(type), PUENTE.stream().filter(nested -> isNestedIn(nested, type)))
			.flatMap(c -> c.getCodeUnits().stream())
			.flatMap(unit -> unit.getTryCatchBlocks().stream())
			.filter(block -> block.getCaughtThrowables().stream().anyMatch(RefusalRulesTests::catchesARefusal));
	}

	private static boolean isNestedIn(JavaClass candidate, JavaClass outer) {
		return candidate.getEnclosingClass().map(e -> e.equals(outer) || isNestedIn(e, outer)).orElse(false);
	}

	/**
	 * The caught type is a refusal or an overtaken save, or broader than one of them (RuntimeException, Exception,
	 * DataAccessException, …). {@code Throwable} aside: javac catches it for every try-with-resources, to close the
	 * resource and throw again.
	 */
	private static boolean catchesARefusal(JavaClass caught) {
		Class<?> type = caught.reflect();
		return type != Throwable.class
				&& ANSWERED_BY_THE_WEB_LAYER.stream().anyMatch(r -> r.isAssignableFrom(type) || type.isAssignableFrom(r));
	}
}
