package org.puente.notifications;

import org.puente.web.KnownIds;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The outbox's messages and the failed deliveries the administrators' addresses name ({@link KnownIds}, read by
 * accounts' rules): anyone else asking for an unknown one hears 404, as for an unknown address, and 403 for a known
 * one.
 */
@Configuration(proxyBeanMethods = false)
class NotificationKnownIds {

	@Bean
	KnownIds outboxIds(JdbcTemplate jdbc) {
		return KnownIds.numbers("notifications.outbox.notFound", id -> exists(jdbc, "outbox_message", id),
				"/admin/outbox/{id}");
	}

	@Bean
	KnownIds deliveryIds(JdbcTemplate jdbc) {
		return KnownIds.numbers("error.404.message", id -> exists(jdbc, "notice_delivery", id),
				"/admin/deliveries/{id}");
	}

	@Bean
	KnownIds eventIds(JdbcTemplate jdbc) {
		return KnownIds.uuids("error.404.message", id -> exists(jdbc, "event_publication", id),
				"/admin/deliveries/events/{id}");
	}

	private static boolean exists(JdbcTemplate jdbc, String table, Object key) {
		return Boolean.TRUE.equals(
				jdbc.queryForObject("select exists(select 1 from " + table + " where id = ?)", Boolean.class, key));
	}
}
