package org.puente.scheduling;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.Test;
import org.puente.PuenteClasses;
import org.puente.PuenteTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.moments.support.Moments;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Several nodes on one database run each periodic job once per period, not once per node: every job is a db-scheduler
 * task (claimed in {@code scheduled_tasks} by one node), never Spring's {@code @Scheduled} nor Spring Modulith's
 * hourly "moments", which tick on every node.
 */
@PuenteTest
class OneNodeJobsTests {

	private static final JavaClasses PUENTE = PuenteClasses.MAIN;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void noJobIsScheduledPerNode() {
		noMethods().should().beAnnotatedWith(org.springframework.scheduling.annotation.Scheduled.class)
			.because("@Scheduled runs on every node; a periodic job is a db-scheduler RecurringTask bean")
			.check(PUENTE);
		noClasses().should().dependOnClassesThat().resideInAPackage("org.springframework.modulith.moments..")
			.because("HourHasPassed, DayHasPassed… are published by every node")
			.check(PUENTE);
		assertThat(context.getBeanNamesForType(Moments.class)).as("Spring Modulith's per-node hourly tick").isEmpty();
	}

	@Test
	void thePeriodicJobsAreClaimedInTheSharedTable() {
		assertThat(jdbc.queryForList("select task_name from scheduled_tasks where task_instance = 'recurring'",
				String.class))
			.contains("meeting-reminders", "agreement-reminders", "agreement-weekly-digest", "drafting-rounds",
				"event-resubmission", "presidency-notices");
	}

	@Test
	void twoNodesOnOneHostClaimUnderDifferentNames() {
		// picked_by and the job log name the node: db-scheduler's default, the host name, is one name for every node
		// of a machine (both nodes of ops13's run claimed as "vm")
		assertThat(SchedulerConfiguration.nodeName(8108)).endsWith(":8108")
			.isNotEqualTo(SchedulerConfiguration.nodeName(8109));
		assertThat(SchedulerConfiguration.nodeName(0)).endsWith(":pid" + ProcessHandle.current().pid());
	}
}
