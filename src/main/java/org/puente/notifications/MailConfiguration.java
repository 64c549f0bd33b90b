package org.puente.notifications;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;

/** Without an SMTP host, mail goes to the outbox; with one, Spring Boot's own SMTP sender is used. */
@Configuration(proxyBeanMethods = false)
class MailConfiguration {

	@Bean
	@ConditionalOnExpression("'${spring.mail.host:}'.isEmpty()")
	JavaMailSender outboxMailSender(JdbcTemplate jdbc) {
		return new OutboxMailSender(jdbc);
	}
}
