package org.puente.drafting;

import java.time.Duration;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every few minutes, closes the rounds whose deadline has passed (freezing their texts) and reminds members of those
 * closing within two days. On db-scheduler, so with several nodes on one database it runs on one of them at a time.
 */
@Configuration(proxyBeanMethods = false)
class DraftingTasks {

	@Bean
	RecurringTask<Void> draftingRoundsTask(Rounds rounds) {
		return Tasks.recurring("drafting-rounds", FixedDelay.of(Duration.ofMinutes(5)))
			.execute((instance, context) -> rounds.closeDueAndRemind());
	}
}
