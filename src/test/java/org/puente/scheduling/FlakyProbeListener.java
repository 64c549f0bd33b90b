package org.puente.scheduling;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A module listener that fails the first time it gets a probe, as one whose node died mid-way, and every time it gets
 * a broken probe. It lives in the test
 * sources but is found by the component scan, so every {@code @PuenteTest} shares one context (a test-only
 * {@code @Import} would start a second application); nothing but {@link EventResubmissionTests} publishes a probe.
 */
@Component
class FlakyProbeListener {

	/** The event: an id, so each test counts only its own deliveries. */
	record Probe(UUID id) {
	}

	/** An event whose listener fails every time, as one with a template error. */
	record BrokenProbe(UUID id) {
	}

	private final Map<UUID, AtomicInteger> calls = new ConcurrentHashMap<>();

	@ApplicationModuleListener
	void on(Probe probe) {
		if (calls.computeIfAbsent(probe.id(), id -> new AtomicInteger()).incrementAndGet() == 1) {
			throw new IllegalStateException("probe " + probe.id() + " fails the first time");
		}
	}

	@ApplicationModuleListener
	void on(BrokenProbe probe) {
		calls.computeIfAbsent(probe.id(), id -> new AtomicInteger()).incrementAndGet();
		throw new IllegalStateException("probe " + probe.id() + " fails every time");
	}

	int calls(UUID id) {
		AtomicInteger n = calls.get(id);
		return n == null ? 0 : n.get();
	}
}
