package org.puente.database;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Spring Session reads a signed-in person's session from PostgreSQL twice per request and saves it once: the second
 * read comes after the response is committed (a known quirk of {@code SessionRepositoryFilter}, spring-session
 * #1731), and the save only moves the last-access time, which {@link SessionTouches} writes at most once a minute
 * anyway. Each is a transaction of its own: two of the five transactions of a signed-in page (docs/performance.md,
 * fourth round). Here, within one request, a session read once is not read again, and a session in which nothing
 * was set, removed or renamed, and whose last access moved by less than a minute, is not saved (the same rule as
 * {@link SessionTouches}, applied before the round trip rather than in it). Nothing is kept from one request to
 * the next: other nodes and other requests see exactly what they saw before.
 */
@Configuration(proxyBeanMethods = false)
class QuietSessions {

	/** The repository {@code SessionRepositoryFilter} and the rest of the application get. */
	@Bean
	static BeanPostProcessor quietSessionRepository() {
		return new BeanPostProcessor() {
			@Override
			@SuppressWarnings("unchecked")
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (bean instanceof JdbcIndexedSessionRepository jdbc) {
					return new Repository((FindByIndexNameSessionRepository<Session>) (FindByIndexNameSessionRepository<?>) jdbc);
				}
				return bean;
			}
		};
	}

	/** Marks where a request starts and ends, just outside Spring Session's filter. */
	@Bean
	FilterRegistrationBean<RequestBoundary> sessionsReadOncePerRequest() {
		FilterRegistrationBean<RequestBoundary> registration = new FilterRegistrationBean<>(new RequestBoundary());
		registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 1);
		return registration;
	}

	/** Within it, a session read is remembered until the request is answered. */
	static final class RequestBoundary extends OncePerRequestFilter {

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			Map<String, Tracked> previous = READ.get();
			READ.set(new HashMap<>(2));
			try {
				chain.doFilter(request, response);
			}
			finally {
				if (previous == null) {
					READ.remove();
				}
				else {
					READ.set(previous);
				}
			}
		}
	}

	/** The sessions read in the request this thread is answering; none outside a request. */
	private static final ThreadLocal<@Nullable Map<String, Tracked>> READ = new ThreadLocal<>();

	static final class Repository implements FindByIndexNameSessionRepository<Session> {

		private final FindByIndexNameSessionRepository<Session> store;

		Repository(FindByIndexNameSessionRepository<Session> store) {
			this.store = store;
		}

		@Override
		public Session createSession() {
			return new Tracked(store.createSession(), true);
		}

		@Override
		public void save(Session session) {
			if (!(session instanceof Tracked tracked)) {
				store.save(session);
				return;
			}
			if (tracked.worthSaving()) {
				store.save(tracked.session);
				tracked.saved();
			}
		}

		@Override
		public @Nullable Session findById(String id) {
			Map<String, Tracked> read = READ.get();
			Tracked known = read == null ? null : read.get(id);
			if (known != null && known.getId().equals(id)) {
				return known;
			}
			Session found = store.findById(id);
			if (found == null) {
				return null;
			}
			Tracked tracked = new Tracked(found, false);
			if (read != null) {
				read.put(id, tracked);
			}
			return tracked;
		}

		@Override
		public void deleteById(String id) {
			Map<String, Tracked> read = READ.get();
			if (read != null) {
				read.remove(id);
			}
			store.deleteById(id);
		}

		@Override
		public Map<String, Session> findByIndexNameAndIndexValue(String indexName, String indexValue) {
			return store.findByIndexNameAndIndexValue(indexName, indexValue);
		}
	}

	/** A session that knows whether anything but its last-access time changed since it was read or saved. */
	static final class Tracked implements Session {

		private final Session session;

		private boolean fresh;

		private boolean changed;

		private Instant recordedAccess;

		Tracked(Session session, boolean fresh) {
			this.session = session;
			this.fresh = fresh;
			this.recordedAccess = session.getLastAccessedTime();
		}

		boolean worthSaving() {
			return fresh || changed
					|| Duration.between(recordedAccess, session.getLastAccessedTime()).compareTo(SessionTouches.TOUCH_EVERY) >= 0;
		}

		void saved() {
			fresh = false;
			changed = false;
			recordedAccess = session.getLastAccessedTime();
		}

		@Override
		public String getId() {
			return session.getId();
		}

		@Override
		public String changeSessionId() {
			changed = true;
			return session.changeSessionId();
		}

		@Override
		public <T> @Nullable T getAttribute(String attributeName) {
			return session.getAttribute(attributeName);
		}

		@Override
		public Set<String> getAttributeNames() {
			return session.getAttributeNames();
		}

		@Override
		public void setAttribute(String attributeName, @Nullable Object attributeValue) {
			changed = true;
			session.setAttribute(attributeName, attributeValue);
		}

		@Override
		public void removeAttribute(String attributeName) {
			changed = true;
			session.removeAttribute(attributeName);
		}

		@Override
		public Instant getCreationTime() {
			return session.getCreationTime();
		}

		@Override
		public void setLastAccessedTime(Instant lastAccessedTime) {
			session.setLastAccessedTime(lastAccessedTime);
		}

		@Override
		public Instant getLastAccessedTime() {
			return session.getLastAccessedTime();
		}

		@Override
		public void setMaxInactiveInterval(Duration interval) {
			if (!interval.equals(session.getMaxInactiveInterval())) {
				changed = true;
			}
			session.setMaxInactiveInterval(interval);
		}

		@Override
		public Duration getMaxInactiveInterval() {
			return session.getMaxInactiveInterval();
		}

		@Override
		public boolean isExpired() {
			return session.isExpired();
		}
	}
}
