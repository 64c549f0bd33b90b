package org.puente.flows;

import org.puente.web.KnownIds;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The alerts, the submissions and the staged uploads the addresses name ({@link KnownIds}, read by accounts' rules): a refused request
 * for an unknown one is a 404 for everyone, a known one is refused (403) or sent to sign in.
 */
@Configuration(proxyBeanMethods = false)
class FlowKnownIds {

	@Bean
	KnownIds alertIds(JdbcClient jdbc) {
		return KnownIds.uuids("flows.alert.notFound",
				id -> jdbc.sql("select exists(select 1 from flow_alert where id = ?)").param(id).query(Boolean.class)
					.single(),
				"/flows/alerts/{id}", FlowAlertApiController.ALERTS + "/{id}");
	}

	@Bean
	KnownIds submissionIds(JdbcClient jdbc) {
		return KnownIds.uuids("flows.submission.notFound",
				id -> jdbc.sql("select exists(select 1 from flow_submission where id = ?)").param(id)
					.query(Boolean.class).single(),
				FlowsApiController.SUBMISSIONS + "{id}");
	}

	@Bean
	KnownIds stagedUploadIds(JdbcClient jdbc) {
		return KnownIds.uuids("flows.submit.noStaged",
				id -> jdbc.sql("select exists(select 1 from flow_staged_upload where id = ?)").param(id)
					.query(Boolean.class).single(),
				"/flows/submit/{id}");
	}
}
