package org.puente;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Looks at the database when a demo test context has started (before the start-up loaders, Spring Boot's runners)
 * and again when it declares itself ready for traffic, before any test has run in it, and keeps what it saw
 * (seeds.DemoDataReadinessTests). Only the first demo context of a run finds the cleaned database empty and loads
 * the demo data; the later ones find it there. Registered for every test context in {@code META-INF/spring.factories},
 * as SpringApplication's own listeners are, so that no test class needs a context of its own for it.
 */
public class StartupWitness implements ApplicationListener<ApplicationEvent> {

	/** A demo context's start: whether it found no agreement (and so loaded the demo), what it held when ready. */
	public record Seen(boolean loadedTheDemo, Map<String, Long> countsWhenReady) {
	}

	public static final String PUBLIC_SINCE_START = "public audit entries written since the start";

	/** The queries run at readiness, by name. */
	public static final Map<String, String> QUERIES = Map.of(
			"agreements", "select count(*) from agreement",
			"meetings", "select count(*) from meeting",
			"documents", "select count(*) from document",
			"practices", "select count(*) from practice",
			"experts", "select count(*) from experts_expert",
			"flow counts", "select count(*) from flow_count",
			"glossary terms", "select count(*) from glossary_term",
			// the last demo loader (audit.DemoHistory) takes the start-up's entries off the public lists
			PUBLIC_SINCE_START, "select count(*) from audit_entry where public_entry and at >= ?");

	private static final Map<ApplicationContext, Boolean> EMPTY_AT_START = Collections
		.synchronizedMap(new IdentityHashMap<>());

	private static final List<Seen> SEEN = Collections.synchronizedList(new ArrayList<>());

	/** Every demo context of this run that declared itself ready, in order. */
	public static List<Seen> seen() {
		return List.copyOf(SEEN);
	}

	@Override
	public void onApplicationEvent(ApplicationEvent event) {
		if (event instanceof ApplicationStartedEvent started && demo(started.getApplicationContext())) {
			ApplicationContext context = started.getApplicationContext();
			EMPTY_AT_START.put(context, jdbc(context).queryForObject(QUERIES.get("agreements"), Long.class) == 0);
		}
		else if (event instanceof AvailabilityChangeEvent<?> change && change.getState() == ReadinessState.ACCEPTING_TRAFFIC
				&& change.getSource() instanceof ApplicationContext context && EMPTY_AT_START.containsKey(context)) {
			boolean loaded = EMPTY_AT_START.remove(context); // once: a test may declare readiness again
			JdbcTemplate jdbc = jdbc(context);
			Map<String, Long> counts = new TreeMap<>();
			QUERIES.forEach((name, sql) -> counts.put(name, sql.contains("?")
					? jdbc.queryForObject(sql, Long.class, new java.sql.Timestamp(context.getStartupDate()))
					: jdbc.queryForObject(sql, Long.class)));
			SEEN.add(new Seen(loaded, counts));
		}
	}

	private static boolean demo(ApplicationContext context) {
		return "true".equals(context.getEnvironment().getProperty("puente.demo.enabled"))
				&& context.getBeanNamesForType(JdbcTemplate.class).length > 0;
	}

	private static JdbcTemplate jdbc(ApplicationContext context) {
		return context.getBean(JdbcTemplate.class);
	}
}
