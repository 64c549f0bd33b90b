package org.puente.minutes;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * The answers of a pure function for the keys last asked about, per thread (the least recently asked dropped past
 * {@code capacity}; a null answer kept too). The readers, the prose and the scoring ask the same questions of the same
 * line or item several times in one reading (docs/performance.md, 4 December night); a function whose answer depends
 * on its key alone can answer from here.
 */
final class RecentAnswers<K, V> {

	private static final Object NONE = new Object();

	private final Function<K, @Nullable V> function;

	private final ThreadLocal<Map<K, Object>> asked;

	RecentAnswers(int capacity, Function<K, @Nullable V> function) {
		this.function = function;
		this.asked = ThreadLocal.withInitial(() -> new LinkedHashMap<>(Math.min(capacity, 256), 0.75f, true) {
			@Override
			protected boolean removeEldestEntry(Map.Entry<K, Object> eldest) {
				return size() > capacity;
			}
		});
	}

	@SuppressWarnings("unchecked")
	@Nullable V answer(K key) {
		Map<K, Object> answers = asked.get();
		Object answer = answers.get(key);
		if (answer == null) {
			V read = function.apply(key);
			answer = read == null ? NONE : read;
			answers.put(key, answer);
		}
		return answer == NONE ? null : (V) answer;
	}
}
