package org.puente.meetings;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps the last feeds written, keyed by their filters, for as long as no meeting changed. Calendar clients poll a
 * subscribed feed every few minutes to hours; most polls find nothing new and get the same bytes (or a 304). The
 * fingerprint (row count, sum of versions, latest change) moves with every insert, edit and deletion.
 */
@Component
class FeedCache {

	private static final int SIZE = 32;

	private final JdbcTemplate jdbc;

	private final Map<String, Entry> entries = new LinkedHashMap<>(SIZE, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
			return size() > SIZE;
		}
	};

	FeedCache(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** A feed's bytes and the entity tag that names this version of them. */
	record Entry(String fingerprint, String etag, byte[] body) {
	}

	String fingerprint() {
		return jdbc.queryForObject("""
				select count(*) || '-' || coalesce(sum(version), 0) || '-' ||
				       coalesce(extract(epoch from max(updated_at))::text, '0') from meeting""", String.class);
	}

	Entry get(String key, Supplier<byte[]> writer) {
		String fingerprint = fingerprint();
		synchronized (entries) {
			Entry cached = entries.get(key);
			if (cached != null && cached.fingerprint().equals(fingerprint)) {
				return cached;
			}
		}
		Entry fresh = new Entry(fingerprint, "\"" + Integer.toHexString((key + "|" + fingerprint).hashCode()) + "\"",
				writer.get());
		synchronized (entries) {
			entries.put(key, fresh);
		}
		return fresh;
	}
}
