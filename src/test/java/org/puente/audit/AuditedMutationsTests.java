package org.puente.audit;

import java.lang.reflect.Method;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.tngtech.archunit.core.domain.AccessTarget;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaMethod;
import org.junit.jupiter.api.Test;
import org.puente.PuenteClasses;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every change a person makes through a page or the API leaves an entry in the audit trail: each controller method
 * mapped to POST, PUT, PATCH or DELETE reaches, through the calls it makes (lambdas, method references and the
 * implementations of the interfaces it calls included), the construction of an {@link AuditableEvent} — the entry the
 * trail writes in the same transaction. The walk reads the compiled classes, so a new endpoint is checked without a
 * list kept by hand; the few that change nothing say why below.
 */
class AuditedMutationsTests {

	private static final JavaClasses PUENTE = PuenteClasses.MAIN;

	private static final Set<RequestMethod> CHANGES = Set.of(RequestMethod.POST, RequestMethod.PUT,
			RequestMethod.PATCH, RequestMethod.DELETE);

	/** Mutating mappings that change nothing anyone else sees, with the reason. */
	static final Map<String, String> CHANGE_NOTHING = Map.of(
			"AmendmentController.keep", "an amendment not yet proposed, kept as its author types (htmx); proposing it "
					+ "writes AmendmentProposed",
			"EarlyWarningApiController.body", "alarms computed from the CSV sent; nothing stored",
			"EarlyWarningApiController.upload", "alarms computed from the CSV sent; nothing stored",
			"ExtractApiController.extract", "the agreements read from the minutes sent; nothing stored",
			"FlowSubmissionController.upload", "the preview: the file waits a day for the confirmation, whose commit "
					+ "writes FlowCountsSubmitted");

	@Test
	void everyMutatingEndpointWritesAnAuditEntry() {
		Set<String> checked = new TreeSet<>();
		Set<String> unaudited = new TreeSet<>();
		for (JavaClass controller : PUENTE) {
			if (!controller.isMetaAnnotatedWith(Controller.class) || controller.getName().contains("$$")) {
				continue;
			}
			for (JavaMethod handler : controller.getMethods()) {
				if (!changes(handler)) {
					continue;
				}
				checked.add(controller.getSimpleName() + "." + handler.getName());
				if (!reachesAnAuditableEvent(handler)) {
					unaudited.add(controller.getSimpleName() + "." + handler.getName());
				}
			}
		}
		assertThat(checked).as("the walk found the mutating endpoints").hasSizeGreaterThan(60)
			.contains("MeetingEditController.schedule", "MeetingEditController.subscribe");
		assertThat(unaudited).as("mutating endpoints that write no audit entry").isEqualTo(CHANGE_NOTHING.keySet());
	}

	private static boolean changes(JavaMethod handler) {
		Method method = handler.reflect();
		RequestMapping mapping = AnnotatedElementUtils.findMergedAnnotation(method, RequestMapping.class);
		return mapping != null && Arrays.stream(mapping.method()).anyMatch(CHANGES::contains);
	}

	/** Breadth-first over the calls made in org.puente, until one constructs an auditable event. */
	private static boolean reachesAnAuditableEvent(JavaCodeUnit start) {
		Deque<JavaCodeUnit> toVisit = new ArrayDeque<>(List.of(start));
		Set<JavaCodeUnit> seen = new HashSet<>(toVisit);
		while (!toVisit.isEmpty()) {
			JavaCodeUnit unit = toVisit.poll();
			boolean constructsOne = unit.getConstructorCallsFromSelf().stream()
				.anyMatch(call -> call.getTargetOwner().isAssignableTo(AuditableEvent.class))
					|| unit.getConstructorReferencesFromSelf().stream()
						.anyMatch(call -> call.getTargetOwner().isAssignableTo(AuditableEvent.class));
			if (constructsOne) {
				return true;
			}
			List<AccessTarget.CodeUnitAccessTarget> targets = new java.util.ArrayList<>();
			unit.getCallsFromSelf().forEach(call -> targets.add(call.getTarget()));
			unit.getMethodReferencesFromSelf().forEach(reference -> targets.add(reference.getTarget()));
			unit.getConstructorReferencesFromSelf().forEach(reference -> targets.add(reference.getTarget()));
			for (AccessTarget.CodeUnitAccessTarget target : targets) {
				for (JavaCodeUnit next : implementations(target)) {
					if (seen.add(next)) {
						toVisit.add(next);
					}
				}
			}
		}
		return false;
	}

	/** The code units a call may run: the target itself and, for an interface's or a parent's, every override. */
	private static Set<JavaCodeUnit> implementations(AccessTarget.CodeUnitAccessTarget target) {
		Set<JavaCodeUnit> units = new HashSet<>();
		JavaClass owner = target.getOwner();
		if (!owner.getPackageName().startsWith("org.puente")) {
			return units;
		}
		target.resolveMember().ifPresent(units::add);
		List<String> parameters = target.getRawParameterTypes().stream().map(JavaClass::getName).toList();
		for (JavaClass type : PUENTE) {
			if (type != owner && type.isAssignableTo(owner.getName())) {
				type.getCodeUnits().stream()
					.filter(unit -> unit.getName().equals(target.getName())
							&& unit.getRawParameterTypes().stream().map(JavaClass::getName).toList().equals(parameters))
					.forEach(units::add);
			}
		}
		return units;
	}
}
