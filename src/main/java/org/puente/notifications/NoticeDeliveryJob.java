package org.puente.notifications;

import java.time.Duration;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every minute one node (a db-scheduler task) tries again the deliveries whose retry is due, and forgets notices
 * delivered to everyone after {@code puente.mail.keep-sent}. Shows as {@code puente_mail_deliveries_failed}
 * (Prometheus) how many deliveries ran out of attempts and wait for an administrator.
 */
@Configuration(proxyBeanMethods = false)
class NoticeDeliveryJob implements InitializingBean {

	private final NoticeDeliveries deliveries;

	private final MeterRegistry meters;

	private final Duration keepSent;

	NoticeDeliveryJob(NoticeDeliveries deliveries, MeterRegistry meters,
			@Value("${puente.mail.keep-sent:30d}") Duration keepSent) {
		this.deliveries = deliveries;
		this.meters = meters;
		this.keepSent = keepSent;
	}

	@Bean
	RecurringTask<Void> noticeDeliveryTask() {
		return Tasks.recurring("notice-deliveries", FixedDelay.ofMinutes(1)).execute((instance, context) -> run());
	}

	@Override
	public void afterPropertiesSet() {
		// read at each scrape
		Gauge.builder("puente.mail.deliveries.failed", deliveries, NoticeDeliveries::failedCount)
			.description("Notice deliveries that ran out of attempts (shown at /admin/deliveries)")
			.register(meters);
	}

	void run() {
		deliveries.deliverDue();
		deliveries.forgetSent(keepSent);
	}
}
